import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { latestSchemaVersion, schemaVersions } from '../../renderer/src/db/schema-versions';

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
      'arguments', 'auditEntries', 'authorities', 'cases', 'evidence', 'expertReports', 'exportRecords', 'facts',
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

  it('refuses two evidence items with the same exhibit number in one case', async () => {
    const database = track(new ExpedienteDatabase(`schema-${crypto.randomUUID()}`));
    await database.evidence.add({ id: 'a', caseId: 'c1', exhibitNo: 'E-0001' } as never);
    await database.evidence.add({ id: 'b', caseId: 'c2', exhibitNo: 'E-0001' } as never);
    await expect(database.evidence.add({ id: 'c', caseId: 'c1', exhibitNo: 'E-0001' } as never)).rejects.toThrow(/ConstraintError|unique/i);
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
