import { useEffect, useState } from 'react';
import { searchKinds, type CaseSearchResponse } from '@shared/search/case-results';
import { searchCase } from './search-client';
import { useIndexVersion } from './use-index-version';

/** Results shown per kind; the group says how many more there are. */
export const RESULTS_PER_KIND = 5;

export interface CaseSearchState {
  /** null while there is no query. */
  response: CaseSearchResponse | null;
  isSearching: boolean;
  /** The last query could not be answered. */
  hasFailed: boolean;
}

/**
 * Case-wide search: the best matches of each kind. Runs again when a write
 * changes any index, so an edited fact shows its new words without a reload.
 */
export function useCaseSearch(caseId: string, query: string): CaseSearchState {
  const indexVersion = useIndexVersion(caseId, searchKinds);
  const [state, setState] = useState<CaseSearchState>({ response: null, isSearching: false, hasFailed: false });
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setState({ response: null, isSearching: false, hasFailed: false });
      return;
    }
    let isCurrent = true;
    setState((s) => ({ ...s, isSearching: true }));
    searchCase(caseId, text, RESULTS_PER_KIND).then(
      (response) => {
        if (isCurrent) setState({ response, isSearching: false, hasFailed: false });
      },
      () => {
        if (isCurrent) setState({ response: null, isSearching: false, hasFailed: true });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [caseId, query, indexVersion]);
  return state;
}
