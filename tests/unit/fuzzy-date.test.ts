import { describe, expect, it } from 'vitest';
import type { DatePrecision, FuzzyDate } from '@shared/domain/types';
import { compareFuzzyDates, sortByFuzzyDate, validateFuzzyDate, UNDATED } from '@shared/chronology/fuzzy-date';
import { formatFuzzyDate, formatSortNote } from '@shared/chronology/format-fuzzy-date';

const d = (precision: DatePrecision, start: string | null, end: string | null = null, timeZone: string | null = null): FuzzyDate => ({ precision, start, end, timeZone });

describe('validating fuzzy dates', () => {
  it('accepts each precision in its stored shape', () => {
    for (const date of [
      d('exact', '2026-01-05T13:30:00.000Z', null, 'Europe/Madrid'), d('day', '2026-01-05'), d('month', '2026-03'), d('year', '2026'),
      d('approximate', '2026-01-05'), d('before', '2026-02-01'), d('after', '2026-02-01'), d('between', '2026-01-01', '2026-01-05'), UNDATED,
    ]) expect(validateFuzzyDate(date), date.precision).toBeNull();
  });

  it('says what is wrong', () => {
    expect(validateFuzzyDate(d('day', null))).toBe('missing-start');
    expect(validateFuzzyDate(d('day', '2026-02-30'))).toBe('bad-start');
    expect(validateFuzzyDate(d('month', '2026-13'))).toBe('bad-start');
    expect(validateFuzzyDate(d('month', '2026-03-01'))).toBe('bad-start');
    expect(validateFuzzyDate(d('year', '26'))).toBe('bad-start');
    expect(validateFuzzyDate(d('between', '2026-01-05'))).toBe('missing-end');
    expect(validateFuzzyDate(d('between', '2026-01-05', '2026-01-01'))).toBe('end-before-start');
    expect(validateFuzzyDate(d('exact', '2026-01-05T13:30:00.000Z'))).toBe('missing-time-zone');
    expect(validateFuzzyDate(d('exact', '2026-01-05T13:30:00.000Z', null, 'Mars/Olympus'))).toBe('bad-time-zone');
    expect(validateFuzzyDate(d('exact', '2026-01-05', null, 'UTC'))).toBe('bad-start');
    expect(validateFuzzyDate(d('undated', '2026'))).toBe('unexpected-value');
    expect(validateFuzzyDate(d('day', '2026-01-05', '2026-01-06'))).toBe('unexpected-value');
  });
});

describe('formatting fuzzy dates', () => {
  it('writes English dates as a British lawyer would', () => {
    expect(formatFuzzyDate(d('month', '2026-03'), 'en-GB')).toBe('March 2026');
    expect(formatFuzzyDate(d('approximate', '2026-01-05'), 'en-GB')).toBe('c. 5 Jan 2026');
    expect(formatFuzzyDate(d('before', '2026-02-01'), 'en-GB')).toBe('before 1 Feb 2026');
    expect(formatFuzzyDate(d('after', '2026-02-01'), 'en-GB')).toBe('after 1 Feb 2026');
    expect(formatFuzzyDate(d('between', '2026-01-01', '2026-01-05'), 'en-GB')).toBe('between 1 and 5 Jan 2026');
    expect(formatFuzzyDate(d('between', '2026-01-28', '2026-02-05'), 'en-GB')).toBe('between 28 Jan and 5 Feb 2026');
    expect(formatFuzzyDate(d('between', '2025-12-28', '2026-01-05'), 'en-GB')).toBe('between 28 Dec 2025 and 5 Jan 2026');
    expect(formatFuzzyDate(d('day', '2026-01-05'), 'en-GB')).toBe('5 Jan 2026');
    expect(formatFuzzyDate(d('year', '2025'), 'en-GB')).toBe('2025');
    expect(formatFuzzyDate(UNDATED, 'en-GB')).toBe('undated');
  });

  it('shows an exact time in the zone it was recorded in, naming the zone', () => {
    // 23:30 UTC on 4 Jan is 00:30 on 5 Jan in Madrid.
    expect(formatFuzzyDate(d('exact', '2026-01-04T23:30:00.000Z', null, 'Europe/Madrid'), 'en-GB')).toBe('5 Jan 2026, 00:30 (Europe/Madrid)');
  });

  it('writes Spanish dates in Spanish', () => {
    expect(formatFuzzyDate(d('month', '2026-03'), 'es')).toBe('marzo de 2026');
    expect(formatFuzzyDate(d('approximate', '2026-01-05'), 'es')).toBe('hacia el 5 ene 2026');
    expect(formatFuzzyDate(d('before', '2026-02-01'), 'es')).toBe('antes del 1 feb 2026');
    expect(formatFuzzyDate(d('between', '2026-01-01', '2026-01-05'), 'es')).toBe('entre el 1 y el 5 ene 2026');
    expect(formatFuzzyDate(UNDATED, 'es')).toBe('sin fecha');
  });

  it('says where an imprecise date sorts', () => {
    expect(formatSortNote(d('month', '2026-03'), 'en-GB')).toBe('sorted as 1 Mar 2026');
    expect(formatSortNote(d('year', '2026'), 'es')).toBe('ordenado como 1 ene 2026');
    expect(formatSortNote(d('day', '2026-03-04'), 'en-GB')).toBeNull();
  });

  it('shows an invalid stored date as stored rather than hiding it', () => {
    expect(formatFuzzyDate(d('day', '2026-02-30'), 'en-GB')).toBe('2026-02-30');
  });
});

