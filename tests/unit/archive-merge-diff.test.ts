import { describe, expect, it } from 'vitest';
import { diffCase } from '@shared/archive/merge/diff-case';
import type { CaseDocument } from '@shared/archive/case-document';
import { POST_SHA, REPLY, REPLY_SHA, copyOf, exhibit, id, mergeCase, withFile } from '../fixtures/archive/merge-case';

let n = 0;
const newId = () => `11111111-aaaa-4000-8000-${String(++n).padStart(12, '0')}`;
const diff = (ours: CaseDocument, theirs: CaseDocument, stored = new Set([POST_SHA])) => diffCase(ours, theirs, { newId, storedFiles: stored });
const rowOf = (preview: ReturnType<typeof diff>, key: string) => preview.rows.find((r) => r.key === key)!;

describe('merge preview', () => {
  it('an archive of the unchanged case is identical row for row: nothing new, nothing changed', () => {
    const ours = mergeCase();
    const preview = diff(ours, copyOf(ours));
    expect(preview.rows.map((r) => r.status)).toEqual(Array(preview.rows.length).fill('identical'));
    expect(preview.rows).toHaveLength(1 + 1 + 3 + 1 + 1 + 1 + 1 + 1);
    expect(preview.onlyOurs).toEqual({});
    expect(preview.files).toEqual([{ sha256: POST_SHA, size: expect.any(Number), name: 'post.png', isNew: false }]);
  });

  it('lists each changed field with our value and theirs, and leaves the exhibit number out of the comparison', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.evidence[1]!.title = 'Platform reply of 3 March';
    theirs.evidence[1]!.reviewStatus = 'second-pass';
    theirs.case.hearingDate = '2027-03-15';
    const preview = diff(ours, theirs);
    expect(rowOf(preview, id('e', 2))).toMatchObject({
      status: 'changed', matchedBy: 'id', label: 'E-0002 · Platform reply',
      fields: [{ field: 'title', ours: 'Platform reply', theirs: 'Platform reply of 3 March' }, { field: 'reviewStatus', ours: 'unreviewed', theirs: 'second-pass' }],
    });
    expect(rowOf(preview, ours.case.id)).toMatchObject({ kind: 'case', status: 'changed', fields: [{ field: 'hearingDate', ours: null, theirs: '2027-03-15' }] });
    expect(preview.rows.filter((r) => r.status === 'changed')).toHaveLength(2);
  });

  it('a new exhibit above our numbering keeps its number; one whose number we gave to another item gets the next free number, and says so', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.evidence.push(exhibit(20, { exhibitNo: 'E-0004', title: 'Their new post', ...withFile(REPLY, 'reply.png') }));
    ours.evidence.push(exhibit(4, { title: 'Our own fourth' }));
    ours.case.lastExhibitCounter = 4;
    const preview = diff(ours, theirs);
    const added = rowOf(preview, id('e', 20));
    expect(added).toMatchObject({ status: 'new', label: 'E-0005 · Their new post', notes: [{ type: 'exhibit-renumbered', from: 'E-0004', to: 'E-0005', takenBy: 'E-0004 · Our own fourth' }] });
    expect(added.id).not.toBe(id('e', 20));
    expect(preview.onlyOurs).toEqual({ evidence: 1 });
    expect(preview.files.find((f) => f.sha256 === REPLY_SHA)).toMatchObject({ isNew: true });

    const fresh = diff(mergeCase(), theirs);
    expect(rowOf(fresh, id('e', 20))).toMatchObject({ label: 'E-0004 · Their new post', notes: [] });
  });

  it('never reuses a number this case gave before, even if no exhibit holds it now; two new exhibits never share one', () => {
    const ours = mergeCase();
    ours.case.lastExhibitCounter = 6;
    const theirs = copyOf(ours);
    theirs.evidence.push(exhibit(21, { exhibitNo: 'E-0005' }), exhibit(22, { exhibitNo: 'E-0007' }), exhibit(23, { exhibitNo: 'P-1' }));
    const numbers = diff(ours, theirs).rows.filter((r) => r.status === 'new').map((r) => r.label.split(' · ')[0]);
    expect(numbers.sort()).toEqual(['E-0007', 'E-0008', 'E-0009']);
  });

  it('new rows refer to our rows by our ids and to each other by their new ids', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.tags.push({ ...theirs.tags[0]!, id: id('t', 2), name: 'Key', shortcut: 'h' });
    theirs.evidence.push(exhibit(24, { exhibitNo: 'E-0004', tagIds: [id('t', 1), id('t', 2)] }));
    const preview = diff(ours, theirs);
    const tag = rowOf(preview, id('t', 2));
    expect(tag.notes).toEqual([{ type: 'shortcut-dropped', shortcut: 'h' }]);
    expect(rowOf(preview, id('e', 24)).theirs).toMatchObject({ caseId: ours.case.id, tagIds: [id('t', 1), tag.id] });
  });

  it('a row archived on one side and edited on the other is a conflict a person must decide; archiving alone is a plain change', () => {
    const ours = mergeCase();
    ours.facts[0]!.archivedAt = '2026-12-01T09:00:00.000Z';
    const theirs = copyOf(mergeCase());
    theirs.facts[0]!.text = 'The post was recommended twice.';
    theirs.parties[0]!.archivedAt = '2026-12-02T09:00:00.000Z';
    const preview = diff(ours, theirs);
    expect(rowOf(preview, id('f', 1))).toMatchObject({ status: 'changed', decision: { type: 'archived-and-edited', archivedOn: 'ours' } });
    expect(rowOf(preview, id('p', 1))).toMatchObject({ status: 'changed', decision: null, fields: [{ field: 'archivedAt' }] });
  });

  it('an exhibit whose bytes are already registered here as another exhibit is matched to it, keeps our number, and asks before taking its changes', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.evidence[0] = { ...theirs.evidence[0]!, id: id('e', 30), exhibitNo: 'E-0012', description: 'Cropped' };
    const row = rowOf(diff(ours, theirs), id('e', 30));
    expect(row).toMatchObject({ status: 'changed', matchedBy: 'file-hash', id: id('e', 1), decision: { type: 'file-registered-as-other-exhibit', exhibit: 'E-0001' } });
    expect(row.notes).toContainEqual({ type: 'exhibit-number-kept', ours: 'E-0001', theirs: 'E-0012' });
    expect((row.theirs as { exhibitNo: string }).exhibitNo).toBe('E-0001');
  });

  it('a second new exhibit with bytes we already hold is a conflict, not a silent duplicate', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.evidence.push(exhibit(31, { exhibitNo: 'E-0004', ...withFile(new TextEncoder().encode('bytes of a screenshot of the post'), 'again.png') }));
    expect(rowOf(diff(ours, theirs), id('e', 31))).toMatchObject({ status: 'new', decision: { type: 'same-file-as', exhibit: 'E-0001' } });
  });

  it('new facts and protected parties never take a number or pseudonym in use here', () => {
    const ours = mergeCase();
    const theirs = copyOf(ours);
    theirs.facts.push({ ...theirs.facts[0]!, id: id('f', 2), number: 1, text: 'Another fact' });
    theirs.parties.push({ ...theirs.parties[0]!, id: id('p', 2), name: 'John Roe', pseudonym: 'V-1' });
    theirs.savedViews.push({ id: id('v', 1), caseId: ours.case.id, name: 'Hot', filter: null, searchText: '', sort: { column: 'exhibitNo', direction: 'asc' }, hiddenColumns: [], columnWidths: {}, isDefault: true, createdAt: ours.case.createdAt });
    const preview = diff(ours, theirs);
    expect(rowOf(preview, id('f', 2)).notes).toEqual([{ type: 'fact-renumbered', from: 1, to: 2 }]);
    expect(rowOf(preview, id('p', 2))).toMatchObject({ label: 'V-2', notes: [{ type: 'pseudonym-changed', from: 'V-1', to: 'V-2' }] });
    expect(rowOf(preview, id('v', 1)).notes).toEqual([]);
  });
});
