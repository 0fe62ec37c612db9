import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, FactStatus, LegalArgument, Party } from '@shared/domain/types';
import { factStatuses } from '@shared/chronology/fact-input';
import { ANY, NONE } from '@shared/chronology/fact-filter';
import { partyLabel } from '@shared/parties/pseudonym';
import { useUiStore } from '../../store/ui-store';

interface Props {
  parties: readonly Party[];
  issues: readonly LegalArgument[];
  /** The exhibits the facts cite, in exhibit order. */
  exhibits: readonly Pick<EvidenceItem, 'id' | 'exhibitNo' | 'title'>[];
  /** False where the view fixes the status ("Undisputed facts"). */
  hasStatus: boolean;
}

/** Status, party, issue and evidence filters; a protected party is offered by its pseudonym only. */
export function ChronologyFilters({ parties, issues, exhibits, hasStatus }: Props) {
  const { t } = useTranslation();
  const ids = { status: useId(), party: useId(), issue: useId(), evidence: useId() };
  const status = useUiStore((s) => s.factStatusFilter);
  const party = useUiStore((s) => s.factPartyFilter);
  const issue = useUiStore((s) => s.factIssueFilter);
  const evidence = useUiStore((s) => s.factEvidenceFilter);
  const setStatus = useUiStore((s) => s.setFactStatusFilter);
  const setParty = useUiStore((s) => s.setFactPartyFilter);
  const setIssue = useUiStore((s) => s.setFactIssueFilter);
  const setEvidence = useUiStore((s) => s.setFactEvidenceFilter);
  return (
    <div role="group" aria-label={t('chronology.filter.label')} className="filter-bar__controls">
      {hasStatus && <>
        <label htmlFor={ids.status}>{t('chronology.filter.status')}</label>
        <select id={ids.status} value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as FactStatus | null)}>
          <option value="">{t('chronology.filter.all')}</option>
          {factStatuses.map((s) => <option key={s} value={s}>{t(`chronology.statuses.${s}`)}</option>)}
        </select>
      </>}
      <label htmlFor={ids.party}>{t('chronology.filter.party')}</label>
      <select id={ids.party} value={party ?? ''} onChange={(e) => setParty(e.target.value || null)}>
        <option value="">{t('chronology.filter.allParties')}</option>
        {parties.map((p) => <option key={p.id} value={p.id}>{partyLabel(p)}</option>)}
      </select>
      <label htmlFor={ids.issue}>{t('chronology.filter.issue')}</label>
      <select id={ids.issue} value={issue ?? ''} onChange={(e) => setIssue(e.target.value || null)}>
        <option value="">{t('chronology.filter.allIssues')}</option>
        {issues.map((a) => <option key={a.id} value={a.id}>{a.heading}</option>)}
        <option value={NONE}>{t('chronology.filter.noIssue')}</option>
      </select>
      <label htmlFor={ids.evidence}>{t('chronology.filter.evidence')}</label>
      <select id={ids.evidence} value={evidence ?? ''} onChange={(e) => setEvidence(e.target.value || null)}>
        <option value="">{t('chronology.filter.allEvidence')}</option>
        <option value={ANY}>{t('chronology.filter.anyEvidence')}</option>
        <option value={NONE}>{t('chronology.filter.noEvidence')}</option>
        {exhibits.map((e) => <option key={e.id} value={e.id}>{e.exhibitNo}</option>)}
      </select>
    </div>
  );
}
