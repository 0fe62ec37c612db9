import Dexie from 'dexie';
import { chainAuditEntry, type AuditDraft } from '@shared/audit/audit-chain';
import type { AuditEntry } from '@shared/domain/types';
import type { ExpedienteDatabase } from './database';

function lastEntry(database: ExpedienteDatabase, caseId: string): Promise<AuditEntry | undefined> {
  return database.auditEntries.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).last();
}

/**
 * Appends one hash-chained entry to a case's audit log. Call it inside the
 * same `db.transaction` as the change it records (with `auditEntries` in
 * scope), so the change and its entry are written together or not at all.
 */
export async function appendAudit(database: ExpedienteDatabase, draft: AuditDraft): Promise<AuditEntry> {
  const entry = chainAuditEntry(draft, await lastEntry(database, draft.caseId));
  await database.auditEntries.add(entry);
  return entry;
}

/**
 * For many entries in one transaction (bulk registration): reads the chain's
 * head once, chains in memory, writes with bulkAdd. `flush` starts writing the
 * entries chained so far, so a long batch can be written in chunks while the
 * next chunk is chained; the key [caseId+seq] keeps the log in chain order.
 */
export async function auditBatch(database: ExpedienteDatabase, caseId: string) {
  let previous = await lastEntry(database, caseId);
  let entries: AuditEntry[] = [];
  const flush = (): Promise<unknown> => {
    const chunk = entries;
    entries = [];
    return database.auditEntries.bulkAdd(chunk);
  };
  return {
    add(draft: AuditDraft): AuditEntry {
      if (draft.caseId !== caseId) throw new Error('An audit batch belongs to one case');
      previous = chainAuditEntry(draft, previous);
      entries.push(previous);
      return previous;
    },
    flush,
    async write(): Promise<void> {
      await flush();
    },
  };
}

export function auditEntriesOf(database: ExpedienteDatabase, caseId: string): Promise<AuditEntry[]> {
  return database.auditEntries.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}
