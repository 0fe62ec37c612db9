import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { useParties } from '../parties/use-parties';
import { ChronologyFilters } from './ChronologyFilters';
import { FactFormDialog } from './FactFormDialog';
import { FactTable } from './FactTable';
import { useChronology } from './use-facts';

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
  const parties = useMemo(() => new Map((allParties ?? []).map((p) => [p.id, p])), [allParties]);
  const shown = useMemo(
    () => (chronology?.facts ?? []).filter((f) => (!status || f.status === status) && (!partyId || f.partyIds.includes(partyId))),
    [chronology, status, partyId],
  );
  if (!chronology || !allParties) return null;
  const total = chronology.facts.length;
  return (
    <div className="chronology">
      <div className="evidence__toolbar">
        <button type="button" className="button--primary" onClick={() => openDialog({ mode: 'create', evidenceId: null })}>{t('chronology.page.add')}</button>
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
        <FactTable caseId={caseId} facts={shown} exhibits={chronology.exhibits} parties={parties} />
      )}
      <FactFormDialog caseId={caseId} parties={allParties} />
    </div>
  );
}
