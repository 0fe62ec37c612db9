import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { useParties } from '../parties/use-parties';
import { ChronologyFilters } from './ChronologyFilters';
import { ChronologyViewBar } from './ChronologyViewBar';
import { FactDetail } from './FactDetail';
import { FactFormDialog } from './FactFormDialog';
import { FactsByIssue } from './FactsByIssue';
import { FactTable } from './FactTable';
import { FactTimeline } from './timeline/FactTimeline';
import { useIssues } from './use-arguments';
import { useChronology } from './use-facts';
import { useFactSearch } from './use-fact-search';
import { useShownFacts } from './use-shown-facts';
import { sortFacts } from '@shared/chronology/fact-sort';
import { SearchTermsContext } from '../search/search-terms-context';

/** The case's facts in date order: ready-made views, filters, a table or a timeline, and the fact opened. */
export function ChronologyPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const chronology = useChronology(caseId);
  const allParties = useParties(caseId);
  const issues = useIssues(caseId);
  const openDialog = useUiStore((s) => s.openFactDialog);
  const view = useUiStore((s) => s.factView);
  const display = useUiStore((s) => s.factDisplay);
  const openFactId = useUiStore((s) => s.openFactId);
  const sort = useUiStore((s) => s.factSort);
  useResetOnCaseChange(caseId);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const matches = useFactSearch(chronology?.facts, query);
  const parties = useMemo(() => new Map((allParties ?? []).map((p) => [p.id, p])), [allParties]);
  const filtered = useShownFacts(chronology?.facts, issues, matches?.ids ?? null);
  const shown = useMemo(() => sortFacts(filtered, sort), [filtered, sort]);
  const citedExhibits = useMemo(() => [...(chronology?.exhibits.values() ?? [])].sort((a, b) => a.exhibitNo.localeCompare(b.exhibitNo)), [chronology]);
  if (!chronology || !allParties || !issues) return null;
  const total = chronology.facts.length;
  const openFact = chronology.facts.find((f) => f.id === openFactId) ?? null;
  const tableProps = { caseId, exhibits: chronology.exhibits, parties };
  const isDateOrder = sort.column === 'date' && sort.direction === 'asc';
  const caption = !isDateOrder ? t(`chronology.sort.caption.${sort.column}`) : view === 'undisputed' ? t('chronology.page.undisputedCaption') : undefined;
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
        {total > 0 && <ChronologyViewBar />}
      </div>
      {total > 0 && (
        <div className="evidence__toolbar">
          <ChronologyFilters parties={allParties.filter((p) => p.archivedAt === null)} issues={issues} exhibits={citedExhibits} hasStatus={view !== 'undisputed'} />
          <span className="muted" aria-live="polite">
            {shown.length === total ? t('chronology.page.count', { count: total }) : t('chronology.page.countOf', { shown: shown.length, total })}
          </span>
        </div>
      )}
      {total === 0 ? (
        <EmptyState headingLevel={3} title={t('workspace.empty.chronology.title')} body={t('workspace.empty.chronology.body')} />
      ) : shown.length === 0 ? (
        <EmptyState headingLevel={3} title={t('chronology.page.noMatchTitle')} body={t('chronology.page.noMatchBody')} />
      ) : view === 'by-issue' ? (
        <SearchTermsContext.Provider value={matches?.terms ?? []}>
          <FactsByIssue {...tableProps} facts={shown} issues={issues} />
        </SearchTermsContext.Provider>
      ) : display === 'timeline' ? (
        <FactTimeline facts={filtered} />
      ) : (
        <SearchTermsContext.Provider value={matches?.terms ?? []}>
          <FactTable {...tableProps} facts={shown} caption={caption} />
        </SearchTermsContext.Provider>
      )}
      {openFact && <FactDetail key={openFact.id} {...tableProps} fact={openFact} issues={issues} />}
      <FactFormDialog caseId={caseId} parties={allParties} />
    </div>
  );
}

/** Filters, the view and the open fact belong to the case they were set in. */
function useResetOnCaseChange(caseId: string): void {
  const reset = useUiStore((s) => s.resetChronologyView);
  useEffect(() => () => reset(), [caseId, reset]);
}
