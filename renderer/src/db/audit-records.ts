import type { AuditEntry } from '@shared/domain/types';
import { keyList } from './key-lists';

/**
 * How the audit log is stored. A record of the `auditEntries` store is either
 * one entry or a page of consecutive entries written by one bulk action
 * (registering 100,000 items, coding 10,000): IndexedDB here costs a fixed
 * ~0.2–0.5 ms per record whatever its size, so one record per 500 entries
 * makes a bulk action's log several times cheaper. Every entry is still
 * chained and hashed on its own; storage does not change what is verified.
 *
 * A page's key is its last entry's seq, so the highest key of a case is always
 * the record that holds the head of its chain. Which entities a page's entries
 * are about is listed in the `auditDirectory` store (a row per page, same key),
 * not in a multi-entry index: 100,000 index keys per 100,000 entries were a
 * large share of a bulk registration's time.
 */
export interface AuditPage {
  caseId: string;
  /** The seq of the page's last entry (the record's key with caseId). */
  seq: number;
  firstSeq: number;
  entries: AuditEntry[];
}

/** The entities a page's entries are about (a key list, key-lists.ts), for the custody lookup. */
export interface AuditDirectoryRow {
  caseId: string;
  /** The page's key. */
  seq: number;
  entityIds: string;
}

export function toAuditDirectoryRow(page: AuditPage): AuditDirectoryRow {
  return { caseId: page.caseId, seq: page.seq, entityIds: keyList(page.entries.map((e) => e.entityId)) };
}

export type AuditRecord = AuditEntry | AuditPage;

export const AUDIT_PAGE_SIZE = 500;
/** Fewer entries than this are stored one per record: a page only pays off in bulk. */
export const AUDIT_PAGE_MIN = 50;

export function isAuditPage(record: AuditRecord): record is AuditPage {
  return 'entries' in record && Array.isArray(record.entries);
}

/** The entries of these records, in the order given. */
export function expandAuditRecords(records: readonly AuditRecord[]): AuditEntry[] {
  return records.flatMap((r) => (isAuditPage(r) ? r.entries : [r]));
}

/** The last entry held by a record (the chain's head when it is the case's last record). */
export function lastEntryOf(record: AuditRecord | undefined): AuditEntry | undefined {
  if (!record) return undefined;
  return isAuditPage(record) ? record.entries.at(-1) : record;
}

/** Consecutive entries of one case as records: pages when there are many, single entries otherwise. */
export function toAuditRecords(entries: readonly AuditEntry[]): AuditRecord[] {
  if (entries.length < AUDIT_PAGE_MIN) return [...entries];
  const records: AuditPage[] = [];
  for (let start = 0; start < entries.length; start += AUDIT_PAGE_SIZE) {
    const page = entries.slice(start, start + AUDIT_PAGE_SIZE);
    const last = page[page.length - 1]!;
    records.push({ caseId: last.caseId, seq: last.seq, firstSeq: page[0]!.seq, entries: page });
  }
  return records;
}
