import type { EvidenceItem } from '@shared/domain/types';
import type { EvidenceFields } from '@shared/evidence/evidence-fields';
import type { ExistingItemKey } from '@shared/import/duplicates';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';
import { ACTOR, registerEvidence } from '../../evidence/data/evidence-commands';
import { evidenceOfCase } from '../../../db/evidence-store';

export interface CsvImportSource {
  fileName: string;
  sha256: string;
  /** Rows of the file that were checked and left out (errors, or likely duplicates). */
  leftOut: number;
}

/**
 * Registers the rows of a confirmed import in one transaction, through the
 * same registration as the form (exhibit numbers in file order, one audit
 * entry per item), then records the import itself: which file, its hash, and
 * which row became which exhibit. If anything fails, nothing is written.
 */
export async function importEvidenceRows(
  database: ExpedienteDatabase, caseId: string, rows: readonly { row: number; fields: EvidenceFields }[], source: CsvImportSource,
  now: () => Date = () => new Date(),
): Promise<EvidenceItem[]> {
  return database.transaction('rw', [database.cases, ...evidenceTables(database), database.files, ...auditTables(database)], async () => {
    const outcomes = await registerEvidence(database, caseId, rows.map((r) => ({ fields: r.fields, file: null })), now);
    const items = outcomes.flatMap((o) => (o.status === 'registered' ? [o.item] : []));
    const range = items.length === 0 ? 'none' : `${items[0]!.exhibitNo} to ${items[items.length - 1]!.exhibitNo}`;
    await appendAudit(database, {
      caseId, at: now().toISOString(), actor: ACTOR, action: 'evidence.import-csv', entity: 'case', entityId: caseId,
      summary: `CSV import of “${source.fileName}”: ${items.length} items registered (${range}); ${source.leftOut} rows left out`,
      // Items are registered in file order, so the n-th row listed became the n-th exhibit listed.
      change: { ...source, rows: rows.map((r) => r.row), exhibits: [items[0]?.exhibitNo ?? null, items[items.length - 1]?.exhibitNo ?? null] },
    });
    return items;
  });
}

/** What identifies the case's items (archived ones too), to warn of rows already imported. */
export async function existingItemKeys(database: ExpedienteDatabase, caseId: string): Promise<ExistingItemKey[]> {
  const items = await evidenceOfCase(database, caseId);
  return items.map(({ exhibitNo, sourceUrl, platform, platformContentId, title, capturedAt }) => ({
    exhibitNo, sourceUrl, platform, platformContentId, title, capturedAt,
  }));
}
