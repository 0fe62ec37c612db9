import Dexie, { type Table } from 'dexie';
import type { EvidenceItem } from '@shared/domain/types';
import { evidenceTables, type ExpedienteDatabase } from './database';
import { EVIDENCE_PAGE_SIZE, exhibitKey, toDirectoryRow, toEvidencePage, type EvidencePage } from './evidence-page-rows';

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

/**
 * Above this many ids of one case, its directory (a few hundred KB for
 * 100,000 items) says which pages to read: walking the `*ids` index costs a
 * round trip per key (~0.2–0.5 ms here, 10,000 ids ≈ 2–4 s).
 */
const DIRECTORY_ABOVE = 50;

/** The keys of the case's pages that hold any of these ids, from its directory. */
async function pagesListing(d: ExpedienteDatabase, caseId: string, wanted: ReadonlySet<string>): Promise<PageKey[]> {
  const rows = await d.evidenceDirectory.where('[caseId+page]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
  return rows.filter((row) => row.ids.some((id) => wanted.has(id))).map((row): PageKey => [row.caseId, row.page]);
}

/** The distinct pages whose index holds any of these keys. Reads keys first, so a page is decoded once. */
async function pagesHolding(d: ExpedienteDatabase, index: 'ids' | 'shas' | 'exhibitKeys', keys: readonly string[], caseId?: string): Promise<EvidencePage[]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  let pageKeys: PageKey[];
  if (index === 'ids' && caseId !== undefined && wanted.size > DIRECTORY_ABOVE) pageKeys = await pagesListing(d, caseId, wanted);
  else {
    const found = (await pagesOf(d).where(index).anyOf([...wanted]).primaryKeys()) as PageKey[];
    pageKeys = [...new Map(found.map((k) => [`${k[0]}\u0000${k[1]}`, k])).values()];
  }
  const rows = await pagesOf(d).bulkGet(pageKeys);
  return rows.filter((r): r is EvidencePage => r !== undefined);
}

/** Exhibit-number order, as the old one-record-per-item index gave it (code-unit order, like IndexedDB's). */
function byExhibitNo(a: EvidenceItem, b: EvidenceItem): number {
  return a.exhibitNo < b.exhibitNo ? -1 : a.exhibitNo > b.exhibitNo ? 1 : 0;
}

export async function getEvidence(d: ExpedienteDatabase, id: string): Promise<EvidenceItem | undefined> {
  const page = await pagesOf(d).where('ids').equals(id).first();
  return page?.items[page.ids.indexOf(id)];
}

/** The items with these ids, in the order asked, undefined where there is none. Give the case when there may be many. */
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
  const pages = await pagesHolding(d, 'ids', ids, caseId);
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
const PAGES_PER_STEP = 4;

/**
 * Hands over a case's items a few pages at a time (in storage order, not
 * sorted), so a reader of 100,000 items lets the browser paint in between and
 * keeps only what it needs of each step. Works inside a live query. Once
 * `signal` is aborted (the reader has gone), no further page is read and the
 * call rejects with the signal's reason.
 */
export async function eachEvidencePage(
  d: ExpedienteDatabase, caseId: string, onPage: (items: EvidenceItem[]) => void, signal?: AbortSignal,
): Promise<void> {
  let after = -Infinity;
  for (;;) {
    signal?.throwIfAborted();
    const lower: PageKey = [caseId, after];
    const pages = await pagesOf(d).where('[caseId+page]').between(lower, [caseId, Dexie.maxKey], after === -Infinity, true).limit(PAGES_PER_STEP).toArray();
    if (pages.length === 0) return;
    onPage(pages.flatMap((p) => p.items));
    if (pages.length < PAGES_PER_STEP) return;
    after = pages[pages.length - 1]!.page;
  }
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
  const page = await pagesOf(d).where('exhibitKeys').equals(exhibitKey(caseId, exhibitNo)).first();
  return page?.items.find((i) => i.exhibitNo === exhibitNo);
}

/** Items holding any of these SHA-256 hashes — of one case, or of every case — in exhibit-number order. */
export async function evidenceWithHashes(d: ExpedienteDatabase, hashes: readonly string[], caseId?: string): Promise<EvidenceItem[]> {
  const wanted = new Set(hashes);
  return (await pagesHolding(d, 'shas', hashes))
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
 * It reads the last page once and then plans every write in memory, so the
 * caller can start one append while building the next (see overlapped-writes).
 */
export async function evidenceAppender(d: ExpedienteDatabase, caseId: string): Promise<EvidenceAppender> {
  const last = await caseRange(d, caseId).last();
  let page = last?.page ?? 0;
  let open: EvidenceItem[] = last ? [...last.items] : [];
  return {
    append(items) {
      if (items.length === 0) return Promise.resolve();
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

/** Writes pages whose ids changed (new pages, appended or removed items) with their directory rows. */
function writePages(d: ExpedienteDatabase, rows: readonly EvidencePage[]): Promise<unknown> {
  return Promise.all([pagesOf(d).bulkPut(rows), d.evidenceDirectory.bulkPut(rows.map(toDirectoryRow))]);
}

/** Writes these items: one that exists replaces itself where it is stored, a new one is added to its case. */
export function putEvidence(d: ExpedienteDatabase, items: readonly EvidenceItem[]): Promise<void> {
  return inTransaction(d, () => replaceOrAdd(d, items));
}

async function replaceOrAdd(d: ExpedienteDatabase, items: readonly EvidenceItem[]): Promise<void> {
  const caseIds = new Set(items.map((i) => i.caseId));
  const pages = await pagesHolding(d, 'ids', items.map((i) => i.id), caseIds.size === 1 ? items[0]!.caseId : undefined);
  await replaceIn(d, pages, items);
}

/** Replaces items where these pages hold them; items none of them holds are added to their case. */
async function replaceIn(d: ExpedienteDatabase, pages: readonly EvidencePage[], items: readonly EvidenceItem[]): Promise<void> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const changed: EvidencePage[] = [];
  for (const page of pages) {
    let isChanged = false;
    const next = page.items.map((old) => {
      const item = byId.get(old.id);
      if (!item) return old;
      byId.delete(old.id);
      if (item.caseId !== old.caseId) throw new Error(`Item ${old.id} cannot move from case ${old.caseId} to ${item.caseId}`);
      isChanged = true;
      return item;
    });
    if (isChanged) changed.push(toEvidencePage(page.caseId, page.page, next));
  }
  // Items replaced in place: each page keeps its ids, so its directory row stands.
  await pagesOf(d).bulkPut(changed);
  await addEvidence(d, [...byId.values()]);
}

/** Changes some fields of one item; returns the item as it was, or undefined if there is none. */
export function patchEvidence(d: ExpedienteDatabase, id: string, changes: Partial<Omit<EvidenceItem, 'id' | 'caseId'>>): Promise<EvidenceItem | undefined> {
  return inTransaction(d, async () => {
    const before = await getEvidence(d, id);
    if (before) await replaceOrAdd(d, [{ ...before, ...changes }]);
    return before;
  });
}

/** Removes these items for good (an empty page is removed with its last item). */
export function removeEvidence(d: ExpedienteDatabase, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  return inTransaction(d, async () => {
    for (const page of await pagesHolding(d, 'ids', ids)) {
      const kept = page.items.filter((i) => !gone.has(i.id));
      const key: PageKey = [page.caseId, page.page];
      if (kept.length === 0) await Promise.all([pagesOf(d).delete(key), d.evidenceDirectory.delete(key)]);
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
