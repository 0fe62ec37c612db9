import type { SearchDoc, SearchMatches } from '@shared/search/evidence-index';
import type { SearchRequest, SearchResponse } from './search-protocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (matches: SearchMatches) => void>();
const syncWaiters: ((size: number) => void)[] = [];

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'expediente-search' });
  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type === 'synced') syncWaiters.shift()?.(message.size);
    else {
      pending.get(message.id)?.(message.matches);
      pending.delete(message.id);
    }
  });
  return worker;
}

/** Brings the worker's index in line with these documents (only changed ones are re-indexed). */
export function syncSearchIndex(docs: SearchDoc[]): Promise<number> {
  return new Promise((resolve) => {
    syncWaiters.push(resolve);
    getWorker().postMessage({ type: 'sync', docs } satisfies SearchRequest);
  });
}

/** Runs after any pending sync: the worker handles messages in order. */
export function searchEvidence(text: string): Promise<SearchMatches> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage({ type: 'query', id, text } satisfies SearchRequest);
  });
}
