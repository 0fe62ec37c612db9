import { useEffect, useState } from 'react';
import type { SearchMatches } from '@shared/search/text-index';
import { searchEvidence } from './search-client';
import { useIndexVersion } from './use-index-version';

export interface SearchState {
  /** Matching item ids, or null when there is no query. */
  hitIds: ReadonlySet<string> | null;
  /** Folded words that matched, for highlighting. */
  terms: readonly string[];
  isSearching: boolean;
  /** The last query could not be answered: the list is shown unfiltered and the box says so. */
  hasFailed: boolean;
}

const EVIDENCE = ['evidence'] as const;

/**
 * The register's full-text filter. The worker keeps the case's evidence index
 * in step with the database; after every write that changed it, the query
 * runs again.
 */
export function useSearch(caseId: string, query: string): SearchState {
  const indexVersion = useIndexVersion(caseId, EVIDENCE);
  const [state, setState] = useState<SearchState>({ hitIds: null, terms: [], isSearching: false, hasFailed: false });

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setState({ hitIds: null, terms: [], isSearching: false, hasFailed: false });
      return;
    }
    let isCurrent = true;
    setState((s) => ({ ...s, isSearching: true }));
    searchEvidence(caseId, text).then(
      (matches: SearchMatches) => {
        if (isCurrent) setState({ hitIds: new Set(matches.ids), terms: matches.terms, isSearching: false, hasFailed: false });
      },
      () => {
        if (isCurrent) setState({ hitIds: null, terms: [], isSearching: false, hasFailed: true });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [caseId, query, indexVersion]);

  return state;
}
