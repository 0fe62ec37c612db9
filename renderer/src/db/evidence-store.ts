import Dexie, { type Table } from 'dexie';
import type { EvidenceItem } from '@shared/domain/types';
import { evidenceTables, type ExpedienteDatabase } from './database';
import { EVIDENCE_PAGE_SIZE, EvidenceConstraintError, toEvidencePage, type EvidencePage } from './evidence-page-rows';
import { exhibitNosOf, rowsListing, TakenNumbers, toDirectoryRow, type EvidenceDirectoryRow } from './evidence-directory';
import { evidenceDirectoryOf, writeEvidenceDirectory } from './directory-cache';
import type { PartEnd, PartRange } from './read-in-parts';
import { stringSharer } from './shared-strings';

/**
 * The one way to read and write evidence items (stored in pages: see
 * evidence-page-rows.ts). Writes must run inside a transaction that has
 * `evidenceTables(db)` in scope when they are part of a larger change; every
 * function is safe inside a live query.
 */

type PageKey = [string, number];
type Pages = Table<EvidencePage, PageKey>;
const pagesOf = (d: ExpedienteDatabase): Pages => d.evidencePages;

function caseRange(d: ExpedienteDatabase, caseId: string) {
  return pagesOf(d).where('[caseId+page]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);
}

/** The directory rows of one case (page order; kept in memory, see directory-cache.ts), or of every case. */
function directoryOf(d: ExpedienteDatabase, caseId: string | undefined): Promise<EvidenceDirectoryRow[]> {
  return caseId === undefined ? d.evidenceDirectory.toArray() : evidenceDirectoryOf(d, caseId);
}

// These return Dexie's promises (no async functions): a chain of native awaits inside a transaction can outlive
// Dexie's zone and let the transaction commit early (PrematureCommitError).
function pagesOfRows(d: ExpedienteDatabase, rows: readonly EvidenceDirectoryRow[]): Promise<EvidencePage[]> {
  return pagesOf(d).bulkGet(rows.map((row): PageKey => [row.caseId, row.page]))
    .then((found) => found.filter((r): r is EvidencePage => r !== undefined));
}

/** The pages holding any of these ids: of one case, or of any case. Each page is decoded once. */
function pagesHolding(d: ExpedienteDatabase, ids: readonly string[], caseId?: string): Promise<EvidencePage[]> {
  return directoryOf(d, caseId).then((rows) => pagesOfRows(d, rowsListing(rows, 'ids', new Set(ids))));
}

/** Exhibit-number order, as the old one-record-per-item index gave it (code-unit order, like IndexedDB's). */
function byExhibitNo(a: EvidenceItem, b: EvidenceItem): number {
  return a.exhibitNo < b.exhibitNo ? -1 : a.exhibitNo > b.exhibitNo ? 1 : 0;
}

/** The item with this id. Give its case when it is known: without it, every case's directory is read. */
export async function getEvidence(d: ExpedienteDatabase, id: string, caseId?: string): Promise<EvidenceItem | undefined> {
  const [page] = await pagesHolding(d, [id], caseId);
  return page?.items.find((i) => i.id === id);
}

/** The items with these ids, in the order asked, undefined where there is none. Give the case when it is known. */
export async function getEvidenceMany(d: ExpedienteDatabase, ids: readonly string[], caseId?: string): Promise<(EvidenceItem | undefined)[]> {
  return (await evidenceForUpdate(d, ids, caseId)).items;
}

export interface EvidenceForUpdate {
  /** The items asked for, in the order asked, undefined where there is none. */
  items: (EvidenceItem | undefined)[];
  /** Writes changed versions of these items into the pages already read (same transaction, same items). */
  write(changed: readonly EvidenceItem[]): Promise<void>;
}

/** Reads many items once for a change of them all (bulk coding): the write reuses the pages the read found. */
export async function evidenceForUpdate(d: ExpedienteDatabase, ids: readonly string[], caseId?: string): Promise<EvidenceForUpdate> {
  const pages = await pagesHolding(d, ids, caseId);
  const byId = new Map<string, EvidenceItem>();
  for (const page of pages) for (const item of page.items) byId.set(item.id, item);
  return {
    items: ids.map((id) => byId.get(id)),
    write: (changed) => inTransaction(d, () => replaceIn(d, pages, changed)),
  };
}

/** Every item of a case, archived ones included, in exhibit-number order. */
export async function evidenceOfCase(d: ExpedienteDatabase, caseId: string): Promise<EvidenceItem[]> {
  const pages = await caseRange(d, caseId).toArray();
  return pages.flatMap((p) => p.items).sort(byExhibitNo);
}

/** Pages read per step of eachEvidencePage: small enough that decoding one step never blocks a frame for long. */
export const PAGES_PER_STEP = 4;

/**
 * Hands over a case's items a few pages at a time (in storage order, not
 * sorted), so a reader of 100,000 items lets the browser paint in between and
 * keeps only what it needs of each step; repeated values (the case id, tag
 * ids, the capture method…) come as one shared copy. Works inside a live query. Once
 * `signal` is aborted (the reader has gone), no further page is read and the
 * call rejects with the signal's reason.
 */
export async function eachEvidencePage(
  d: ExpedienteDatabase, caseId: string,
  /** `pages`: the stored pages the items came from, in order (page number, how many of the items). False: read no further. */
  onPage: (items: EvidenceItem[], pages: { page: number; count: number }[]) => unknown, signal?: AbortSignal,
  /** Reads only the pages after this one (a reader that goes in parts starts where the last part ended). */
  afterPage = -Infinity,
): Promise<void> {
  let after = afterPage;
  const share = stringSharer();
  for (;;) {
    signal?.throwIfAborted();
    const lower: PageKey = [caseId, after];
    const pages = await pagesOf(d).where('[caseId+page]').between(lower, [caseId, Dexie.maxKey], after === -Infinity, true).limit(PAGES_PER_STEP).toArray();
    if (pages.length === 0) return;
    const more = onPage(share(pages.flatMap((p) => p.items)), pages.map((p) => ({ page: p.page, count: p.items.length })));
    if (more === false || pages.length < PAGES_PER_STEP) return;
    after = pages[pages.length - 1]!.page;
  }
}

/**
 * One part of a case read in parts (read-in-parts.ts): its pages from after
 * `range.afterPage`, a step at a time, until a step reaches `range.maxItems`
 * items. Says where the next part starts, and whether there is one.
 */
export async function eachEvidencePageOfPart(
  d: ExpedienteDatabase, caseId: string, range: PartRange,
  onPage: (items: EvidenceItem[], pages: { page: number; count: number }[]) => void, signal?: AbortSignal,
): Promise<PartEnd> {
  let count = 0;
  let lastPage = range.afterPage;
  let isFull = false;
  let hasMore = false;
  await eachEvidencePage(d, caseId, (items, pages) => {
    onPage(items, pages);
    count += items.length;
    if (pages.length > 0) lastPage = pages[pages.length - 1]!.page;
    // A short step is the case's last: no part is started after it to find nothing.
    hasMore = pages.length === PAGES_PER_STEP;
    isFull = count >= range.maxItems;
    return !isFull;
  }, signal, range.afterPage);
  // A full last step may have been the case's last: a part started after it would find nothing.
  if (isFull && hasMore) hasMore = (await pagesOf(d).where('[caseId+page]').between([caseId, lastPage], [caseId, Dexie.maxKey], false, true).limit(1).primaryKeys()).length > 0;
  return { lastPage, isLast: !isFull || !hasMore };
}

/** Some stored pages of a case by number (undefined for a page that no longer exists), items' repeated strings shared. */
export async function evidencePagesOf(d: ExpedienteDatabase, caseId: string, numbers: readonly number[]): Promise<(EvidenceItem[] | undefined)[]> {
  const pages = await pagesOf(d).bulkGet(numbers.map((n): PageKey => [caseId, n]));
  const share = stringSharer();
  return pages.map((p) => (p ? share(p.items) : undefined));
}

/** The first `count` items (storage order) that pass the test: what a list shows before the whole case is read. */
export async function firstEvidence(d: ExpedienteDatabase, caseId: string, count: number, test: (item: EvidenceItem) => boolean): Promise<EvidenceItem[]> {
  const found: EvidenceItem[] = [];
  // One page per read: a cursor would decode the next page (500 items) before it learns it has enough.
  let after = -Infinity;
  while (found.length < count) {
    const page = await pagesOf(d).where('[caseId+page]').between([caseId, after], [caseId, Dexie.maxKey], false, true).first();
    if (!page) break;
    for (const item of page.items) if (found.length < count && test(item)) found.push(item);
    after = page.page;
  }
  return found;
}

export async function findEvidenceByExhibitNo(d: ExpedienteDatabase, caseId: string, exhibitNo: string): Promise<EvidenceItem | undefined> {
  const [page] = await pagesOfRows(d, rowsListing(await directoryOf(d, caseId), 'exhibitNos', new Set([exhibitNo])));
  return page?.items.find((i) => i.exhibitNo === exhibitNo);
}

/** Items holding any of these SHA-256 hashes — of one case, or of every case — in exhibit-number order. */
export async function evidenceWithHashes(d: ExpedienteDatabase, hashes: readonly string[], caseId?: string): Promise<EvidenceItem[]> {
  const wanted = new Set(hashes);
  const found = hashes.length === 0 ? [] : ((await pagesOf(d).where('shas').anyOf([...wanted]).primaryKeys()) as PageKey[]);
  const keys = [...new Map(found.map((k) => [`${k[0]}\u0000${k[1]}`, k])).values()];
  return (await pagesOf(d).bulkGet(keys))
    .filter((p): p is EvidencePage => p !== undefined)
    .filter((p) => caseId === undefined || p.caseId === caseId)
    .flatMap((p) => p.items.filter((i) => i.hashes.sha256 !== null && wanted.has(i.hashes.sha256)))
    .sort(byExhibitNo);
}

export interface EvidenceAppender {
  /** Adds new items of the case after its last item; returns the write's promise. Call again only in the same transaction. */
  append(items: readonly EvidenceItem[]): Promise<unknown>;
}

/**
 * Appends a stream of new items to one case, filling its last page first.
 * It reads the case's directory and last page once and then plans every write
 * in memory, so the caller can start one append while building the next (see
 * overlapped-writes). An exhibit number the case already holds is refused
 * (EvidenceConstraintError) before anything of that append is written.
 */
export async function evidenceAppender(d: ExpedienteDatabase, caseId: string): Promise<EvidenceAppender> {
  const directory = await directoryOf(d, caseId);
  const taken = new TakenNumbers(directory);
  const lastRow = directory.at(-1);
  const last = lastRow ? await pagesOf(d).get([caseId, lastRow.page]) : undefined;
  let page = last?.page ?? 0;
  let open: EvidenceItem[] = last ? [...last.items] : [];
  return {
    append(items) {
      if (items.length === 0) return Promise.resolve();
      const fresh = new Set<string>();
      taken.expect(items.length);
      for (const { exhibitNo } of items) {
        if (taken.has(exhibitNo) || fresh.has(exhibitNo)) return Promise.reject(numberTaken(caseId, exhibitNo));
        fresh.add(exhibitNo);
      }
      for (const exhibitNo of fresh) taken.add(exhibitNo);
      const rows: EvidencePage[] = [];
      let isOpenChanged = false;
      for (const item of items) {
        if (open.length === EVIDENCE_PAGE_SIZE) {
          if (isOpenChanged) rows.push(toEvidencePage(caseId, page, open));
          page += 1;
          open = [];
        }
        open.push(item);
        isOpenChanged = true;
      }
      rows.push(toEvidencePage(caseId, page, open));
      // The open page's row is rewritten by the next append while it has room: the row written now keeps its own list.
      open = [...open];
      return writePages(d, rows);
    },
  };
}

/** Adds new items (any cases) after each case's last item. */
export function addEvidence(d: ExpedienteDatabase, items: readonly EvidenceItem[]): Promise<void> {
  return inTransaction(d, async () => {
    for (const [caseId, ofCase] of groupByCase(items)) await (await evidenceAppender(d, caseId)).append(ofCase);
  });
}

/** All or nothing: joins the caller's transaction, or opens one (a failed page must not leave the others written). */
function inTransaction<T>(d: ExpedienteDatabase, write: () => Promise<T>): Promise<T> {
  return d.transaction('rw', evidenceTables(d), write);
}

/** Writes pages whose ids or numbers changed (new pages, appended, removed or renumbered items) with their directory rows. */
function writePages(d: ExpedienteDatabase, rows: readonly EvidencePage[]): Promise<unknown> {
  return Promise.all([pagesOf(d).bulkPut(rows), writeDirectory(d, rows)]);
}

function writeDirectory(d: ExpedienteDatabase, pages: readonly EvidencePage[]): Promise<unknown> {
  const caseIds = [...new Set(pages.map((p) => p.caseId))];
  return Promise.all(caseIds.map((caseId) => writeEvidenceDirectory(d, caseId, pages.filter((p) => p.caseId === caseId).map(toDirectoryRow))));
}

/** Writes these items: one that exists replaces itself where it is stored, a new one is added to its case. */
export function putEvidence(d: ExpedienteDatabase, items: readonly EvidenceItem[]): Promise<void> {
  return inTransaction(d, () => replaceOrAdd(d, items));
}

function numberTaken(caseId: string, exhibitNo: string): EvidenceConstraintError {
  return new EvidenceConstraintError(`Exhibit number ${exhibitNo} is already used in case ${caseId}`);
}

async function replaceOrAdd(d: ExpedienteDatabase, items: readonly EvidenceItem[]): Promise<void> {
  const pages = (await Promise.all([...groupByCase(items)].map(([caseId, ofCase]) => pagesHolding(d, ofCase.map((i) => i.id), caseId)))).flat();
  // An id its case does not hold may be stored under another case: looked for everywhere, so it is refused, not duplicated.
  const held = new Set(pages.flatMap((p) => p.items.map((i) => i.id)));
  const unheld = items.filter((i) => !held.has(i.id)).map((i) => i.id);
  if (unheld.length > 0) pages.push(...(await pagesHolding(d, unheld)).filter((p) => !pages.some((q) => q.caseId === p.caseId && q.page === p.page)));
  await replaceIn(d, pages, items);
}

/** Refuses pages whose new exhibit numbers another page of their case holds. */
async function checkNumbersFree(d: ExpedienteDatabase, pages: readonly EvidencePage[]): Promise<void> {
  const caseIds = [...new Set(pages.map((p) => p.caseId))];
  const directories = await Promise.all(caseIds.map((caseId) => directoryOf(d, caseId)));
  caseIds.forEach((caseId, n) => {
    const ofCase = pages.filter((p) => p.caseId === caseId);
    const taken = exhibitNosOf(directories[n]!, new Set(ofCase.map((p) => p.page)));
    for (const item of ofCase.flatMap((p) => p.items)) {
      if (taken.has(item.exhibitNo)) throw numberTaken(caseId, item.exhibitNo);
      taken.add(item.exhibitNo);
    }
  });
}

/** Replaces items where these pages hold them; items none of them holds are added to their case. */
async function replaceIn(d: ExpedienteDatabase, pages: readonly EvidencePage[], items: readonly EvidenceItem[]): Promise<void> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const changed: EvidencePage[] = [];
  const renumbered: EvidencePage[] = [];
  for (const page of pages) {
    let isChanged = false;
    let isRenumbered = false;
    const next = page.items.map((old) => {
      const item = byId.get(old.id);
      if (!item) return old;
      byId.delete(old.id);
      if (item.caseId !== old.caseId) throw new Error(`Item ${old.id} cannot move from case ${old.caseId} to ${item.caseId}`);
      isChanged = true;
      if (item.exhibitNo !== old.exhibitNo) isRenumbered = true;
      return item;
    });
    if (!isChanged) continue;
    const row = toEvidencePage(page.caseId, page.page, next);
    changed.push(row);
    if (isRenumbered) renumbered.push(row);
  }
  if (renumbered.length > 0) await checkNumbersFree(d, renumbered);
  // Each page keeps its ids: only a page whose numbers changed needs a new directory row.
  await pagesOf(d).bulkPut(changed);
  if (renumbered.length > 0) await writeDirectory(d, renumbered);
  if (byId.size > 0) await addEvidence(d, [...byId.values()]);
}

