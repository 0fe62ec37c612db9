import type { ExportRecord } from '@shared/domain/types';
import type { FilingOptions } from '@shared/filing';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';

const ACTOR = 'local user';

export type FilingFormat = 'pdf' | 'docx';

export interface FilingExportFacts {
  format: FilingFormat;
  fileName: string;
  sha256: string;
  size: number;
  /** Null for DOCX: Word lays the pages out, not us. */
  pageCount: number | null;
  /** The options the document was built with; the next filing starts from them. */
  options: FilingOptions;
}

/** Records a saved filing in the case's export history and audit log, in one transaction. */
export function recordFilingExport(database: ExpedienteDatabase, caseId: string, facts: FilingExportFacts, now = () => new Date()): Promise<ExportRecord> {
  return database.transaction('rw', [database.exportRecords, ...auditTables(database)], async () => {
    const at = now().toISOString();
    const record: ExportRecord = {
      id: crypto.randomUUID(), caseId, kind: 'filing', profile: `filing-${facts.format}`, options: facts.options,
      at, fileName: facts.fileName, sha256: facts.sha256, pageCount: facts.pageCount,
    };
    await database.exportRecords.add(record);
    const pages = facts.pageCount === null ? '' : `${facts.pageCount} pages, `;
    await appendAudit(database, {
      caseId, at, actor: ACTOR, action: 'export.filing', entity: 'export', entityId: record.id,
      summary: `Filing exported (${facts.format.toUpperCase()}, ${facts.options.kind}): ${facts.fileName} (${pages}${facts.size} bytes, SHA-256 ${facts.sha256})`,
      change: record,
    });
    return record;
  });
}
