import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactStatus, Party } from '@shared/domain/types';
import { factStatuses } from '@shared/chronology/fact-input';
import { partyLabel } from '@shared/parties/pseudonym';
import { useUiStore } from '../../store/ui-store';

/** Status and party filters; a protected party is offered by its pseudonym only. */
export function ChronologyFilters({ parties }: { parties: readonly Party[] }) {
  const { t } = useTranslation();
  const statusId = useId();
  const partyId = useId();
  const status = useUiStore((s) => s.factStatusFilter);
  const party = useUiStore((s) => s.factPartyFilter);
  const setStatus = useUiStore((s) => s.setFactStatusFilter);
  const setParty = useUiStore((s) => s.setFactPartyFilter);
  return (
    <div role="group" aria-label={t('chronology.filter.label')} className="filter-bar__controls">
      <label htmlFor={statusId}>{t('chronology.filter.status')}</label>
      <select id={statusId} value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as FactStatus | null)}>
        <option value="">{t('chronology.filter.all')}</option>
        {factStatuses.map((s) => <option key={s} value={s}>{t(`chronology.statuses.${s}`)}</option>)}
      </select>
      <label htmlFor={partyId}>{t('chronology.filter.party')}</label>
      <select id={partyId} value={party ?? ''} onChange={(e) => setParty(e.target.value || null)}>
        <option value="">{t('chronology.filter.allParties')}</option>
        {parties.map((p) => <option key={p.id} value={p.id}>{partyLabel(p)}</option>)}
      </select>
    </div>
  );
}
