import type { EvidencePage } from './evidence-page-rows';

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
 * A field lists its keys each between two SEP characters (`␀a␀b␀`), so a
 * lookup is one `includes` of `␀key␀`.
 */
export interface EvidenceDirectoryRow {
  caseId: string;
  page: number;
  /** The page's item ids, in item order. */
  ids: string;
  /** The page's exhibit numbers, in item order. */
  exhibitNos: string;
}

const SEP = '\u0000';

function listOf(keys: readonly string[]): string {
  return `${SEP}${keys.join(SEP)}${SEP}`;
}

export function keysIn(list: string): string[] {
  return list.length <= 2 ? [] : list.slice(1, -1).split(SEP);
}

export function lists(list: string, key: string): boolean {
  return list.includes(`${SEP}${key}${SEP}`);
}

export function toDirectoryRow(page: EvidencePage): EvidenceDirectoryRow {
  return { caseId: page.caseId, page: page.page, ids: listOf(page.items.map((i) => i.id)), exhibitNos: listOf(page.items.map((i) => i.exhibitNo)) };
}

/** Above this many keys asked at once, a row's list is split into a set instead of searched once per key. */
const SEARCH_AT_MOST = 8;

/** The rows that list any of these keys in the given field. */
export function rowsListing(rows: readonly EvidenceDirectoryRow[], field: 'ids' | 'exhibitNos', keys: ReadonlySet<string>): EvidenceDirectoryRow[] {
  if (keys.size === 0) return [];
  if (keys.size <= SEARCH_AT_MOST) return rows.filter((row) => [...keys].some((key) => lists(row[field], key)));
  return rows.filter((row) => keysIn(row[field]).some((key) => keys.has(key)));
}

/** Every exhibit number these rows hold, except the rows of the given pages. */
export function exhibitNosOf(rows: readonly EvidenceDirectoryRow[], exceptPages: ReadonlySet<number> = new Set()): Set<string> {
  const numbers = new Set<string>();
  for (const row of rows) if (!exceptPages.has(row.page)) for (const no of keysIn(row.exhibitNos)) numbers.add(no);
  return numbers;
}
