import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { latestSchemaVersion, schemaVersions } from '../../renderer/src/db/schema-versions';
import { addEvidence, evidenceOfCase, evidenceWithHashes, findEvidenceByExhibitNo, getEvidence, getEvidenceMany } from '../../renderer/src/db/evidence-store';
import { EVIDENCE_PAGE_SIZE } from '../../renderer/src/db/evidence-page-rows';
import { toDirectoryRow } from '../../renderer/src/db/evidence-directory';
import type { EvidenceItem } from '@shared/domain/types';

const stub = (id: string, caseId: string, exhibitNo: string) => ({ id, caseId, exhibitNo, hashes: { sha256: null, pdq: null } }) as unknown as EvidenceItem;

const opened: Dexie[] = [];
function track<T extends Dexie>(d: T): T {
  opened.push(d);
  return d;
}
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

describe('database schema', () => {
  it('opens at the latest version with a table for every part of the domain', async () => {
    const database = track(new ExpedienteDatabase(`schema-${crypto.randomUUID()}`));
    await database.open();
    expect(database.verno).toBe(latestSchemaVersion);
    expect(database.tables.map((t) => t.name).sort()).toEqual([
      'arguments', 'auditDirectory', 'auditEntries', 'authorities', 'cases', 'evidenceDirectory', 'evidencePages', 'evidenceStamps', 'expertReports', 'exportRecords', 'facts',
      'files', 'parties', 'savedViews', 'tagGroups', 'tags',
    ]);
  });

  it('never indexes file contents', async () => {
    const database = track(new ExpedienteDatabase(`schema-${crypto.randomUUID()}`));
    await database.open();
    const files = database.table('files').schema;
    expect(files.primKey.keyPath).toBe('sha256');
    expect(files.indexes.map((i) => i.name)).toEqual([]);
  });

  it('refuses two evidence items with the same exhibit number in one case, within a page and across pages', async () => {
    const database = track(new ExpedienteDatabase(`schema-${crypto.randomUUID()}`));
    const fullPage = Array.from({ length: EVIDENCE_PAGE_SIZE }, (_, i) => stub(`a${i}`, 'c1', `E-${String(i + 1).padStart(4, '0')}`));
    await addEvidence(database, [...fullPage, stub('b', 'c2', 'E-0001')]);
    // The next item of c1 starts a new page: the case's directory holds the number.
    await expect(addEvidence(database, [stub('c', 'c1', 'E-0001')])).rejects.toMatchObject({ name: 'ConstraintError', message: expect.stringMatching(/E-0001 is already used/) });
    // Within one write, within a page and across pages.
    await expect(addEvidence(database, [stub('d', 'c3', 'E-0002'), stub('e', 'c3', 'E-0002')])).rejects.toMatchObject({ name: 'ConstraintError' });
    const twoPages = Array.from({ length: EVIDENCE_PAGE_SIZE + 1 }, (_, i) => stub(`g${i}`, 'c3', `E-${String(i).padStart(4, '0')}`));
    twoPages[EVIDENCE_PAGE_SIZE] = stub('g-last', 'c3', 'E-0007');
    await expect(addEvidence(database, twoPages)).rejects.toMatchObject({ name: 'ConstraintError' });
    await expect(addEvidence(database, [stub('f', 'c2', 'E-0001')])).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await evidenceOfCase(database, 'c1')).toHaveLength(EVIDENCE_PAGE_SIZE);
    expect((await evidenceOfCase(database, 'c2')).map((e) => e.id)).toEqual(['b']);
    expect(await evidenceOfCase(database, 'c3')).toEqual([]);
  });

  it('moves the evidence of a v2 database into pages, each case in exhibit-number order, nothing lost', async () => {
    const name = `upgrade-evidence-${crypto.randomUUID()}`;
    const legacy = new Dexie(name);
    for (const v of schemaVersions.filter((s) => s.version <= 2)) legacy.version(v.version).stores(v.stores);
    await legacy.open();
    const big = Array.from({ length: 1_203 }, (_, i) => stub(`big-${i}`, 'c-big', `E-${String(1_203 - i).padStart(4, '0')}`));
    await legacy.table('evidence').bulkAdd([...big, stub('small-1', 'c-small', 'E-0001'), { ...stub('held', 'c-small', 'E-0002'), hashes: { sha256: 'ab'.repeat(32), pdq: null } }]);
    legacy.close();

    const current = track(new ExpedienteDatabase(name));
    await current.open();
    expect(current.tables.map((t) => t.name)).not.toContain('evidence');
    const moved = await evidenceOfCase(current, 'c-big');
    expect(moved).toHaveLength(1_203);
    expect(moved[0]!.exhibitNo).toBe('E-0001');
    expect(moved.at(-1)!.exhibitNo).toBe('E-1203');
    expect(await current.evidencePages.where('caseId').equals('c-big').count()).toBe(3);
    expect((await getEvidence(current, 'big-0'))!.exhibitNo).toBe('E-1203');
    expect((await evidenceWithHashes(current, ['ab'.repeat(32)])).map((e) => e.id)).toEqual(['held']);
    // The directory lists each page's ids and exhibit numbers: reads by id or number go through it.
    const pages = await current.evidencePages.toArray();
    expect(await current.evidenceDirectory.toArray()).toEqual(pages.map(toDirectoryRow));
    expect((await findEvidenceByExhibitNo(current, 'c-small', 'E-0002'))!.id).toBe('held');
    const wanted = ['big-1202', ...Array.from({ length: 80 }, (_, i) => `big-${i * 15}`)];
    expect((await getEvidenceMany(current, wanted, 'c-big')).map((e) => e?.id)).toEqual(wanted);
  });

  it('rebuilds a v5 directory (ids only) into one listing ids and exhibit numbers', async () => {
    const name = `upgrade-directory-${crypto.randomUUID()}`;
    const legacy = new Dexie(name);
    for (const v of schemaVersions.filter((s) => s.version <= 5)) legacy.version(v.version).stores(v.stores);
    await legacy.open();
    const page = Array.from({ length: 3 }, (_, i) => stub(`v5-${i}`, 'c5', `E-000${i + 1}`));
    await legacy.table('evidencePages').add({ caseId: 'c5', page: 0, ids: page.map((e) => e.id), exhibitKeys: page.map((e) => `c5\u0000${e.exhibitNo}`), shas: [], items: page });
    await legacy.table('evidenceDirectory').add({ caseId: 'c5', page: 0, ids: page.map((e) => e.id) });
    legacy.close();

    const current = track(new ExpedienteDatabase(name));
    await current.open();
    expect(await current.evidenceDirectory.toArray()).toEqual([{ caseId: 'c5', page: 0, ids: '\u0000v5-0\u0000v5-1\u0000v5-2\u0000', exhibitNos: '\u0000E-0001\u0000E-0002\u0000E-0003\u0000' }]);
    expect((await getEvidence(current, 'v5-1', 'c5'))?.exhibitNo).toBe('E-0002');
    await expect(addEvidence(current, [stub('v6', 'c5', 'E-0003')])).rejects.toMatchObject({ name: 'ConstraintError' });
  });

  // The upgrade pattern: a database written by every earlier shipped schema
  // must open with the current one and keep its data. When version 2 lands,
  // this loop runs it against a version-1 database automatically.
  for (const old of schemaVersions) {
    it(`opens a database written by schema v${old.version} and finds its cases`, async () => {
      const name = `upgrade-${old.version}-${crypto.randomUUID()}`;
      const legacy = new Dexie(name);
      for (const v of schemaVersions.filter((s) => s.version <= old.version)) legacy.version(v.version).stores(v.stores);
      await legacy.open();
      await legacy.table('cases').add({ id: 'c-old', title: 'Written by an older version', status: 'active', updatedAt: '2026-01-01T00:00:00.000Z' });
      legacy.close();

      const current = track(new ExpedienteDatabase(name));
      await current.open();
      expect(current.verno).toBe(latestSchemaVersion);
      expect((await current.cases.get('c-old'))?.title).toBe('Written by an older version');
    });
  }
});
