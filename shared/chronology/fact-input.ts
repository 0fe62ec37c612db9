import { z } from 'zod';
import type { FactStatus, FuzzyDate, Materiality } from '../domain/types';
import { isTimeZone, utcToWallTime, wallTimeToUtc } from '../evidence/zoned-time';
import { datePrecisions, validateFuzzyDate } from './fuzzy-date';

export const factStatuses = ['undisputed', 'disputed-by-us', 'disputed-by-other-side', 'prospective'] as const satisfies readonly FactStatus[];
export const materialities = ['yes', 'no', 'unsure'] as const satisfies readonly Materiality[];

/** The date inputs of the fact form: one per shape, only those of the chosen precision are read. */
const dateFields = {
  precision: z.enum(datePrecisions),
  day: z.string().trim(), // yyyy-mm-dd (<input type="date">)
  endDay: z.string().trim(), // 'between' only
  month: z.string().trim(), // yyyy-mm (<input type="month">)
  year: z.string().trim(),
  dateTime: z.string().trim(), // yyyy-mm-ddThh:mm ('exact', wall time in timeZone)
  timeZone: z.string().trim(),
};

export type FactDateForm = z.infer<z.ZodObject<typeof dateFields>>;

/** What the fact form holds. Messages are i18n keys. Evidence is named by exhibit number, resolved on save. */
export const factFormSchema = z
  .object({
    ...dateFields,
    text: z.string().trim().min(1, 'validation.required').max(5000, 'validation.tooLong'),
    status: z.enum(factStatuses),
    materiality: z.enum(materialities),
    evidence: z.array(z.object({
      exhibitNo: z.string().trim().min(1, 'validation.required').max(40, 'validation.tooLong'),
      pinpoint: z.string().trim().max(200, 'validation.tooLong'),
    })),
    partyIds: z.array(z.string()),
  })
  .superRefine((form, ctx) => {
    for (const issue of dateIssues(form)) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });

export type FactForm = z.infer<typeof factFormSchema>;

/** The stored fuzzy date from the form; null when the inputs of the chosen precision do not make one. */
export function fuzzyDateFromForm(form: FactDateForm): FuzzyDate | null {
  const base = { end: null, timeZone: null };
  let date: FuzzyDate;
  switch (form.precision) {
    case 'undated': return { precision: 'undated', start: null, ...base };
    case 'exact': {
      const start = isTimeZone(form.timeZone) ? wallTimeToUtc(form.dateTime, form.timeZone) : null;
      date = { precision: 'exact', start, end: null, timeZone: form.timeZone };
      break;
    }
    case 'month': date = { precision: 'month', start: form.month, ...base }; break;
    case 'year': date = { precision: 'year', start: form.year, ...base }; break;
    case 'between': date = { precision: 'between', start: form.day, end: form.endDay, timeZone: null }; break;
    default: date = { precision: form.precision, start: form.day, ...base };
  }
  return validateFuzzyDate(date) === null ? date : null;
}

type DateField = keyof Omit<FactDateForm, 'precision'>;

function dateIssues(form: FactDateForm): { field: DateField; message: string }[] {
  if (fuzzyDateFromForm(form) !== null) return [];
  switch (form.precision) {
    case 'exact':
      if (!isTimeZone(form.timeZone)) return [{ field: 'timeZone', message: 'validation.timeZone' }];
      return [{ field: 'dateTime', message: form.dateTime ? 'validation.dateTime' : 'validation.required' }];
    case 'month': return [{ field: 'month', message: form.month ? 'chronology.validation.month' : 'validation.required' }];
    case 'year': return [{ field: 'year', message: form.year ? 'chronology.validation.year' : 'validation.required' }];
    case 'between': {
      const first = fuzzyDateFromForm({ ...form, precision: 'day' });
      if (!first) return [{ field: 'day', message: form.day ? 'validation.date' : 'validation.required' }];
      if (!form.endDay) return [{ field: 'endDay', message: 'validation.required' }];
      return [{ field: 'endDay', message: form.endDay < form.day ? 'chronology.validation.endBeforeStart' : 'validation.date' }];
    }
    default: return [{ field: 'day', message: form.day ? 'validation.date' : 'validation.required' }];
  }
}

/** A stored date back into the form's inputs, for editing. */
export function formFromFuzzyDate(date: FuzzyDate, fallbackZone: string): FactDateForm {
  const form: FactDateForm = { precision: date.precision, day: '', endDay: '', month: '', year: '', dateTime: '', timeZone: date.timeZone ?? fallbackZone };
  const start = date.start ?? '';
  if (date.precision === 'exact' && start) form.dateTime = utcToWallTime(start, form.timeZone);
  else if (date.precision === 'month') form.month = start;
  else if (date.precision === 'year') form.year = start;
  else if (date.precision !== 'undated') form.day = start;
  if (date.precision === 'between') form.endDay = date.end ?? '';
  return form;
}
