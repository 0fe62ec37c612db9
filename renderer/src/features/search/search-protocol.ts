import type { SearchDoc, SearchMatches } from '@shared/search/evidence-index';

/** Messages between the page and the search worker. */
export type SearchRequest = { type: 'sync'; docs: SearchDoc[] } | { type: 'query'; id: number; text: string };

export type SearchResponse =
  | { type: 'synced'; size: number; ms: number }
  | { type: 'result'; id: number; matches: SearchMatches; ms: number };
