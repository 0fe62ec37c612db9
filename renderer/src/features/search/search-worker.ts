import { EvidenceIndex, toMatches } from '@shared/search/evidence-index';
import type { SearchRequest, SearchResponse } from './search-protocol';

/**
 * Holds the full-text index of the open case off the main thread: building
 * it for 100,000 items takes seconds and must not freeze the page.
 */
const index = new EvidenceIndex();
const post = (message: SearchResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  const t0 = performance.now();
  if (request.type === 'sync') {
    index.sync(request.docs);
    post({ type: 'synced', size: index.size, ms: performance.now() - t0 });
  } else {
    // Ids and one list of words, not a record per hit: a common word can match 100,000 items.
    const matches = toMatches(index.query(request.text));
    post({ type: 'result', id: request.id, matches, ms: performance.now() - t0 });
  }
});
