import { describe, expect, it } from 'vitest';
import { matchRows } from '@shared/archive/merge/match-rows';
import { prepareImport } from '@shared/archive/prepare-import';
import type { ArchiveManifest } from '@shared/archive/manifest';
import { CASE_ID, POST, copyOf, exhibit, id, mergeCase, withFile } from '../fixtures/archive/merge-case';

let n = 0;
const fresh = () => `00000000-aaaa-4000-8000-${String(++n).padStart(12, '0')}`;
const manifest = { formatVersion: '1.0.0', appVersion: 'test', createdAt: '2026-11-21T00:00:00.000Z', audit: { headHash: 'ab'.repeat(32), entries: 1 } } as ArchiveManifest;
const importedCopy = (doc = mergeCase()) => prepareImport(doc, manifest, { fileName: 'a.expediente', sha256: 'cd'.repeat(32) }, { newId: fresh, now: new Date(), actor: 'co-counsel' }).document;

describe('merge matching', () => {
  it('the same id is the same row: an archive of this very case matches everything, nested findings and elements too', () => {
    const ours = mergeCase();
    const { matches, relation } = matchRows(ours, copyOf(ours));
    expect(relation).toBe('same-case');
    for (const key of [id('e', 1), id('e', 3), id('p', 1), id('t', 1), id('g', 1), id('f', 1), id('r', 1), id('fi', 1), id('a', 1), id('el', 1)]) {
      expect(matches.get(key), key).toEqual({ ourId: key, reason: 'id' });
    }
  });

  it('a copy imported on another machine (new ids) is traced back to our rows through its import record, even after two imports', () => {
    const ours = mergeCase();
    const once = importedCopy(ours);
    expect(once.evidence[0]!.id).not.toBe(ours.evidence[0]!.id);
    const twice = importedCopy(once);
    for (const theirs of [once, twice]) {
      const { matches, relation } = matchRows(ours, theirs);
      expect(relation).toBe('lineage');
      theirs.evidence.forEach((item, i) => expect(matches.get(item.id)).toEqual({ ourId: ours.evidence[i]!.id, reason: 'lineage' }));
      expect(matches.get(theirs.expertReports[0]!.findings[0]!.id)?.ourId).toBe(id('fi', 1));
    }
  });

  it('an exhibit with a new id but the bytes of one of ours is ours (matched by file hash); an exhibit number alone never matches', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.evidence = [
      exhibit(71, { ...withFile(POST, 'renamed.png'), caseId: CASE_ID, exhibitNo: 'E-0009' }),
      exhibit(72, { exhibitNo: 'E-0002', title: 'Something else' }),
    ];
    const { matches } = matchRows(ours, theirs);
    expect(matches.get(id('e', 71))).toEqual({ ourId: id('e', 1), reason: 'file-hash' });
    expect(matches.has(id('e', 72))).toBe(false);
  });

  it('a withheld item is matched by its recorded hash, since it has no file', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.evidence = [exhibit(73, { sensitivity: 'withheld', hashes: { sha256: 'f0'.repeat(32), pdq: null } })];
    expect(matchRows(ours, theirs).matches.get(id('e', 73))).toEqual({ ourId: id('e', 3), reason: 'file-hash' });
  });

  it('an unrelated case matches nothing but its bytes', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    const other = 'c9999999-0000-4000-8000-000000000001';
    theirs.case.id = other;
    for (const table of ['parties', 'evidence', 'tags', 'tagGroups', 'facts', 'expertReports', 'arguments'] as const) {
      for (const row of theirs[table]) Object.assign(row, { id: row.id.replace('-4000-', '-4999-'), caseId: other });
    }
    theirs.expertReports[0]!.findings[0]!.id = 'another-finding';
    theirs.arguments[0]!.elements[0]!.id = 'another-element';
    const { matches, relation } = matchRows(ours, theirs);
    expect(relation).toBe('unrelated');
    expect([...matches.values()].filter((m) => m.ourId !== CASE_ID).map((m) => m.reason)).toEqual(['file-hash', 'file-hash']);
  });
});
