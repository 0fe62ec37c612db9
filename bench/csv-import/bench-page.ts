import { emptyCaseInput } from '@shared/domain/case-input';
import { decodeCsvBytes } from '@shared/import/decode-text';
import { suggestMapping } from '@shared/import/import-mapping';
import { planImport, rowsToImport } from '@shared/import/import-plan';
import { parseCsv } from '@shared/import/parse-csv';
import { sha256Hex } from '@shared/audit/sha256';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { db } from '../../renderer/src/db/database';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { existingItemKeys, importEvidenceRows } from '../../renderer/src/features/csv-import/data/import-commands';
import { registrationPhases } from '../evidence/phases';
import { spreadsheetCsv } from './generate';
import { evidenceOfCase } from '../../renderer/src/db/evidence-store';

const bench = {
  /** The spreadsheet the UI run picks, as base64 (Playwright hands it to the file chooser). */
  csvBase64(n: number): string {
    const bytes = spreadsheetCsv(n);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  },

  async newCase(title: string): Promise<string> {
    return (await caseCommands(db).create({ ...emptyCaseInput, title }, 'en')).id;
  },

  /** The import as the wizard runs it, phase by phase, into a new case. */
  async importRows(n: number) {
    const bytes = spreadsheetCsv(n);
    const { id } = await caseCommands(db).create({ ...emptyCaseInput, title: `CSV bench ${n}` }, 'en');
    const ms: Record<string, number> = {};
    let t0 = performance.now();
    const sha256 = sha256Hex(bytes);
    ms['hash the file (SHA-256, for the audit record)'] = performance.now() - t0;
    t0 = performance.now();
    const parsed = parseCsv(decodeCsvBytes(bytes).text);
    ms['decode + parse'] = performance.now() - t0;
    t0 = performance.now();
    const mapping = suggestMapping(parsed, 'Europe/Madrid');
    const existing = await existingItemKeys(db, id);
    ms['suggest mapping + read existing items'] = performance.now() - t0;
    t0 = performance.now();
    const plan = planImport(parsed, mapping, existing, new Date());
    ms['check every row (form schema, dates, duplicates)'] = performance.now() - t0;
    const rows = rowsToImport(plan, false);
    t0 = performance.now();
    await importEvidenceRows(db, id, rows, { fileName: 'bench.csv', sha256, leftOut: plan.rows.length - rows.length });
    ms['write: one transaction, audit entry per item'] = performance.now() - t0;
    const total = Object.values(ms).reduce((a, b) => a + b, 0);
    const stored = (await evidenceOfCase(db, id)).length;
    const audit = (await auditEntriesOf(db, id)).length;
    return { ms, total, bytes: bytes.length, rows: plan.rows.length, valid: plan.valid, stored, audit, caseId: id };
  },

  /** Where the write's time goes (same items, outside the import). */
  async writePhases(n: number) {
    const { id } = await caseCommands(db).create({ ...emptyCaseInput, title: `CSV phases ${n}` }, 'en');
    const parsed = parseCsv(decodeCsvBytes(spreadsheetCsv(n)).text);
    const plan = planImport(parsed, suggestMapping(parsed, 'Europe/Madrid'), [], new Date());
    const rows = rowsToImport(plan, false);
    return registrationPhases(id, rows.length, (i) => rows[i - 1]!.fields);
  },
};

declare global {
  interface Window {
    expedienteCsvBench?: typeof bench;
  }
}
window.expedienteCsvBench = bench;
document.body.dataset['ready'] = 'true';
