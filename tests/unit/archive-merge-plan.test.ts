import { describe, expect, it } from 'vitest';
import { diffCase } from '@shared/archive/merge/diff-case';
import { chooseAll } from '@shared/archive/merge/merge-choices';
import { planMerge, type MergeSource } from '@shared/archive/merge/merge-plan';
import type { CaseDocument } from '@shared/archive/case-document';
import type { ArchiveManifest } from '@shared/archive/manifest';
import { POST_SHA, REPLY, REPLY_SHA, copyOf, exhibit, id, mergeCase, withFile } from '../fixtures/archive/merge-case';

let n = 0;
const newId = () => `22222222-aaaa-4000-8000-${String(++n).padStart(12, '0')}`;
const manifest = { formatVersion: '1.0.0', appVersion: 'test', createdAt: '2026-12-03T00:00:00.000Z', audit: { headHash: 'ab'.repeat(32), entries: 9 } } as ArchiveManifest;
const source: MergeSource = { fileName: 'Doe co-counsel.expediente', sha256: 'cd'.repeat(32), manifest, archiveCaseId: 'c-theirs-0001' };
const now = new Date('2026-12-04T10:00:00.000Z');

/** Theirs: one exhibit edited, one new exhibit with a new file tagged with a new tag. */
function scenario() {
  const ours = mergeCase();
  const theirs = copyOf(ours);
  theirs.evidence[1]!.title = 'Platform reply of 3 March';
  theirs.tags.push({ ...theirs.tags[0]!, id: id('t', 2), name: 'Key', shortcut: null });
  theirs.evidence.push(exhibit(20, { exhibitNo: 'E-0004', title: 'Their new post', tagIds: [id('t', 2)], ...withFile(REPLY, 'reply.png') }));
  const preview = diffCase(ours, theirs, { newId, storedFiles: new Set([POST_SHA]) });
  return { ours, theirs, preview };
}
const plan = (ours: CaseDocument, preview: ReturnType<typeof scenario>['preview'], choices = new Map()) => planMerge(ours, preview, choices, source, { now, actor: 'local user' });

describe('merge plan', () => {
  it('by default new rows come in and changed rows keep ours; one audit entry per added row and one naming the archive and its head hash', () => {
    const { ours, preview } = scenario();
    const result = plan(ours, preview);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ added: 2, updated: 0, leftOut: 0, keptOurs: 1 });
    expect(result.writes.map((w) => [w.kind, w.isNew])).toEqual([['evidence', true], ['tags', true]]);
    expect(result.files).toEqual([REPLY_SHA]);
    expect(result.case).toMatchObject({ lastExhibitCounter: 4, updatedAt: now.toISOString(), title: ours.case.title });
    expect(result.audit.map((a) => a.action)).toEqual(['evidence.merge-add', 'tag.merge-add', 'case.merge']);
    expect(result.audit[0]!.summary).toBe('Added from archive Doe co-counsel.expediente: E-0004 · Their new post');
    const merge = result.audit.at(-1)!;
    expect(merge.summary).toContain('Doe co-counsel.expediente');
    expect(merge.summary).toContain(`ended at ${'ab'.repeat(32)} and is not copied into this case's log`);
    expect(merge.change).toMatchObject({ original: { caseId: 'c-theirs-0001', auditHeadHash: 'ab'.repeat(32), auditEntries: 9 }, relation: 'same-case' });
  });

  it('"take theirs" writes their values over ours, field by field in the audit entry, and never their exhibit number', () => {
    const { ours, preview } = scenario();
    const choices = chooseAll(preview.rows, new Map(), 'take-theirs');
    const result = plan(ours, preview, choices);
    const updated = result.writes.find((w) => !w.isNew)!;
    expect(updated.row).toMatchObject({ id: id('e', 2), exhibitNo: 'E-0002', title: 'Platform reply of 3 March' });
    const entry = result.audit.find((a) => a.action === 'evidence.merge-update')!;
    expect(entry).toMatchObject({ entityId: id('e', 2), change: { fields: { title: { from: 'Platform reply', to: 'Platform reply of 3 March' } } } });
    expect(entry.summary).toBe('Updated from archive Doe co-counsel.expediente: E-0002 · Platform reply — title');
  });

  it('leaving out a new row that an included row refers to is a problem to fix, not a dangling reference', () => {
    const { ours, preview } = scenario();
    const tag = preview.rows.find((r) => r.key === id('t', 2))!;
    const result = plan(ours, preview, new Map([[tag.key, 'leave-out']]));
    expect(result.problems).toEqual([{ type: 'dangling', label: 'E-0004 · Their new post', missing: 'Key' }]);
  });

  it('a conflict left undecided blocks the merge until someone chooses', () => {
    const ours = mergeCase();
    ours.facts[0]!.archivedAt = '2026-12-01T09:00:00.000Z';
    const theirs = copyOf(mergeCase());
    theirs.facts[0]!.text = 'Edited there';
    const preview = diffCase(ours, theirs, { newId, storedFiles: new Set() });
    expect(plan(ours, preview).problems).toEqual([{ type: 'undecided', label: 'Fact 1 · The post was recommended.' }]);
    const chosen = plan(ours, preview, new Map([[id('f', 1), 'take-theirs']]));
    expect(chosen.problems).toEqual([]);
    expect(chosen.writes[0]!.row).toMatchObject({ text: 'Edited there', archivedAt: null, number: 1 });
  });

  it('taking their version of a report that drops a finding our argument relies on is refused', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.expertReports[0]!.findings = [];
    const preview = diffCase(ours, theirs, { newId, storedFiles: new Set() });
    const result = plan(ours, preview, new Map([[id('r', 1), 'take-theirs']]));
    expect(result.problems).toEqual([{ type: 'dangling', label: 'Duty of care', missing: expect.any(String) }]);
  });

  it('with everything left out or kept, nothing but the merge entry is written and the case is untouched', () => {
    const { ours, preview } = scenario();
    const result = plan(ours, preview, chooseAll(preview.rows, new Map(), 'leave-out'));
    expect(result.writes).toEqual([]);
    expect(result.files).toEqual([]);
    expect(result.case).toEqual(ours.case);
    expect(result.audit.map((a) => a.action)).toEqual(['case.merge']);
  });
});
