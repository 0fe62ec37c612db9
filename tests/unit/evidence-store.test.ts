import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '@shared/domain/types';
import { evidenceTables, ExpedienteDatabase } from '../../renderer/src/db/database';
import { EVIDENCE_PAGE_SIZE } from '../../renderer/src/db/evidence-page-rows';
import { toDirectoryRow } from '../../renderer/src/db/evidence-directory';
import {
  addEvidence, eachEvidencePage, evidenceAppender, evidenceOfCase, evidenceWithHashes, findEvidenceByExhibitNo,
  firstEvidence, getEvidence, getEvidenceMany, patchEvidence, putEvidence, removeEvidence,
} from '../../renderer/src/db/evidence-store';

let database: ExpedienteDatabase;
beforeEach(async () => {
  database = new ExpedienteDatabase(`store-${crypto.randomUUID()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const item = (caseId: string, n: number, sha256: string | null = null): EvidenceItem =>
  ({ id: `${caseId}-${n}`, caseId, exhibitNo: `E-${String(n).padStart(4, '0')}`, title: `Item ${n}`, hashes: { sha256, pdq: null }, archivedAt: null }) as unknown as EvidenceItem;
const items = (caseId: string, from: number, count: number) => Array.from({ length: count }, (_, i) => item(caseId, from + i));
/** The directory lists exactly the ids and exhibit numbers each page holds, page for page. */
async function expectDirectoryInStep(): Promise<void> {
  const pages = await database.evidencePages.toArray();
  expect(await database.evidenceDirectory.toArray()).toEqual(pages.map(toDirectoryRow));
}
const pageSizes = async (caseId: string) => (await database.evidencePages.where('caseId').equals(caseId).sortBy('page')).map((p) => p.items.length);

describe('evidence store', () => {
  it('fills the last page before starting another, across appends of any size', async () => {
    await database.transaction('rw', evidenceTables(database), async () => {
      const appender = await evidenceAppender(database, 'c1');
      await appender.append(items('c1', 1, 300));
      await appender.append(items('c1', 301, 450));
      await appender.append(items('c1', 751, 1));
    });
    expect(await pageSizes('c1')).toEqual([EVIDENCE_PAGE_SIZE, 251]);
    // A later append, in its own transaction, goes on from the stored last page.
    await addEvidence(database, items('c1', 752, 300));
    expect(await pageSizes('c1')).toEqual([EVIDENCE_PAGE_SIZE, EVIDENCE_PAGE_SIZE, 51]);
    const all = await evidenceOfCase(database, 'c1');
    expect(all.map((e) => e.exhibitNo)).toEqual(items('c1', 1, 1051).map((e) => e.exhibitNo));
  });

  it('finds items by id (in the order asked), by exhibit number and by hash, per case', async () => {
    await addEvidence(database, [...items('c1', 1, 600), item('c2', 1, 'aa'.repeat(32)), { ...item('c1', 601), hashes: { sha256: 'aa'.repeat(32), pdq: null } }]);
    expect((await getEvidence(database, 'c1-555'))?.title).toBe('Item 555');
    expect(await getEvidence(database, 'nobody')).toBeUndefined();
    expect((await getEvidenceMany(database, ['c1-600', 'nobody', 'c1-2', 'c2-1'])).map((e) => e?.id)).toEqual(['c1-600', undefined, 'c1-2', 'c2-1']);
    expect((await findEvidenceByExhibitNo(database, 'c2', 'E-0001'))?.id).toBe('c2-1');
    expect((await findEvidenceByExhibitNo(database, 'c1', 'E-0601'))?.id).toBe('c1-601');
    expect(await findEvidenceByExhibitNo(database, 'c2', 'E-0002')).toBeUndefined();
    expect((await evidenceWithHashes(database, ['aa'.repeat(32)])).map((e) => e.id).sort()).toEqual(['c1-601', 'c2-1']);
    expect((await evidenceWithHashes(database, ['aa'.repeat(32)], 'c2')).map((e) => e.id)).toEqual(['c2-1']);
  });

  it('replaces an item where it is stored, adds a new one, and removes pages left empty', async () => {
    await addEvidence(database, items('c1', 1, 501));
    await putEvidence(database, [{ ...item('c1', 3), title: 'Renamed' }, item('c1', 502)]);
    expect(await pageSizes('c1')).toEqual([EVIDENCE_PAGE_SIZE, 2]);
    expect((await getEvidence(database, 'c1-3'))?.title).toBe('Renamed');
    const before = await patchEvidence(database, 'c1', 'c1-4', { archivedAt: '2026-12-02T10:00:00.000Z' });
    expect(before?.archivedAt).toBeNull();
    expect((await getEvidence(database, 'c1-4'))?.archivedAt).toBe('2026-12-02T10:00:00.000Z');
    await removeEvidence(database, 'c1', ['c1-501', 'c1-502', 'c1-1']);
    expect(await pageSizes('c1')).toEqual([EVIDENCE_PAGE_SIZE - 1]);
    expect(await getEvidence(database, 'c1-1')).toBeUndefined();
    // The freed number can be written again (deleting is a purge; numbering rules live in the commands).
    expect((await findEvidenceByExhibitNo(database, 'c1', 'E-0501'))).toBeUndefined();
    await expectDirectoryInStep();
    // A renumbered item is found under its new number only, and the old number is free.
    await patchEvidence(database, 'c1', 'c1-7', { exhibitNo: 'E-0501' });
    expect((await findEvidenceByExhibitNo(database, 'c1', 'E-0501'))?.id).toBe('c1-7');
    expect(await findEvidenceByExhibitNo(database, 'c1', 'E-0007')).toBeUndefined();
    await expect(patchEvidence(database, 'c1', 'c1-8', { exhibitNo: 'E-0501' })).rejects.toMatchObject({ name: 'ConstraintError' });
    await addEvidence(database, [{ ...item('c1', 9_999), exhibitNo: 'E-0007' }]);
    await expectDirectoryInStep();
  });

  it('keeps a directory of each page\'s ids and reads only the pages holding many ids asked of one case', async () => {
    await addEvidence(database, [...items('c1', 1, 1_400), ...items('c2', 1, 10)]);
    await putEvidence(database, [{ ...item('c1', 700), title: 'Renamed' }, item('c1', 1_401)]);
    await removeEvidence(database, 'c1', ['c1-1', ...items('c1', 501, 500).map((e) => e.id)]);
    await expectDirectoryInStep();
    expect(await pageSizes('c1')).toEqual([EVIDENCE_PAGE_SIZE - 1, 401]);
    const wanted = ['c1-1401', 'c1-1', 'c1-700', 'c2-3', ...items('c1', 2, 60).map((e) => e.id)];
    const found = await getEvidenceMany(database, wanted, 'c1');
    // In the order asked; removed items and another case's items are not there.
    expect(found.map((e) => e?.id)).toEqual(['c1-1401', undefined, undefined, undefined, ...items('c1', 2, 60).map((e) => e.id)]);
    expect(found[0]!.exhibitNo).toBe('E-1401');
    const later = await getEvidenceMany(database, [...items('c1', 1_001, 60).map((e) => e.id), 'c1-700'], 'c1');
    expect(later.at(-1)).toBeUndefined(); // c1-700 went with 501–1000
    expect((await getEvidenceMany(database, [...items('c1', 1_001, 60).map((e) => e.id)], 'c1')).every((e) => e !== undefined)).toBe(true);
  });

  it('writes nothing of a put whose last page clashes', async () => {
    await addEvidence(database, items('c1', 1, 501));
    // The first page's change is fine; the second page gets a number the first page holds.
    await expect(putEvidence(database, [{ ...item('c1', 3), title: 'Renamed' }, { ...item('c1', 501), exhibitNo: 'E-0002' }])).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await getEvidence(database, 'c1-3'))?.title).toBe('Item 3');
    expect((await getEvidence(database, 'c1-501'))?.exhibitNo).toBe('E-0501');
  });

  it('refuses to move an item to another case', async () => {
    await addEvidence(database, [item('c1', 1)]);
    await expect(putEvidence(database, [{ ...item('c1', 1), caseId: 'c2' }])).rejects.toThrow(/cannot move/);
  });

  it('hands a case over in steps and finds the first items that pass a test', async () => {
    await addEvidence(database, [...items('c1', 1, 2_600), ...items('c2', 1, 10)]);
    const steps: number[] = [];
    await eachEvidencePage(database, 'c1', (step) => steps.push(step.length));
    expect(steps).toEqual([2_000, 600]);
    const odd = await firstEvidence(database, 'c1', 5, (e) => Number(e.exhibitNo.slice(2)) % 2 === 1);
    expect(odd.map((e) => e.exhibitNo)).toEqual(['E-0001', 'E-0003', 'E-0005', 'E-0007', 'E-0009']);
    expect(await firstEvidence(database, 'c3', 5, () => true)).toEqual([]);
    // Past pages with nothing that passes, and short of the count at the case's end.
    const late = await firstEvidence(database, 'c1', 3, (e) => e.exhibitNo >= 'E-1499');
    expect(late.map((e) => e.exhibitNo)).toEqual(['E-1499', 'E-1500', 'E-1501']);
    expect(await firstEvidence(database, 'c1', 10, (e) => e.exhibitNo >= 'E-2598')).toHaveLength(3);
  });

  it('stops handing a case over once its reader has gone', async () => {
    await addEvidence(database, items('c1', 1, 5_000));
    const reader = new AbortController();
    const steps: number[] = [];
    const reading = eachEvidencePage(database, 'c1', (step) => {
      steps.push(step.length);
      reader.abort();
    }, reader.signal);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).toEqual([2_000]);
  });
});
