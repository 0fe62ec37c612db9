import type { CaseSearchResponse, SearchKind } from '@shared/search/case-results';
import type { SearchMatches } from '@shared/search/text-index';

/** Messages between the page and the search worker. */
export type SearchRequest =
  | { type: 'open'; caseId: string }
  | { type: 'query'; caseId: string; id: number; text: string }
  | { type: 'case-query'; caseId: string; id: number; text: string; limit: number };

export type SearchResponse =
  /** A kind's index was (re)built after the case was opened or its records were written. */
  | { type: 'indexed'; caseId: string; kind: SearchKind; size: number; readMs: number | null; indexMs: number }
  | { type: 'result'; id: number; matches: SearchMatches; ms: number }
  | { type: 'case-result'; id: number; response: CaseSearchResponse; ms: number };
