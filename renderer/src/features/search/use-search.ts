import { useEffect, useState } from 'react';
import type { EvidenceItem } from '@shared/domain/types';
import { toSearchDoc, type SearchMatches } from '@shared/search/evidence-index';
import { searchEvidence, syncSearchIndex } from './search-client';

export interface SearchState {
  /** Matching item ids, or null when there is no query. */
  hitIds: ReadonlySet<string> | null;
  /** Folded words that matched, for highlighting. */
  terms: readonly string[];
  isSearching: boolean;
}

/**
 * Keeps the worker's index in step with the loaded register (after every
 * write the live query delivers a new list; only changed items are
 * re-indexed) and runs the query against it.
 */
export function useSearch(items: readonly EvidenceItem[] | undefined, query: string): SearchState {
  const [indexVersion, setIndexVersion] = useState(0);
  const [state, setState] = useState<SearchState>({ hitIds: null, terms: [], isSearching: false });

  useEffect(() => {
    if (!items) return;
    let isCurrent = true;
    void syncSearchIndex(items.map(toSearchDoc)).then(() => isCurrent && setIndexVersion((v) => v + 1));
    return () => {
      isCurrent = false;
    };
  }, [items]);

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setState({ hitIds: null, terms: [], isSearching: false });
      return;
    }
    let isCurrent = true;
    setState((s) => ({ ...s, isSearching: true }));
    void searchEvidence(text).then((matches: SearchMatches) => {
      if (isCurrent) setState({ hitIds: new Set(matches.ids), terms: matches.terms, isSearching: false });
    });
    return () => {
      isCurrent = false;
    };
  }, [query, indexVersion]);

  return state;
}
