import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { useParties } from '../parties/use-parties';
import { ChronologyFilters } from './ChronologyFilters';
import { FactFormDialog } from './FactFormDialog';
import { FactTable } from './FactTable';
import { useChronology } from './use-facts';
import { useFactSearch } from './use-fact-search';
import { SearchTermsContext } from '../search/search-terms-context';

/** The case's facts in date order, filterable by status and party. */
export function ChronologyPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const chronology = useChronology(caseId);
  const allParties = useParties(caseId);
  const openDialog = useUiStore((s) => s.openFactDialog);
  const status = useUiStore((s) => s.factStatusFilter);
  const partyId = useUiStore((s) => s.factPartyFilter);
  const setStatus = useUiStore((s) => s.setFactStatusFilter);
  const setParty = useUiStore((s) => s.setFactPartyFilter);
  // Filters belong to the case they were set in.
  useEffect(() => () => { setStatus(null); setParty(null); }, [caseId, setStatus, setParty]);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const matches = useFactSearch(chronology?.facts, query);
  const parties = useMemo(() => new Map((allParties ?? []).map((p) => [p.id, p])), [allParties]);
  const shown = useMemo(
    () => {
      const hits = matches ? new Set(matches.ids) : null;
      return (chronology?.facts ?? []).filter(
        (f) => (!status || f.status === status) && (!partyId || f.partyIds.includes(partyId)) && (!hits || hits.has(f.id)),
      );
    },
    [chronology, status, partyId, matches],
  );
  if (!chronology || !allParties) return null;
  const total = chronology.facts.length;
  return (
    <div className="chronology">
      <div className="evidence__toolbar">
        <button type="button" className="button--primary" onClick={() => openDialog({ mode: 'create', evidenceId: null })}>{t('chronology.page.add')}</button>
        {total > 0 && (
          <span className="search-box" role="search" aria-label={t('chronology.page.search')}>
            <label htmlFor={searchId}>{t('chronology.page.search')}</label>
            <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </span>
        )}
        {total > 0 && <ChronologyFilters parties={allParties.filter((p) => p.archivedAt === null)} />}
        <span className="muted" aria-live="polite">
          {shown.length === total ? t('chronology.page.count', { count: total }) : t('chronology.page.countOf', { shown: shown.length, total })}
        </span>
      </div>
      {total === 0 ? (
        <EmptyState headingLevel={3} title={t('workspace.empty.chronology.title')} body={t('workspace.empty.chronology.body')} />
      ) : shown.length === 0 ? (
        <EmptyState headingLevel={3} title={t('chronology.page.noMatchTitle')} body={t('chronology.page.noMatchBody')} />
      ) : (
        <SearchTermsContext.Provider value={matches?.terms ?? []}>
          <FactTable caseId={caseId} facts={shown} exhibits={chronology.exhibits} parties={parties} />
        </SearchTermsContext.Provider>
      )}
      <FactFormDialog caseId={caseId} parties={allParties} />
    </div>
  );
}
