import { toSearchDoc, type EvidenceIndex, type SearchDoc } from '@shared/search/evidence-index';
import { lowerBound } from '@shared/search/lower-bound';
import type { ExpedienteDatabase } from '../../db/database';
import { followCasePages } from '../../db/follow-case-pages';
import { readEvidenceBase, type EvidenceBase } from './evidence-base';

/** Builds the whole case's frozen evidence index: here by default, in a throwaway worker from the search worker. */
export type BuildBase = (db: ExpedienteDatabase, caseId: string, signal: AbortSignal) => Promise<EvidenceBase>;

/**
 * Keeps the evidence index in line with the case's stored pages: a frozen
 * base built from the whole case when it opens (or after a write too large
 * to pin to pages), then the pages each write touched put on top (see
 * followCasePages and layered-index.ts). Reports after each read.
 */
export function feedEvidence(
  db: ExpedienteDatabase, caseId: string, index: EvidenceIndex,
  onRead: (report: { readMs: number | null; indexMs: number; error?: unknown }) => void,
  buildBase: BuildBase = readEvidenceBase,
): () => void {
  /** The page each of the base's records was read from (by record number). */
  let pageOf: Uint32Array = new Uint32Array(0);
  /** Ids on each page re-read since the base was built ([] for a page gone): they stand for the base's. And the page of each. */
  const pagesOnTop = new Map<number, string[]>();
  const pageOnTop = new Map<string, number>();

  /** The base's records from that page: a run, since pages are read in order. */
  const baseIdsOn = (page: number): string[] => {
    const ids: string[] = [];
    for (let n = lowerBound(pageOf.length, (at) => pageOf[at]!, page); n < pageOf.length && pageOf[n] === page; n += 1) ids.push(index.baseId(n));
    return ids;
  };
  const idsOn = (page: number) => pagesOnTop.get(page) ?? baseIdsOn(page);
  /** Whether the item is on a page other than these, as last read. */
  const isElsewhere = (id: string, pages: ReadonlySet<number>): boolean => {
    const top = pageOnTop.get(id);
    if (top !== undefined && !pages.has(top) && pagesOnTop.get(top)!.includes(id)) return true;
    const n = index.baseNumberOf(id);
    if (n < 0) return false;
    const page = pageOf[n]!;
    return !pages.has(page) && !pagesOnTop.has(page);
  };

  return followCasePages(db, caseId, {
    async loadAll(signal) {
      const built = await buildBase(db, caseId, signal);
      if (signal.aborted) return 0;
      const t0 = performance.now();
      index.setBase(built.parts);
      pageOf = built.pageOf;
      pagesOnTop.clear();
      pageOnTop.clear();
      return built.buildMs + performance.now() - t0;
    },
    readPages(pages) {
      const docs: SearchDoc[] = [];
      const gone = new Set<string>();
      for (const { page, items } of pages) {
        for (const id of idsOn(page)) gone.add(id);
        const ids = (items ?? []).map((item) => item.id);
        pagesOnTop.set(page, ids);
        for (const id of ids) pageOnTop.set(id, page);
      }
      for (const { items } of pages) for (const item of items ?? []) { gone.delete(item.id); docs.push(toSearchDoc(item)); }
      // An item that left a re-read page for a page read earlier is still in the case.
      const reRead = new Set(pages.map((p) => p.page));
      for (const id of gone) if (isElsewhere(id, reRead)) gone.delete(id);
      index.patch(docs, gone);
    },
    onRead: ({ readMs, applyMs, error }) => onRead({ readMs, indexMs: applyMs, error }),
  });
}