describe('sorting fuzzy dates', () => {
  it('puts a month-only fact at the start of its month and undated facts last', () => {
    const facts = [
      { n: 1, date: UNDATED },
      { n: 2, date: d('day', '2026-03-02') },
      { n: 3, date: d('month', '2026-03') },
      { n: 4, date: d('day', '2026-02-28') },
      { n: 5, date: d('year', '2026') },
      { n: 6, date: d('between', '2026-01-01', '2026-03-31') },
    ];
    expect(sortByFuzzyDate(facts, (f) => f.date, (f) => f.n).map((f) => f.n)).toEqual([5, 6, 4, 3, 2, 1]);
  });

  it('orders one day: before, month, approximate, day, exact by time, after', () => {
    const day = '2026-03-01';
    const facts = [
      { n: 1, date: d('after', day) },
      { n: 2, date: d('exact', '2026-03-01T15:00:00.000Z', null, 'UTC') },
      { n: 3, date: d('exact', '2026-03-01T09:00:00.000Z', null, 'UTC') },
      { n: 4, date: d('day', day) },
      { n: 5, date: d('approximate', day) },
      { n: 6, date: d('month', '2026-03') },
      { n: 7, date: d('before', day) },
    ];
    expect(sortByFuzzyDate(facts, (f) => f.date, (f) => f.n).map((f) => f.n)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('files an exact time under its local day, not its UTC day', () => {
    const madridJan5 = d('exact', '2026-01-04T23:30:00.000Z', null, 'Europe/Madrid');
    expect(compareFuzzyDates(madridJan5, d('day', '2026-01-04'))).toBeGreaterThan(0);
    expect(compareFuzzyDates(madridJan5, d('after', '2026-01-05'))).toBeLessThan(0);
  });

  it('is stable: equal dates keep the tie-breaker order, then input order', () => {
    const facts = [3, 1, 2].map((n) => ({ n, date: d('day', '2026-01-01') }));
    expect(sortByFuzzyDate(facts, (f) => f.date, (f) => f.n).map((f) => f.n)).toEqual([1, 2, 3]);
    const undated = ['a', 'b', 'c'].map((id) => ({ id, date: UNDATED }));
    expect(sortByFuzzyDate(undated, (f) => f.date).map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('sends an invalid date to the end with the undated ones instead of throwing', () => {
    const facts = [{ n: 1, date: d('day', 'garbage') }, { n: 2, date: d('day', '2026-01-01') }];
    expect(sortByFuzzyDate(facts, (f) => f.date).map((f) => f.n)).toEqual([2, 1]);
  });
});
