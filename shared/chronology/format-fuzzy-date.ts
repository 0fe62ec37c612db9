import type { FuzzyDate } from '../domain/types';
import { sortAnchor, validateFuzzyDate } from './fuzzy-date';

interface Words {
  approximate(d: string): string;
  before(d: string): string;
  after(d: string): string;
  between(a: string, b: string): string;
  undated: string;
  sortedAt(d: string): string;
}

/** The words around the dates, per interface language; the dates themselves come from Intl. */
const WORDS: Record<'en' | 'es', Words> = {
  en: {
    approximate: (d) => `c. ${d}`,
    before: (d) => `before ${d}`,
    after: (d) => `after ${d}`,
    between: (a, b) => `between ${a} and ${b}`,
    undated: 'undated',
    sortedAt: (d) => `sorted as ${d}`,
  },
  es: {
    approximate: (d) => `hacia el ${d}`,
    before: (d) => `antes del ${d}`,
    after: (d) => `después del ${d}`,
    between: (a, b) => `entre el ${a} y el ${b}`,
    undated: 'sin fecha',
    sortedAt: (d) => `ordenado como ${d}`,
  },
};

function wordsFor(locale: string): Words {
  return locale.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en;
}

// Calendar dates have no zone: format them at UTC midnight so they are the same day everywhere.
function utc(ymd: string): Date {
  return new Date(`${ymd}T00:00:00Z`);
}

function fmt(locale: string, date: Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** "5 Jan 2026" in en-GB, "5 ene 2026" in es. */
export function formatDay(ymd: string, locale: string): string {
  return fmt(locale, utc(ymd), DAY).replace(/\.(?= \d{4})/, '');
}

function formatBetween(start: string, end: string, locale: string, words: Words): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  const first = sameMonth
    ? fmt(locale, utc(start), { day: 'numeric' })
    : sameYear ? fmt(locale, utc(start), { day: 'numeric', month: 'short' }).replace(/\.$/, '') : formatDay(start, locale);
  return words.between(first, formatDay(end, locale));
}

function formatExact(instant: string, timeZone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(instant));
  return `${text} (${timeZone})`;
}

/**
 * A fact's date as a lawyer writes it: "March 2026", "c. 5 Jan 2026",
 * "before 1 Feb 2026", "between 1 and 5 Jan 2026", "undated". `locale` is a
 * BCP 47 tag ("en-GB", "es"); an invalid date is shown as stored, never hidden.
 */
export function formatFuzzyDate(date: FuzzyDate, locale: string): string {
  const words = wordsFor(locale);
  if (date.precision === 'undated') return words.undated;
  if (validateFuzzyDate(date) !== null || !date.start) return [date.start, date.end].filter(Boolean).join(' – ') || words.undated;
  const { start } = date;
  switch (date.precision) {
    case 'exact': return formatExact(start, date.timeZone ?? 'UTC', locale);
    case 'day': return formatDay(start, locale);
    case 'month': return fmt(locale, utc(`${start}-01`), { month: 'long', year: 'numeric' });
    case 'year': return start;
    case 'approximate': return words.approximate(formatDay(start, locale));
    case 'before': return words.before(formatDay(start, locale));
    case 'after': return words.after(formatDay(start, locale));
    case 'between': return formatBetween(start, date.end ?? start, locale, words);
  }
}

/** "sorted as 1 Mar 2026" for dates that sort at the start of a period; null otherwise. */
export function formatSortNote(date: FuzzyDate, locale: string): string | null {
  if (date.precision !== 'month' && date.precision !== 'year') return null;
  const anchor = validateFuzzyDate(date) === null ? sortAnchor(date) : null;
  return anchor ? wordsFor(locale).sortedAt(formatDay(anchor, locale)) : null;
}
