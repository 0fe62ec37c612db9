import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact, LegalArgument, Party } from '@shared/domain/types';
import { formatFuzzyDate, formatSortNote } from '@shared/chronology/format-fuzzy-date';
import { partyLabel } from '@shared/parties/pseudonym';
import { displayLocale } from '../../i18n/format-date';
import { useUiStore } from '../../store/ui-store';
import { ExhibitLink } from './ExhibitLink';
import type { Chronology } from './use-facts';

interface Props {
  caseId: string;
  fact: Fact;
  exhibits: Chronology['exhibits'];
  parties: ReadonlyMap<string, Party>;
  issues: readonly LegalArgument[];
}

/** One fact opened: its date, status, text, and the exhibits it rests on, each a link to the evidence item. */
export function FactDetail({ caseId, fact, exhibits, parties, issues }: Props) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const setOpenFact = useUiStore((s) => s.setOpenFact);
  const openDialog = useUiStore((s) => s.openFactDialog);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [fact.id]);
  const none = <span className="muted">{t('chronology.detail.none')}</span>;
  const sortNote = formatSortNote(fact.date, locale);
  const linkedParties = fact.partyIds.flatMap((id) => { const p = parties.get(id); return p ? [partyLabel(p)] : []; });
  const linkedIssues = issues.filter((a) => fact.argumentIds.includes(a.id)).map((a) => a.heading);
  return (
    <article className="detail fact-detail" aria-labelledby={headingId}>
      <div className="detail__header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>{t('chronology.factNumber', { number: fact.number })}</h3>
        <div className="button-row">
          <button type="button" aria-label={t('chronology.actions.editFact', { number: fact.number })} onClick={() => openDialog({ mode: 'edit', factId: fact.id })}>
            {t('chronology.actions.edit')}
          </button>
          <button type="button" onClick={() => setOpenFact(null)}>{t('chronology.detail.close')}</button>
        </div>
      </div>
      <p className="fact-detail__text">{fact.text}</p>
      <dl className="detail__fields">
        <div>
          <dt>{t('chronology.detail.date')}</dt>
          <dd>{formatFuzzyDate(fact.date, locale)}{sortNote && <span className="case-table__short">{sortNote}</span>}</dd>
        </div>
        <div><dt>{t('chronology.detail.status')}</dt><dd>{t(`chronology.statuses.${fact.status}`)} · {t(`chronology.materialities.${fact.materiality}`)}</dd></div>
        <div>
          <dt>{t('chronology.detail.evidence')}</dt>
          <dd>
            {fact.evidence.length === 0 ? none : (
              <ul className="inline-list">
                {fact.evidence.map((pin, i) => {
                  const item = exhibits.get(pin.evidenceId);
                  return item ? <li key={`${pin.evidenceId}-${i}`}><ExhibitLink caseId={caseId} pin={pin} exhibitNo={item.exhibitNo} title={item.title} /> {item.title}</li> : null;
                })}
              </ul>
            )}
          </dd>
        </div>
        <div><dt>{t('chronology.detail.parties')}</dt><dd>{linkedParties.length ? linkedParties.join(', ') : none}</dd></div>
        <div><dt>{t('chronology.detail.issues')}</dt><dd>{linkedIssues.length ? linkedIssues.join('; ') : none}</dd></div>
      </dl>
    </article>
  );
}