/** Changes some fields of one item of the case; returns the item as it was, or undefined if the case has none. */
export function patchEvidence(
  d: ExpedienteDatabase, caseId: string, id: string, changes: Partial<Omit<EvidenceItem, 'id' | 'caseId'>>,
): Promise<EvidenceItem | undefined> {
  return inTransaction(d, async () => {
    const before = await getEvidence(d, id, caseId);
    if (before) await replaceOrAdd(d, [{ ...before, ...changes }]);
    return before;
  });
}

/** Removes these items of the case for good (an empty page is removed with its last item). */
export function removeEvidence(d: ExpedienteDatabase, caseId: string, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  return inTransaction(d, async () => {
    for (const page of await pagesHolding(d, ids, caseId)) {
      const kept = page.items.filter((i) => !gone.has(i.id));
      const key: PageKey = [page.caseId, page.page];
      if (kept.length === 0) await Promise.all([pagesOf(d).delete(key), writeEvidenceDirectory(d, caseId, [], [page.page])]);
      else await writePages(d, [toEvidencePage(page.caseId, page.page, kept)]);
    }
  });
}

function groupByCase(items: readonly EvidenceItem[]): Map<string, EvidenceItem[]> {
  const groups = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    const group = groups.get(item.caseId);
    if (group) group.push(item);
    else groups.set(item.caseId, [item]);
  }
  return groups;
}
