import { useTranslation } from 'react-i18next';
import { Highlight } from '../search/Highlight';
import { useSearchTerms } from '../search/search-terms-context';
import type { Fact, Party } from '@shared/domain/types';
import { formatFuzzyDate, formatSortNote } from '@shared/chronology/format-fuzzy-date';
import { partyLabel } from '@shared/parties/pseudonym';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { displayLocale } from '../../i18n/format-date';
import { useUiStore } from '../../store/ui-store';
import { setFactArchived } from './data/fact-commands';
import { ExhibitLink } from './ExhibitLink';
import { SortableHeader } from './SortableHeader';
import type { Chronology } from './use-facts';

interface Props {
  caseId: string;
  facts: readonly Fact[];
  exhibits: Chronology['exhibits'];
  parties: ReadonlyMap<string, Party>;
  /** Names the table; "Facts in date order" unless a view says otherwise. */
  caption?: string;
}

export function FactTable({ caseId, facts, exhibits, parties, caption }: Props) {
  const { t } = useTranslation();
  return (
    <table className="case-table fact-table">
      <caption>{caption ?? t('chronology.page.tableCaption')}</caption>
      <thead>
        <tr>
          <SortableHeader column="number" label={t('chronology.columns.number')} />
          <SortableHeader column="date" label={t('chronology.columns.date')} />
          <th scope="col">{t('chronology.columns.text')}</th>
          <SortableHeader column="status" label={t('chronology.columns.status')} />
          <th scope="col">{t('chronology.columns.evidence')}</th>
          <th scope="col">{t('chronology.columns.parties')}</th>
          <th scope="col" className="case-table__actions">{t('chronology.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((fact) => <FactRow key={fact.id} caseId={caseId} fact={fact} exhibits={exhibits} parties={parties} />)}
      </tbody>
    </table>
  );
}

function FactRow({ caseId, fact, exhibits, parties }: Omit<Props, 'facts' | 'caption'> & { fact: Fact }) {
  const { t, i18n } = useTranslation();
  const openDialog = useUiStore((s) => s.openFactDialog);
  const announce = useUiStore((s) => s.announce);
  const locale = displayLocale(i18n.language);
  const sortNote = formatSortNote(fact.date, locale);
  const terms = useSearchTerms();
  const archive = async () => {
    const ok = await withStorageErrors(() => setFactArchived(db, fact.id, true).then(() => true));
    if (ok) announce(t('chronology.actions.archived', { number: fact.number }));
  };
  const linkedParties = fact.partyIds.flatMap((id) => { const p = parties.get(id); return p ? [partyLabel(p)] : []; });
  return (
    <tr className={fact.materiality === 'yes' ? 'fact-table__material' : undefined}>
      <th scope="row" className="fact-table__number">{t('chronology.factNumber', { number: fact.number })}</th>
      <td className="fact-table__date">
        {formatFuzzyDate(fact.date, locale)}
        {sortNote && <span className="case-table__short">{sortNote}</span>}
      </td>
      <td className="fact-table__text"><Highlight text={fact.text} terms={terms} /></td>
      <td>
        {t(`chronology.statuses.${fact.status}`)}
        <span className="case-table__short">{t(`chronology.materialities.${fact.materiality}`)}</span>
      </td>
      <td>
        <ul className="inline-list">
          {fact.evidence.map((pin, i) => {
            const item = exhibits.get(pin.evidenceId);
            return item ? <li key={`${pin.evidenceId}-${i}`}><ExhibitLink caseId={caseId} pin={pin} exhibitNo={item.exhibitNo} title={item.title} /></li> : null;
          })}
        </ul>
      </td>
      <td>{linkedParties.join(', ')}</td>
      <td className="case-table__actions">
        <button type="button" aria-label={t('chronology.actions.editFact', { number: fact.number })} onClick={() => openDialog({ mode: 'edit', factId: fact.id })}>
          {t('chronology.actions.edit')}
        </button>
        <button type="button" aria-label={t('chronology.actions.archiveFact', { number: fact.number })} onClick={() => void archive()}>
          {t('chronology.actions.archive')}
        </button>
      </td>
    </tr>
  );
}
