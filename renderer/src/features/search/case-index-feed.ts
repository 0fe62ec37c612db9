import { liveQuery } from 'dexie';
import { toArgumentDoc, toFactDoc, toFindingDocs } from '@shared/search/case-docs';
import type { CaseSearch } from '@shared/search/case-search';
import type { SearchKind } from '@shared/search/case-results';
import type { ExpedienteDatabase } from '../../db/database';
import { feedEvidence, type BuildBase } from './evidence-feed';

export interface IndexedReport {
  kind: SearchKind;
  /** Records in the kind's index. */
  size: number;
  /** Time from opening the case to the first read's end (the rebuild on start); null for later reads. */
  readMs: number | null;
  indexMs: number;
}

/**
 * Keeps a case's indexes in line with the database, from inside the worker:
 * each kind is read once when the case opens (the rebuild on start) and again
 * after every write to its table, in this page or another (Dexie's live
 * queries hear writes from every context of the origin); evidence re-reads
 * only the pages a write touched (evidence-feed.ts), its whole-case read done
 * by `buildBase` (a throwaway worker, in the app). Only records whose text
 * changed are re-indexed. Returns the unsubscribe function.
 */
export function feedCaseIndex(
  db: ExpedienteDatabase, caseId: string, search: CaseSearch, onIndexed: (report: IndexedReport) => void, buildBase?: BuildBase,
): () => void {
  const stopEvidence = feedEvidence(db, caseId, search.evidence, ({ readMs, indexMs, error }) => {
    if (error) console.error('search index of evidence', error);
    onIndexed({ kind: 'evidence', size: search.evidence.size, readMs, indexMs });
  }, buildBase);
  const feeds = [
    feed('facts', () => db.facts.where('caseId').equals(caseId).toArray(),
      (facts) => search.facts.sync(facts.filter((f) => f.archivedAt === null).map(toFactDoc))),
    feed('findings', () => db.expertReports.where('caseId').equals(caseId).toArray(),
      (reports) => search.findings.sync(reports.filter((r) => r.archivedAt === null).flatMap(toFindingDocs))),
    feed('arguments', () => db.arguments.where('caseId').equals(caseId).toArray(),
      (args) => search.arguments.sync(args.filter((a) => a.archivedAt === null).map(toArgumentDoc))),
  ];
  function feed<T>(kind: SearchKind, read: () => Promise<T[]>, sync: (records: T[]) => void) {
    const opened = performance.now();
    let isFirst = true;
    return liveQuery(read).subscribe({
      next: (records) => {
        const readMs = isFirst ? performance.now() - opened : null;
        isFirst = false;
        const t0 = performance.now();
        sync(records);
        onIndexed({ kind, size: search[kind].size, readMs, indexMs: performance.now() - t0 });
      },
      error: (error: unknown) => {
        // Say so and report the index as it stands: queries wait for every kind's first report, and must not wait forever.
        console.error(`search index of ${kind}`, error);
        onIndexed({ kind, size: search[kind].size, readMs: null, indexMs: 0 });
      },
    });
  }
  return () => {
    stopEvidence();
    feeds.forEach((f) => f.unsubscribe());
  };
}
