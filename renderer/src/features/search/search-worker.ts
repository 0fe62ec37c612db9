import { CaseSearch } from '@shared/search/case-search';
import { searchKinds, type SearchKind } from '@shared/search/case-results';
import { DATABASE_NAME, ExpedienteDatabase } from '../../db/database';
import { feedCaseIndex } from './case-index-feed';
import { buildEvidenceBase } from './evidence-base-client';
import type { SearchRequest, SearchResponse } from './search-protocol';

/**
 * Holds the full-text indexes of the open case off the main thread, reading
 * the case from the database itself: building them for 100,000 items takes
 * seconds and must not freeze the page, nor copy every record across. The
 * evidence index of the whole case is built by short-lived workers, a part
 * each, and kept here frozen (evidence-base-client.ts): the build's garbage
 * leaves with them.
 */
// No query cache here: the indexes keep their own copy of the searched text, and a second cached copy of 100,000 items is memory for nothing.
const db = new ExpedienteDatabase(DATABASE_NAME, { cache: 'disabled' });
const post = (message: SearchResponse) => self.postMessage(message);

let open: { caseId: string; search: CaseSearch; ready: Promise<void>; close(): void } | null = null;

function openCase(caseId: string) {
  if (open?.caseId === caseId) return;
  open?.close();
  const search = new CaseSearch();
  const pending = new Set<SearchKind>(searchKinds);
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const close = feedCaseIndex(db, caseId, search, (report) => {
    pending.delete(report.kind);
    if (pending.size === 0) markReady();
    post({ type: 'indexed', caseId, ...report });
  }, buildEvidenceBase);
  open = { caseId, search, ready, close };
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  openCase(request.caseId);
  if (request.type === 'open') return;
  const current = open!;
  // Queries wait for the first build: an empty index would answer "no match" for a case that has them.
  void current.ready.then(() => {
    const t0 = performance.now();
    try {
      if (request.type === 'query') {
        // Ids and one list of words, not a record per hit: a common word can match 100,000 items.
        const { ids, terms } = current.search.evidence.matchAll(request.text);
        post({ type: 'result', id: request.id, ids: ids.join('\n'), terms, ms: performance.now() - t0 });
      } else {
        post({ type: 'case-result', id: request.id, response: current.search.query(request.text, request.limit), ms: performance.now() - t0 });
      }
    } catch (error) {
      post({ type: 'failed', id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
