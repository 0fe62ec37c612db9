import type { EvidencePage } from './evidence-page-rows';
import { keyList, keysIn, lists, listsAny, SEARCH_AT_MOST } from './key-lists';

/**
 * Which ids and exhibit numbers each evidence page holds, without the items:
 * the `evidenceDirectory` store, one record per page with the page's key,
 * kept in step with the pages by evidence-store.ts in the same transaction.
 *
 * It replaces per-item index entries. Chromium's IndexedDB (and Dexie's change
 * tracking) pays for every key of a multi-entry index on every write: with an
 * entry per item for ids and exhibit numbers, registering 100,000 items spent
 * more time on index keys than on the items. A case's directory is a few
 * hundred records, read in one request; each field is one string, so reading
 * it copies a few MB instead of building 100,000 strings.
 *
 * Each field is a key list (key-lists.ts).
 */
export interface EvidenceDirectoryRow {
  caseId: string;
  page: number;
  /** The page's item ids, in item order. */
  ids: string;
  /** The page's exhibit numbers, in item order. */
  exhibitNos: string;
}

export function toDirectoryRow(page: EvidencePage): EvidenceDirectoryRow {
  return { caseId: page.caseId, page: page.page, ids: keyList(page.items.map((i) => i.id)), exhibitNos: keyList(page.items.map((i) => i.exhibitNo)) };
}

/** The rows that list any of these keys in the given field. */
export function rowsListing(rows: readonly EvidenceDirectoryRow[], field: 'ids' | 'exhibitNos', keys: ReadonlySet<string>): EvidenceDirectoryRow[] {
  return rows.filter((row) => listsAny(row[field], keys));
}

/** Every exhibit number these rows hold, except the rows of the given pages. */
export function exhibitNosOf(rows: readonly EvidenceDirectoryRow[], exceptPages: ReadonlySet<number> = new Set()): Set<string> {
  const numbers = new Set<string>();
  for (const row of rows) if (!exceptPages.has(row.page)) for (const no of keysIn(row.exhibitNos)) numbers.add(no);
  return numbers;
}

/**
 * The exhibit numbers a case holds, for an appender's checks: a few numbers
 * are looked up in the rows' lists; before many, the rows are read into a set once.
 */
export class TakenNumbers {
  private all: Set<string> | null = null;
  private readonly added = new Set<string>();

  constructor(private readonly rows: readonly EvidenceDirectoryRow[]) {}

  /** About to check this many numbers. */
  expect(count: number): void {
    if (count > SEARCH_AT_MOST && this.all === null) this.all = new Set([...exhibitNosOf(this.rows), ...this.added]);
  }

  has(exhibitNo: string): boolean {
    if (this.all) return this.all.has(exhibitNo);
    return this.added.has(exhibitNo) || this.rows.some((row) => lists(row.exhibitNos, exhibitNo));
  }

  add(exhibitNo: string): void {
    this.added.add(exhibitNo);
    this.all?.add(exhibitNo);
  }
}
