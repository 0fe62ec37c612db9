import Dexie from 'dexie';
import { chainAuditEntry, type AuditDraft } from '@shared/audit/audit-chain';
import type { AuditEntry } from '@shared/domain/types';
import type { ExpedienteDatabase } from './database';

/**
 * Appends one hash-chained entry to a case's audit log. Call it inside the
 * same `db.transaction` as the change it records (with `auditEntries` in
 * scope), so the change and its entry are written together or not at all.
 */
export async function appendAudit(database: ExpedienteDatabase, draft: AuditDraft): Promise<AuditEntry> {
  const previous = await database.auditEntries
    .where('[caseId+seq]')
    .between([draft.caseId, Dexie.minKey], [draft.caseId, Dexie.maxKey])
    .last();
  const entry = chainAuditEntry(draft, previous);
  await database.auditEntries.add(entry);
  return entry;
}

export function auditEntriesOf(database: ExpedienteDatabase, caseId: string): Promise<AuditEntry[]> {
  return database.auditEntries.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}
