import Dexie, { type ObservabilitySet } from 'dexie';
import { toSearchDoc, type EvidenceIndex, type SearchDoc } from '@shared/search/evidence-index';
import type { ExpedienteDatabase } from '../../db/database';
import { eachEvidencePage, evidencePagesOf } from '../../db/evidence-store';

/** How long after a failed read of the case the feed tries again. */
const RETRY_MS = 2_000;

/** What a write changed in the case's stored pages: some page numbers, or more than can be told ('all'). */
type Changed = Set<number> | 'all';

interface RangeNode { from?: unknown; to?: unknown; l?: RangeNode | null; r?: RangeNode | null }

/** A primary key of a stored evidence page: [caseId, page number]. */
const isPageKey = (k: unknown): k is [string, number] => Array.isArray(k) && k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'number';

/**
 * The pages of this case a write touched, from Dexie's account of it (the
 * primary keys [caseId, page] of a write of under 50 records; a range, or the
 * whole table, for larger ones). Null when it touched no page of this case.
 * The set may have come from another window over a BroadcastChannel, so it is
 * walked as the plain interval tree it is.
 */
export function changedPages(set: RangeNode | undefined, caseId: string): Changed | null {
  const pages = new Set<number>();
  let isAll = false;
  const walk = (node: RangeNode | null | undefined): void => {
    if (!node || !('from' in node) || isAll) return;
    walk(node.l);
    const { from, to } = node;
    const sameCase = isPageKey(from) && isPageKey(to) && from[0] === to[0];
    if (sameCase && from[1] === to[1]) {
      if (from[0] === caseId) pages.add(from[1]);
    } else if (!(sameCase && from[0] !== caseId)) {
      // A range (a bulk write, a clear) that may cover this case's pages.
      isAll = true;
    }
    walk(node.r);
  };
  walk(set);
  if (isAll) return 'all';
  return pages.size > 0 ? pages : null;
}

/**
 * Keeps the evidence index in line with the case's stored pages. The whole
 * case is read when it opens; after that, a write re-reads only the pages it
 * touched (one page for an edit, a tag or a new item: milliseconds, where a
 * re-read of a 100,000-item case took ~1.2 s of this worker and competed with
 * the page for the machine's two cores). Writes from any window are heard
 * (Dexie's storagemutated event). A write Dexie cannot pin to pages (50 or
 * more at once) reads the whole case again. Reports after each read.
 */
export function feedEvidence(
  db: ExpedienteDatabase, caseId: string, index: EvidenceIndex,
  onRead: (report: { readMs: number | null; indexMs: number; error?: unknown }) => void,
): () => void {
  const part = `idb://${db.name}/evidencePages/`;
  /** Ids on each stored page as last read: what a page's re-read is compared with to find removed items. */
  let idsOfPage = new Map<number, string[]>();
  let pending: Changed | null = 'all';
  let isRunning = false;
  let isFirst = true;
  const opened = performance.now();
  const stopping = new AbortController();
  const isStopped = () => stopping.signal.aborted;
  /** After a failed read, the next try; the whole case is read then, since what the failed read missed is unknown. */
  let retry: ReturnType<typeof setTimeout> | undefined;

  const listener = (parts: ObservabilitySet) => {
    const changed = changedPages(parts[part] as RangeNode | undefined, caseId);
    if (changed === null) return;
    if (changed === 'all' || pending === 'all') pending = 'all';
    else pending = new Set([...(pending ?? []), ...changed]);
    void run();
  };
  Dexie.on('storagemutated', listener);
  void run();

  async function run(): Promise<void> {
    if (isRunning || isStopped() || pending === null) return;
    isRunning = true;
    const job = pending;
    pending = null;
    try {
      let indexMs: number;
      if (job === 'all') {
        const docs: SearchDoc[] = [];
        const layout = new Map<number, string[]>();
        await eachEvidencePage(db, caseId, (items, pages) => {
          let at = 0;
          for (const { page, count } of pages) {
            layout.set(page, items.slice(at, at + count).map((item) => item.id));
            at += count;
          }
          for (const item of items) docs.push(toSearchDoc(item));
        }, stopping.signal);
        const t0 = performance.now();
        if (isStopped()) return;
        idsOfPage = layout;
        index.sync(docs);
        indexMs = performance.now() - t0;
      } else {
        const numbers = [...job];
        const pages = await evidencePagesOf(db, caseId, numbers);
        if (isStopped()) return;
        const t0 = performance.now();
        const docs: SearchDoc[] = [];
        const gone = new Set<string>();
        numbers.forEach((n, i) => {
          for (const id of idsOfPage.get(n) ?? []) gone.add(id);
          const items = pages[i];
          if (items) idsOfPage.set(n, items.map((item) => item.id));
          else idsOfPage.delete(n);
        });
        for (const items of pages) for (const item of items ?? []) { gone.delete(item.id); docs.push(toSearchDoc(item)); }
        if (gone.size > 0) {
          // An item that left a re-read page for a page read earlier is still in the case.
          for (const [n, ids] of idsOfPage) if (!job.has(n)) for (const id of ids) gone.delete(id);
        }
        index.patch(docs, gone);
        indexMs = performance.now() - t0;
      }
      onRead({ readMs: isFirst ? performance.now() - opened : null, indexMs });
      isFirst = false;
    } catch (error) {
      if (isStopped()) return;
      // Say so and report the index as it stands (queries wait for the first report and must not wait
      // forever); then read the whole case again in a while: patching later pages onto a read that
      // failed would leave the index short for as long as the case stays open.
      onRead({ readMs: null, indexMs: 0, error });
      pending = 'all';
      retry = setTimeout(() => void run(), RETRY_MS);
      return;
    } finally {
      isRunning = false;
    }
    void run();
  }

  return () => {
    stopping.abort();
    clearTimeout(retry);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
