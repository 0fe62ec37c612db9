import { z } from 'zod';

/** What a user types to create or edit a case. Messages are i18n keys. */
export const caseInputSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  shortName: z.string().trim().max(60, 'validation.tooLong'),
  reference: z.string().trim().max(120, 'validation.tooLong'),
  court: z.string().trim().max(200, 'validation.tooLong'),
  jurisdiction: z.string().trim().max(120, 'validation.tooLong'),
  hearingDate: z
    .string()
    .trim()
    .refine((v) => v === '' || isCalendarDate(v), 'validation.date'),
});

export type CaseInput = z.infer<typeof caseInputSchema>;

export const emptyCaseInput: CaseInput = {
  title: '',
  shortName: '',
  reference: '',
  court: '',
  jurisdiction: '',
  hearingDate: '',
};

/** True for a real yyyy-mm-dd date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
