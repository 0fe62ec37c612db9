import type { ExportRecord } from '@shared/domain/types';
import type { BundleReport } from '@shared/bundle/snapshot';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { auditBatch } from '../../../db/audit-log';

const ACTOR = 'local user';

/**
 * Records a saved bundle: the export record (settings, SHA-256, pages) and,
 * in the same transaction, an entry in the custody timeline of every exhibit
 * it includes, naming the file and its hash.
 */
export function recordBundleExport(
  database: ExpedienteDatabase, caseId: string, fileName: string, sha256: string, report: BundleReport, now = () => new Date(),
): Promise<ExportRecord> {
  return database.transaction('rw', [database.exportRecords, ...evidenceTables(database), ...auditTables(database)], async () => {
    const at = now().toISOString();
    const record: ExportRecord = {
      id: crypto.randomUUID(), caseId, kind: 'bundle', profile: report.settings.profile, options: report.settings,
      at, fileName, sha256, pageCount: report.pageCount,
    };
    await database.exportRecords.add(record);
    const audit = await auditBatch(database, caseId);
    audit.add({
      caseId, at, actor: ACTOR, action: 'export.bundle', entity: 'export', entityId: record.id,
      summary: `Bundle exported: ${fileName} (${report.pageCount} pages, SHA-256 ${sha256})`, change: record,
    });
    const exhibits = report.pageMap.filter((p) => p.key.startsWith('exhibit:'));
    for (const entry of exhibits) {
      const itemId = entry.key.slice('exhibit:'.length);
      audit.add({
        caseId, at, actor: ACTOR, action: 'evidence.export', entity: 'evidence', entityId: itemId,
        summary: `${entry.exhibitNo ?? ''} exported in bundle ${fileName} (pages ${entry.firstLabel}–${entry.lastLabel}; bundle SHA-256 ${sha256})`.trim(),
        change: { exportId: record.id, fileName, sha256, firstPage: entry.firstPage, lastPage: entry.lastPage },
      });
    }
    await audit.write();
    return record;
  });
}
