import type { CaseSearchResponse } from '@shared/search/case-results';
import type { SearchMatches } from '@shared/search/text-index';
import type { SearchRequest, SearchResponse } from './search-protocol';

type Indexed = Extract<SearchResponse, { type: 'indexed' }>;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (message: SearchResponse) => void>();
const indexListeners = new Set<(report: Indexed) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'expediente-search' });
  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type === 'indexed') indexListeners.forEach((listener) => listener(message));
    else {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }
  });
  return worker;
}

/** Has the worker build the case's indexes from the database (no-op if that case is already open there). */
export function openCaseSearch(caseId: string): void {
  getWorker().postMessage({ type: 'open', caseId } satisfies SearchRequest);
}

/** Called whenever one kind's index was rebuilt after a write (or the first build); returns the unsubscribe function. */
export function onSearchIndexed(listener: (report: Indexed) => void): () => void {
  indexListeners.add(listener);
  return () => indexListeners.delete(listener);
}

function ask(request: Extract<SearchRequest, { id: number }>): Promise<SearchResponse> {
  return new Promise((resolve) => {
    pending.set(request.id, resolve);
    getWorker().postMessage(request);
  });
}

/** Every evidence item of the case matching the text (the register's filter). */
export async function searchEvidence(caseId: string, text: string): Promise<SearchMatches> {
  const message = await ask({ type: 'query', caseId, id: nextId++, text });
  if (message.type === 'failed') throw new Error(message.error);
  if (message.type !== 'result') return { ids: [], terms: [] };
  return { ids: message.ids ? message.ids.split('\n') : [], terms: message.terms };
}

/** The best few matches of each kind across the case, with snippets. */
export async function searchCase(caseId: string, text: string, limit: number): Promise<CaseSearchResponse> {
  const message = await ask({ type: 'case-query', caseId, id: nextId++, text, limit });
  if (message.type === 'failed') throw new Error(message.error);
  return message.type === 'case-result' ? message.response : { groups: [], terms: [] };
}
