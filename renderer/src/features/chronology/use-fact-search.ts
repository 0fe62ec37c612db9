import { useMemo, useRef } from 'react';
import type { Fact } from '@shared/domain/types';
import { TextIndex, toMatches, type SearchMatches } from '@shared/search/text-index';

/**
 * Full-text search over the chronology with the same folding and syntax as
 * the evidence register. A case has thousands of facts at most, so the index
 * lives on the page and is synced with every change to the list.
 */
export function useFactSearch(facts: readonly Fact[] | undefined, query: string): SearchMatches | null {
  const index = useRef<TextIndex<'number' | 'text'>>(null);
  index.current ??= new TextIndex(['number', 'text'] as const, { number: 3, text: 1 });
  const synced = useMemo(() => {
    index.current!.sync((facts ?? []).map((f) => ({ id: f.id, number: `Fact ${f.number}`, text: f.text })));
    return index.current!;
  }, [facts]);
  return useMemo(() => (query.trim() ? toMatches(synced.query(query)) : null), [synced, query]);
}
