import { z } from 'zod';
import type { ExpertInstruction } from '../domain/types';

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** '' or a real calendar day (yyyy-mm-dd), as an <input type="date"> gives it. */
const optionalDay = z.string().trim().refine((v) => v === '' || isCalendarDay(v), 'validation.date');

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * "Fact 12, 14; fact 3" → [12, 14, 3]. Lawyers type fact numbers the way
 * they cite them, so the word "Fact" is optional. null when a piece is not a number.
 */
export function parseFactNumbers(typed: string): number[] | null {
  const pieces = typed.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '');
  const numbers: number[] = [];
  for (const piece of pieces) {
    const match = /^(?:(?:fact|hecho)\s*)?(\d{1,7})$/iu.exec(piece);
    if (!match) return null;
    const n = Number(match[1]);
    if (n < 1) return null;
    if (!numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

/** What the report form holds. Messages are i18n keys. Exhibits and facts are typed by number and resolved on save. */
export const reportFormSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  expertPartyId: z.string(),
  date: optionalDay,
  qualifications: text(5000),
  instructions: z.array(z.object({
    date: optionalDay,
    text: z.string().trim().min(1, 'validation.required').max(5000, 'validation.tooLong'),
  })),
  conclusions: text(20_000),
  rangeOfOpinion: text(20_000),
  findings: z.array(z.object({
    id: z.string(), // '' for a finding not yet saved
    text: z.string().trim().min(1, 'validation.required').max(10_000, 'validation.tooLong'),
    evidence: z.array(z.object({
      exhibitNo: z.string().trim().min(1, 'validation.required').max(40, 'validation.tooLong'),
      pinpoint: text(200),
    })),
    facts: z.string().trim().max(500, 'validation.tooLong')
      .refine((v) => parseFactNumbers(v) !== null, 'experts.validation.factNumbers'),
  })),
});

export type ReportForm = z.infer<typeof reportFormSchema>;

export const blankReportForm: ReportForm = {
  title: '', expertPartyId: '', date: '', qualifications: '', instructions: [], conclusions: '', rangeOfOpinion: '', findings: [],
};

/** The instruction list as the one text older readers (the bundle's summary sheet) show. */
export function instructionsAsText(list: readonly ExpertInstruction[]): string {
  return list.map((i) => (i.date ? `${i.date}: ${i.text}` : i.text)).join('\n');
}
