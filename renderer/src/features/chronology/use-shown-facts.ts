import { useMemo } from 'react';
import type { Fact, LegalArgument } from '@shared/domain/types';
import { matchesFactFilter } from '@shared/chronology/fact-filter';
import { useUiStore } from '../../store/ui-store';

/** The facts the chronology shows: the view's own rule, then the filters, then the search hits (if searching). */
export function useShownFacts(facts: readonly Fact[] | undefined, issues: readonly LegalArgument[] | undefined, hits: readonly string[] | null): Fact[] {
  const view = useUiStore((s) => s.factView);
  const status = useUiStore((s) => s.factStatusFilter);
  const partyId = useUiStore((s) => s.factPartyFilter);
  const argumentId = useUiStore((s) => s.factIssueFilter);
  const evidence = useUiStore((s) => s.factEvidenceFilter);
  return useMemo(() => {
    const hitSet = hits ? new Set(hits) : null;
    const current = new Set((issues ?? []).map((a) => a.id));
    const filter = { status: view === 'undisputed' ? 'undisputed' as const : status, partyId, argumentId, evidence };
    return (facts ?? []).filter((f) => matchesFactFilter(f, filter, current) && (!hitSet || hitSet.has(f.id)));
  }, [facts, issues, hits, view, status, partyId, argumentId, evidence]);
}
