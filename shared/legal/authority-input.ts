import { z } from 'zod';

export const authorityKinds = ['case-law', 'guidance', 'legislation', 'other'] as const;

/** ECLI: "ECLI:" + country or EU + court code + year + ordinal (EU Council conclusions 2011/C 127/01). */
const ECLI = /^ECLI:[A-Z]{2}:[A-Z0-9.]{1,7}:\d{4}:[A-Z0-9.:]{1,25}$/;
export function isEcli(value: string): boolean {
  return ECLI.test(value.trim().toUpperCase());
}

const day = z.string().trim().refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), 'validation.date');

/** A user-added authority as the form holds it. Messages are i18n keys. */
export const authorityFormSchema = z.object({
  kind: z.enum(authorityKinds),
  citation: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  title: z.string().trim().max(500, 'validation.tooLong'),
  ecli: z.string().trim().max(80, 'validation.tooLong').refine((v) => v === '' || isEcli(v), 'arguments.validation.ecli'),
  court: z.string().trim().max(200, 'validation.tooLong'),
  date: day,
  pinpoint: z.string().trim().max(200, 'validation.tooLong'),
  url: z.string().trim().max(2000, 'validation.tooLong').refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'validation.url'),
});

export type AuthorityForm = z.infer<typeof authorityFormSchema>;

export const blankAuthorityForm: AuthorityForm = { kind: 'case-law', citation: '', title: '', ecli: '', court: '', date: '', pinpoint: '', url: '' };
