import { toSearchDoc, type EvidenceIndex, type SearchDoc } from '@shared/search/evidence-index';
import type { ExpedienteDatabase } from '../../db/database';
import { followCasePages } from '../../db/follow-case-pages';

/**
 * Keeps the evidence index in line with the case's stored pages: built from
 * the whole case when it opens, then patched with the pages each write
 * touched (see followCasePages). Reports after each read.
 */
export function feedEvidence(
  db: ExpedienteDatabase, caseId: string, index: EvidenceIndex,
  onRead: (report: { readMs: number | null; indexMs: number; error?: unknown }) => void,
): () => void {
  /** Ids on each stored page as last read: what a page's re-read is compared with to find removed items. */
  let idsOfPage = new Map<number, string[]>();
  return followCasePages(db, caseId, {
    readAll() {
      // Each step's items become search docs at once: the whole case's items are never held together.
      const docs: SearchDoc[] = [];
      const layout = new Map<number, string[]>();
      return {
        step(pages) {
          for (const { page, items } of pages) {
            layout.set(page, items.map((item) => item.id));
            for (const item of items) docs.push(toSearchDoc(item));
          }
        },
        finish() {
          idsOfPage = layout;
          index.sync(docs);
        },
      };
    },
    readPages(pages) {
      const docs: SearchDoc[] = [];
      const gone = new Set<string>();
      for (const { page, items } of pages) {
        for (const id of idsOfPage.get(page) ?? []) gone.add(id);
        if (items) idsOfPage.set(page, items.map((item) => item.id));
        else idsOfPage.delete(page);
      }
      for (const { items } of pages) for (const item of items ?? []) { gone.delete(item.id); docs.push(toSearchDoc(item)); }
      if (gone.size > 0) {
        // An item that left a re-read page for a page read earlier is still in the case.
        const reRead = new Set(pages.map((p) => p.page));
        for (const [n, ids] of idsOfPage) if (!reRead.has(n)) for (const id of ids) gone.delete(id);
      }
      index.patch(docs, gone);
    },
    onRead: ({ readMs, applyMs, error }) => onRead({ readMs, indexMs: applyMs, error }),
  });
}
