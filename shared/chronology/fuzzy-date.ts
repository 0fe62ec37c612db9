import type { DatePrecision, FuzzyDate } from '../domain/types';
import { isCalendarDate } from '../domain/case-input';
import { isTimeZone } from '../evidence/zoned-time';

export const datePrecisions = [
  'exact', 'day', 'month', 'year', 'approximate', 'before', 'after', 'between', 'undated',
] as const satisfies readonly DatePrecision[];

export type FuzzyDateProblem =
  | 'missing-start' | 'bad-start' | 'missing-end' | 'bad-end' | 'end-before-start' | 'missing-time-zone' | 'bad-time-zone' | 'unexpected-value';

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

export const UNDATED: FuzzyDate = { precision: 'undated', start: null, end: null, timeZone: null };

function isInstant(value: string): boolean {
  return INSTANT.test(value) && !Number.isNaN(new Date(value).getTime());
}

function startIsValid(precision: DatePrecision, start: string): boolean {
  switch (precision) {
    case 'exact': return isInstant(start);
    case 'month': return MONTH.test(start);
    case 'year': return YEAR.test(start) && start !== '0000';
    default: return isCalendarDate(start);
  }
}

/** The first thing wrong with a fuzzy date as stored (see FuzzyDate for the shape per precision), or null. */
export function validateFuzzyDate(date: FuzzyDate): FuzzyDateProblem | null {
  const { precision, start, end, timeZone } = date;
  if (precision === 'undated') return start === null && end === null && timeZone === null ? null : 'unexpected-value';
  if (!start) return 'missing-start';
  if (!startIsValid(precision, start)) return 'bad-start';
  if (precision === 'between') {
    if (!end) return 'missing-end';
    if (!isCalendarDate(end)) return 'bad-end';
    if (end < start) return 'end-before-start';
  } else if (end !== null) return 'unexpected-value';
  if (precision === 'exact') {
    if (!timeZone) return 'missing-time-zone';
    if (!isTimeZone(timeZone)) return 'bad-time-zone';
  } else if (timeZone !== null) return 'unexpected-value';
  return null;
}

/** The calendar day (yyyy-mm-dd) an exact instant falls on in its own zone: 00:30 in Madrid is that day. */
export function localDay(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Where an imprecise date sorts: a month at its first day, a year at 1 January,
 * "between" at its first day. Null when the date sorts at the day it names.
 */
export function sortAnchor(date: FuzzyDate): string | null {
  if (!date.start) return null;
  if (date.precision === 'month') return `${date.start}-01`;
  if (date.precision === 'year') return `${date.start}-01-01`;
  if (date.precision === 'between') return date.start;
  return null;
}

// On one day, the broader statements come first and "after" last.
const RANK_ON_DAY: Record<DatePrecision, number> = {
  before: 0, year: 1, month: 2, between: 3, approximate: 4, day: 5, exact: 6, after: 7, undated: 8,
};

interface SortKey {
  day: string; // '~' sorts after every digit: undated last
  rank: number;
  instant: number;
}

function sortKey(date: FuzzyDate): SortKey {
  if (date.precision === 'undated' || !date.start || validateFuzzyDate(date) !== null) return { day: '~', rank: RANK_ON_DAY.undated, instant: 0 };
  const day = date.precision === 'exact' ? localDay(date.start, date.timeZone ?? 'UTC') : (sortAnchor(date) ?? date.start);
  return { day, rank: RANK_ON_DAY[date.precision], instant: date.precision === 'exact' ? new Date(date.start).getTime() : 0 };
}

/** Chronological order of two fuzzy dates; 0 when they tie (the caller keeps its own order then). */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka.day !== kb.day) return ka.day < kb.day ? -1 : 1;
  if (ka.rank !== kb.rank) return ka.rank - kb.rank;
  return ka.instant - kb.instant;
}

/**
 * Items in chronological order; ties keep a stable order by the tie-breaker
 * (a fact's number), then by input order. Undated (and invalid) dates go last.
 */
export function sortByFuzzyDate<T>(items: readonly T[], dateOf: (item: T) => FuzzyDate, tieBreak: (item: T) => number = () => 0): T[] {
  return items
    .map((item, index) => ({ item, index, key: dateOf(item) }))
    .sort((x, y) => compareFuzzyDates(x.key, y.key) || tieBreak(x.item) - tieBreak(y.item) || x.index - y.index)
    .map(({ item }) => item);
}
