import { useTranslation } from 'react-i18next';
import type { Fact } from '@shared/domain/types';
import { formatFuzzyDate } from '@shared/chronology/format-fuzzy-date';
import { displayLocale } from '../../../i18n/format-date';
import { statusClass } from './timeline-text';

/** Facts as a list of buttons that open them: "Fact 3 · 5 Jan 2026 — Grok replies …". */
export function FactButtonList({ facts, onOpenFact }: { facts: readonly Fact[]; onOpenFact(id: string): void }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  return (
    <ul className="timeline__list">
      {facts.map((fact) => (
        <li key={fact.id} className={statusClass(fact)}>
          <button type="button" className="button--quiet" onClick={() => onOpenFact(fact.id)}>
            <strong>{t('chronology.factNumber', { number: fact.number })}</strong>
            <span className="timeline__list-date">{formatFuzzyDate(fact.date, locale)}</span>
            <span className="timeline__list-status">{t(`chronology.statuses.${fact.status}`)}</span>
            <span className="timeline__list-text">{fact.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
