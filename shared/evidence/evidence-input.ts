import { z } from 'zod';
import type { EvidenceKind, Sensitivity } from '../domain/types';
import { isTimeZone, wallTimeToUtc } from './zoned-time';

export const evidenceKinds = [
  'post', 'image', 'video', 'chat', 'screenshot', 'document', 'platform-response', 'transparency-report', 'web-capture', 'other',
] as const satisfies readonly EvidenceKind[];

export const sensitivities = ['normal', 'confidential', 'restricted', 'withheld'] as const satisfies readonly Sensitivity[];

/** What the register form holds: text as typed. Messages are i18n keys. */
export const evidenceFormSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
  kind: z.enum(evidenceKinds),
  platform: z.string().trim().max(100, 'validation.tooLong'),
  sourceUrl: z.string().trim().max(4000, 'validation.tooLong').refine((v) => v === '' || isWebUrl(v), 'validation.url'),
  platformContentId: z.string().trim().max(300, 'validation.tooLong'),
  account: z.string().trim().max(300, 'validation.tooLong'),
  publishedAt: z.string().trim(),
  capturedAt: z.string().trim(),
  captureTimeZone: z.string().trim().refine(isTimeZone, 'validation.timeZone'),
  capturedBy: z.string().trim().max(200, 'validation.tooLong'),
  captureMethod: z.string().trim().max(500, 'validation.tooLong'),
  description: z.string().trim().max(20_000, 'validation.tooLong'),
  sensitivity: z.enum(sensitivities),
  externalReference: z.string().trim().max(200, 'validation.tooLong'),
  notes: z.string().trim().max(20_000, 'validation.tooLong'),
});

export type EvidenceForm = z.infer<typeof evidenceFormSchema>;

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The form with its dates checked against the zone and the clock; `now` is injectable for tests. */
export function evidenceFormSchemaAt(now: () => Date) {
  return evidenceFormSchema.superRefine((form, ctx) => {
    for (const field of ['publishedAt', 'capturedAt'] as const) {
      const value = form[field];
      if (!value) continue;
      const utc = wallTimeToUtc(value, form.captureTimeZone || 'UTC');
      if (utc === null) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.dateTime' });
      else if (field === 'capturedAt' && new Date(utc) > now()) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.captureInFuture' });
    }
  });
}

export type EvidenceWarning = 'publishedAfterCapture' | 'publishedInFuture';

/** Things worth a second look that must not stop the paralegal. */
export function evidenceWarnings(form: EvidenceForm, now: Date): EvidenceWarning[] {
  const zone = isTimeZone(form.captureTimeZone) ? form.captureTimeZone : 'UTC';
  const published = form.publishedAt ? wallTimeToUtc(form.publishedAt, zone) : null;
  const captured = form.capturedAt ? wallTimeToUtc(form.capturedAt, zone) : null;
  const warnings: EvidenceWarning[] = [];
  if (published && captured && published > captured) warnings.push('publishedAfterCapture');
  if (published && new Date(published) > now) warnings.push('publishedInFuture');
  return warnings;
}
