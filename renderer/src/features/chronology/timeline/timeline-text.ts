import type { TFunction } from 'i18next';
import type { Fact } from '@shared/domain/types';
import { formatDay, formatFuzzyDate } from '@shared/chronology/format-fuzzy-date';

/** "Fact 12 · disputed": the first line of a fact's label; the status word only where it is not plain. */
export function factTitle(fact: Pick<Fact, 'number' | 'status'>, t: TFunction): string {
  const title = t('chronology.factNumber', { number: fact.number });
  if (fact.status === 'disputed-by-us' || fact.status === 'disputed-by-other-side') return `${title} · ${t('chronology.timeline.disputed')}`;
  if (fact.status === 'prospective') return `${title} · ${t('chronology.timeline.prospective')}`;
  return title;
}

/** What a screen reader says for a fact on the timeline. */
export function factAccessibleName(fact: Fact, t: TFunction, locale: string): string {
  return t('chronology.timeline.fact', { number: fact.number, date: formatFuzzyDate(fact.date, locale), status: t(`chronology.statuses.${fact.status}`) });
}

/** A moment as a calendar day, for spans of the view and of clusters. */
export function dayOf(ms: number, locale: string): string {
  return formatDay(new Date(ms).toISOString().slice(0, 10), locale);
}

export function statusClass(fact: Pick<Fact, 'status'>): string {
  if (fact.status === 'disputed-by-us' || fact.status === 'disputed-by-other-side') return 'timeline__mark--disputed';
  return fact.status === 'prospective' ? 'timeline__mark--prospective' : 'timeline__mark--undisputed';
}
