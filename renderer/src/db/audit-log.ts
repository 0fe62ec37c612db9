import Dexie from 'dexie';
import { chainAuditEntry, type AuditDraft } from '@shared/audit/audit-chain';
import type { AuditEntry } from '@shared/domain/types';
import type { ExpedienteDatabase } from './database';
import { expandAuditRecords, isAuditPage, lastEntryOf, toAuditDirectoryRow, toAuditRecords, type AuditRecord } from './audit-records';
import { lists } from './key-lists';
import { auditDirectoryOf } from './directory-cache';

const ofCase = (database: ExpedienteDatabase, caseId: string) =>
  database.auditEntries.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);

/** The head of a case's chain: its last entry, or undefined for an empty log. */
export async function auditHead(database: ExpedienteDatabase, caseId: string): Promise<AuditEntry | undefined> {
  return lastEntryOf(await ofCase(database, caseId).last());
}

/**
 * Appends one hash-chained entry to a case's audit log. Call it inside the
 * same `db.transaction` as the change it records (with `auditEntries` in
 * scope), so the change and its entry are written together or not at all.
 */
export async function appendAudit(database: ExpedienteDatabase, draft: AuditDraft): Promise<AuditEntry> {
  const entry = chainAuditEntry(draft, await auditHead(database, draft.caseId));
  await database.auditEntries.add(entry);
  return entry;
}

/**
 * Writes consecutive, already chained entries of one case: pages when there
 * are many, each with its directory row. Call it inside a transaction that has
 * `auditTables(database)` in scope.
 */
export function writeAuditEntries(database: ExpedienteDatabase, entries: readonly AuditEntry[]): Promise<unknown> {
  const records = toAuditRecords(entries);
  const directory = records.filter(isAuditPage).map(toAuditDirectoryRow);
  return Promise.all([database.auditEntries.bulkAdd(records), directory.length > 0 ? database.auditDirectory.bulkAdd(directory) : undefined]);
}

/**
 * For many entries in one transaction (bulk registration, bulk coding): reads
 * the chain's head once, chains in memory, writes pages of entries (see
 * audit-records.ts). `flush` starts writing the entries chained so far, so a
 * long batch can be written in chunks while the next chunk is chained.
 */
export async function auditBatch(database: ExpedienteDatabase, caseId: string) {
  let previous = await auditHead(database, caseId);
  let entries: AuditEntry[] = [];
  const flush = (): Promise<unknown> => {
    const chunk = entries;
    entries = [];
    return writeAuditEntries(database, chunk);
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

/** Every entry of a case's log, in chain order. */
export async function auditEntriesOf(database: ExpedienteDatabase, caseId: string): Promise<AuditEntry[]> {
  return expandAuditRecords(await ofCase(database, caseId).toArray());
}

/** The entries of a case about one record (an item's custody), oldest first. */
export async function auditEntriesAbout(database: ExpedienteDatabase, caseId: string, entityId: string): Promise<AuditEntry[]> {
  const [single, pages] = await Promise.all([
    database.auditEntries.where('entityId').equals(entityId).toArray(),
    auditPagesAbout(database, caseId, entityId),
  ]);
  return expandAuditRecords([...single.filter((r) => r.caseId === caseId), ...pages])
    .filter((e) => e.entityId === entityId).sort((a, b) => a.seq - b.seq);
}

/** The case's audit pages with an entry about this entity, found through the audit directory (kept in memory: directory-cache.ts). */
function auditPagesAbout(database: ExpedienteDatabase, caseId: string, entityId: string): Promise<AuditRecord[]> {
  return auditDirectoryOf(database, caseId)
    .then((rows) => database.auditEntries.bulkGet(rows.filter((row) => lists(row.entityIds, entityId)).map((row): [string, number] => [caseId, row.seq])))
    .then((found) => found.filter((r): r is AuditRecord => r !== undefined));
}
