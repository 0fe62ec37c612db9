import Dexie, { type ObservabilitySet } from 'dexie';
import type { EvidenceItem } from '@shared/domain/types';
import type { ExpedienteDatabase } from './database';
import { evidencePagesOf, PAGES_PER_STEP } from './evidence-store';

/** How long after a failed read the follower first tries again; the wait doubles with each failure in a row, up to MAX_RETRY_MS. */
const RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

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

/** A stored page as read: its number and its items. */
export interface PageItems { page: number; items: EvidenceItem[] }

/** What a follower does with what it reads. */
export interface CasePagesReader {
  /**
   * Reads the whole case by itself (in parts, by workers: the register and
   * the search index each have theirs) and resolves with the time it took to
   * apply. What it had before must stay until the read has succeeded.
   */
  loadAll(signal: AbortSignal): Promise<number>;
  /** Pages re-read after a write: `items` undefined for a page that no longer exists. */
  readPages(pages: readonly { page: number; items: EvidenceItem[] | undefined }[]): void;
  /** After each read: `applyMs` the time `loadAll` or `readPages` took to apply; `readMs` the time from following to the first read's end. */
  onRead(report: { readMs: number | null; applyMs: number; error?: unknown }): void;
}

/**
 * Follows one case's stored evidence pages. The whole case is read when
 * following starts; after that, a write re-reads only the pages it touched
 * (one page for an edit, a tag or a new item: milliseconds, where a re-read of
 * a 100,000-item case takes over a second). Writes from any window are heard
 * (Dexie's storagemutated event). A write Dexie cannot pin to pages (50 or
 * more at once) reads the whole case again; so does the next try after a read
 * that failed (2 s later, then 4, 8… up to a minute), since what it missed is
 * unknown. Returns the function that stops following; nothing is read or
 * reported after it is called.
 */
export function followCasePages(db: ExpedienteDatabase, caseId: string, reader: CasePagesReader): () => void {
  const part = `idb://${db.name}/evidencePages/`;
  let pending: Changed | null = 'all';
  let isRunning = false;
  let isFirst = true;
  const started = performance.now();
  const stopping = new AbortController();
  const isStopped = () => stopping.signal.aborted;
  let retry: ReturnType<typeof setTimeout> | undefined;
  /** Failed reads in a row: each one doubles the wait before the next try. */
  let failures = 0;

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
      let applyMs: number;
      if (job === 'all') {
        applyMs = await reader.loadAll(stopping.signal);
        if (isStopped()) return;
      } else {
        // A few pages per step, as the whole read goes: an import names a hundred pages at once, and reading
        // 50,000 items in one go would hold up the page that follows them.
        const numbers = [...job];
        applyMs = 0;
        for (let at = 0; at < numbers.length; at += PAGES_PER_STEP) {
          const some = numbers.slice(at, at + PAGES_PER_STEP);
          const pages = await evidencePagesOf(db, caseId, some);
          if (isStopped()) return;
          const t0 = performance.now();
          reader.readPages(some.map((page, i) => ({ page, items: pages[i] })));
          applyMs += performance.now() - t0;
        }
      }
      reader.onRead({ readMs: isFirst ? performance.now() - started : null, applyMs });
      isFirst = false;
      failures = 0;
    } catch (error) {
      if (isStopped()) return;
      // Say so (the reader keeps what it had: those who wait for a first report must not wait forever), then read
      // the whole case again in a while: patching later pages onto a read that failed would leave the reader short.
      // A store that keeps failing is tried less and less often, not every few seconds for as long as the case is open.
      reader.onRead({ readMs: null, applyMs: 0, error });
      pending = 'all';
      retry = setTimeout(() => void run(), Math.min(RETRY_MS * 2 ** failures, MAX_RETRY_MS));
      failures += 1;
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
