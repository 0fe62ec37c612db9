import { describe, expect, it } from 'vitest';
import { factFormSchema, formFromFuzzyDate, fuzzyDateFromForm, type FactDateForm, type FactForm } from '@shared/chronology/fact-input';

const dates = (over: Partial<FactDateForm>): FactDateForm => ({
  precision: 'day', day: '', endDay: '', month: '', year: '', dateTime: '', timeZone: 'Europe/Madrid', ...over,
});
const form = (over: Partial<FactForm>): FactForm => ({
  ...dates({}), text: 'A fact.', status: 'undisputed', materiality: 'unsure', evidence: [], partyIds: [], ...over,
});
const issues = (value: FactForm) => {
  const result = factFormSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the fact form', () => {
  it('reads only the inputs of the chosen precision', () => {
    expect(fuzzyDateFromForm(dates({ precision: 'month', month: '2026-03', day: '2026-01-01' }))).toEqual({ precision: 'month', start: '2026-03', end: null, timeZone: null });
    expect(fuzzyDateFromForm(dates({ precision: 'between', day: '2026-01-01', endDay: '2026-01-05' }))).toEqual({ precision: 'between', start: '2026-01-01', end: '2026-01-05', timeZone: null });
    expect(fuzzyDateFromForm(dates({ precision: 'undated', day: '2026-01-01' }))).toEqual({ precision: 'undated', start: null, end: null, timeZone: null });
  });

  it('stores an exact time as a UTC instant beside its zone, and gives the wall time back for editing', () => {
    const date = fuzzyDateFromForm(dates({ precision: 'exact', dateTime: '2026-01-05T00:30' }));
    expect(date).toEqual({ precision: 'exact', start: '2026-01-04T23:30:00.000Z', end: null, timeZone: 'Europe/Madrid' });
    expect(formFromFuzzyDate(date!, 'UTC')).toMatchObject({ precision: 'exact', dateTime: '2026-01-05T00:30', timeZone: 'Europe/Madrid' });
  });

  it('round-trips every precision through the form', () => {
    for (const d of [
      dates({ precision: 'day', day: '2026-01-05' }), dates({ precision: 'year', year: '2025' }),
      dates({ precision: 'before', day: '2026-02-01' }), dates({ precision: 'between', day: '2026-01-01', endDay: '2026-01-05' }),
    ]) {
      const stored = fuzzyDateFromForm(d)!;
      expect(fuzzyDateFromForm(formFromFuzzyDate(stored, 'UTC'))).toEqual(stored);
    }
  });

  it('puts each date problem on the input that has it, as an i18n key', () => {
    expect(issues(form({ precision: 'day' }))).toEqual(['day: validation.required']);
    expect(issues(form({ precision: 'month', month: '2026-13' }))).toEqual(['month: chronology.validation.month']);
    expect(issues(form({ precision: 'year', year: '20' }))).toEqual(['year: chronology.validation.year']);
    expect(issues(form({ precision: 'between', day: '2026-01-05', endDay: '2026-01-01' }))).toEqual(['endDay: chronology.validation.endBeforeStart']);
    expect(issues(form({ precision: 'between', day: '2026-01-05' }))).toEqual(['endDay: validation.required']);
    expect(issues(form({ precision: 'exact', dateTime: '2026-01-05T10:00', timeZone: 'Nowhere/City' }))).toEqual(['timeZone: validation.timeZone']);
    expect(issues(form({ precision: 'undated', text: ' ' }))).toEqual(['text: validation.required']);
    expect(issues(form({ precision: 'undated', evidence: [{ exhibitNo: '', pinpoint: 'p. 1' }] }))).toEqual(['evidence.0.exhibitNo: validation.required']);
  });
});
