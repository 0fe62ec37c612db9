import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import type { EvidenceFields } from '@shared/evidence/evidence-fields';
import { suggestMapping } from '@shared/import/import-mapping';
import { planImport, rowsLeftOut, rowsToImport } from '@shared/import/import-plan';
import { parseCsv } from '@shared/import/parse-csv';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence } from '../../renderer/src/features/evidence/data/evidence-commands';
import { existingItemKeys, importEvidenceRows } from '../../renderer/src/features/csv-import/data/import-commands';
import { spanishExcel } from './csv-import-fixtures';

let database: ExpedienteDatabase;
let caseId: string;
const now = () => new Date('2026-03-01T12:00:00Z');

beforeEach(async () => {
  database = new ExpedienteDatabase(`csv-import-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

async function plan() {
  const parsed = parseCsv(spanishExcel);
  return planImport(parsed, suggestMapping(parsed, 'Europe/Madrid'), await existingItemKeys(database, caseId), now());
}
const source = { fileName: 'pruebas.csv', sha256: 'ab'.repeat(32), leftOut: 1 };

describe('importing checked rows', () => {
  it('registers valid rows in file order after the existing exhibits, one audit entry each, chain intact', async () => {
    await registerEvidence(database, caseId, [{ fields: (await plan()).rows[0]!.fields!, file: null }]);
    const p = await plan();
    const items = await importEvidenceRows(database, caseId, rowsToImport(p, false), source, now);
    expect(items.map((i) => [i.exhibitNo, i.title])).toEqual([['E-0002', 'Vídeo reenviado'], ['E-0003', 'Notificación a la plataforma']]);
    const log = await auditEntriesOf(database, caseId);
    expect(log.map((e) => e.action)).toEqual(['case.create', 'evidence.register', 'evidence.register', 'evidence.register', 'evidence.import-csv']);
    expect(log.at(-1)!.summary).toBe('CSV import of “pruebas.csv”: 2 items registered (E-0002 to E-0003); 1 rows left out');
    expect(log.at(-1)!.change).toMatchObject({ rows: [4, 6], exhibits: ['E-0002', 'E-0003'] });
    expect(verifyAuditChain(log)).toMatchObject({ intact: true, entries: 5 });
    expect((await database.cases.get(caseId))!.lastExhibitCounter).toBe(3);
  });

  it('sees a second import of the same file as duplicates of what the first one registered', async () => {
    await importEvidenceRows(database, caseId, rowsToImport(await plan(), false), source, now);
    const again = await plan();
    expect(again.duplicates).toBe(3);
    expect(rowsToImport(again, false)).toEqual([]);
    expect(rowsLeftOut(again, false).map((r) => [r.row, r.reasons[0]!.params])).toEqual([
      [2, { exhibit: 'E-0001' }], [4, { exhibit: 'E-0002' }], [5, undefined], [6, { exhibit: 'E-0003' }],
    ]);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const rows = rowsToImport(await plan(), false);
    // A value IndexedDB cannot store makes the bulk write fail after the first rows were prepared.
    const poisoned = [...rows, { row: 99, fields: { ...rows[0]!.fields, notes: (() => 'x') as unknown as string } satisfies EvidenceFields }];
    await expect(importEvidenceRows(database, caseId, poisoned, source, now)).rejects.toThrow();
    expect(await database.evidencePages.count()).toBe(0);
    expect((await auditEntriesOf(database, caseId)).map((e) => e.action)).toEqual(['case.create']);
    expect((await database.cases.get(caseId))!.lastExhibitCounter).toBe(0);
  });
});
