import type { FuzzyDate } from '../domain/types';

/** The parts of a case that case-wide search looks in, in the order results are shown. */
export const searchKinds = ['evidence', 'facts', 'findings', 'arguments'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** One result, with what its label needs and the text around the match. */
export type CaseSearchResult =
  | { kind: 'evidence'; id: string; exhibitNo: string; title: string; snippet: string | null }
  | { kind: 'facts'; id: string; number: number; date: FuzzyDate; snippet: string | null }
  | { kind: 'findings'; id: string; reportId: string; report: string; findingNo: number | null; snippet: string | null }
  | { kind: 'arguments'; id: string; heading: string; snippet: string | null };

export interface CaseSearchGroup {
  kind: SearchKind;
  /** Every match of this kind; only the best few are in results. */
  total: number;
  results: CaseSearchResult[];
}

export interface CaseSearchResponse {
  groups: CaseSearchGroup[];
  /** Folded words that matched, for highlighting. */
  terms: string[];
}
