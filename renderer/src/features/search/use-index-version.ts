import { useEffect, useState } from 'react';
import type { SearchKind } from '@shared/search/case-results';
import { onSearchIndexed, openCaseSearch } from './search-client';

/**
 * Opens the case in the search worker and counts rebuilds of the given kinds'
 * indexes, so a query can run again when a write changed what it would find.
 */
export function useIndexVersion(caseId: string, kinds: readonly SearchKind[]): number {
  const [version, setVersion] = useState(0);
  const key = kinds.join(',');
  useEffect(() => {
    openCaseSearch(caseId);
    return onSearchIndexed((report) => {
      if (report.caseId === caseId && key.split(',').includes(report.kind)) setVersion((v) => v + 1);
    });
  }, [caseId, key]);
  return version;
}
