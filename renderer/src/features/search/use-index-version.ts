import { useEffect, useState } from 'react';
import type { SearchKind } from '@shared/search/case-results';
import { onSearchIndexed } from './search-client';

/**
 * Counts rebuilds of the given kinds' indexes, so a query can run again when
 * a write changed what it would find. (A query opens the case in the worker
 * if the workspace has not yet.)
 */
export function useIndexVersion(caseId: string, kinds: readonly SearchKind[]): number {
  const [version, setVersion] = useState(0);
  const key = kinds.join(',');
  useEffect(
    () => onSearchIndexed((report) => {
      if (report.caseId === caseId && key.split(',').includes(report.kind)) setVersion((v) => v + 1);
    }),
    [caseId, key],
  );
  return version;
}
