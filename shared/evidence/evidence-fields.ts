import type { EvidenceItem } from '../domain/types';
import type { EvidenceForm } from './evidence-input';
import { wallTimeToUtc } from './zoned-time';

/**
 * The stored fields of an item from what the form holds (dates to UTC in the
 * capture zone). In shared/ so the register form and the CSV import store
 * exactly the same thing from the same text.
 */
export function fieldsFromForm(form: EvidenceForm) {
  const zone = form.captureTimeZone;
  return {
    title: form.title,
    kind: form.kind,
    platform: form.platform,
    sourceUrl: form.sourceUrl,
    platformContentId: form.platformContentId,
    account: form.account,
    publishedAt: form.publishedAt ? wallTimeToUtc(form.publishedAt, zone) : null,
    capturedAt: form.capturedAt ? wallTimeToUtc(form.capturedAt, zone) : null,
    captureTimeZone: zone,
    capturedBy: form.capturedBy,
    captureMethod: form.captureMethod,
    description: form.description,
    sensitivity: form.sensitivity,
    externalReference: form.externalReference,
    notes: form.notes,
  } satisfies Partial<EvidenceItem>;
}

export type EvidenceFields = ReturnType<typeof fieldsFromForm>;
