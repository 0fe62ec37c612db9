import type { ExportRecord } from '@shared/domain/types';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';

const ACTOR = 'local user';

export interface ArchiveExportFacts {
  fileName: string;
  sha256: string;
  size: number;
  isEncrypted: boolean;
  files: number;
  auditHeadHash: string;
}

/** Records a saved archive in the case's export history and audit log, in one transaction. */
export function recordArchiveExport(database: ExpedienteDatabase, caseId: string, facts: ArchiveExportFacts, now = () => new Date()): Promise<ExportRecord> {
  return database.transaction('rw', [database.exportRecords, ...auditTables(database)], async () => {
    const at = now().toISOString();
    const record: ExportRecord = {
      id: crypto.randomUUID(), caseId, kind: 'archive', profile: facts.isEncrypted ? 'archive-encrypted' : 'archive',
      options: { isEncrypted: facts.isEncrypted, files: facts.files, size: facts.size, auditHeadHash: facts.auditHeadHash },
      at, fileName: facts.fileName, sha256: facts.sha256, pageCount: null,
    };
    await database.exportRecords.add(record);
    await appendAudit(database, {
      caseId, at, actor: ACTOR, action: 'export.archive', entity: 'export', entityId: record.id,
      summary: `Case archive exported${facts.isEncrypted ? ' (encrypted)' : ''}: ${facts.fileName} (${facts.files} files, SHA-256 ${facts.sha256})`, change: record,
    });
    return record;
  });
}
