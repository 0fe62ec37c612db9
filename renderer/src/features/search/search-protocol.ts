import type { CaseSearchResponse, SearchKind } from '@shared/search/case-results';

/** Messages between the page and the search worker. */
export type SearchRequest =
  | { type: 'open'; caseId: string }
  | { type: 'query'; caseId: string; id: number; text: string }
  | { type: 'case-query'; caseId: string; id: number; text: string; limit: number };

export type SearchResponse =
  /** A kind's index was (re)built after the case was opened or its records were written. */
  | { type: 'indexed'; caseId: string; kind: SearchKind; size: number; readMs: number | null; indexMs: number }
  /** Ids joined by newlines: one string crosses to the page far faster than an array of 30,000. */
  | { type: 'result'; id: number; ids: string; terms: string[]; ms: number }
  | { type: 'case-result'; id: number; response: CaseSearchResponse; ms: number }
  /** The query could not be answered (the page says so rather than waiting for ever or showing "no match"). */
  | { type: 'failed'; id: number; error: string };
