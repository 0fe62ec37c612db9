import type { EvidenceItem, EvidenceKind } from '@shared/domain/types';
import type { EvidenceForm } from '@shared/evidence/evidence-input';
import { wallTimeToUtc } from '@shared/evidence/zoned-time';
import type { IntakeFile } from './intake-file';

/** The stored fields of an item from what the form holds (dates to UTC in the capture zone). */
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

/** A first guess at the kind from the sniffed type; the paralegal can change it. */
export function kindFromMime(mime: string): EvidenceKind {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  if (mime === 'application/pdf' || mime.includes('word') || mime.includes('opendocument') || mime === 'text/plain') return 'document';
  return 'other';
}

export function newEvidenceItem(caseId: string, exhibitNo: string, fields: EvidenceFields, file: IntakeFile | null): EvidenceItem {
  const isWithheld = fields.sensitivity === 'withheld';
  return {
    id: crypto.randomUUID(),
    caseId,
    exhibitNo,
    ...fields,
    hashes: { sha256: file?.sha256 ?? null, pdq: null },
    attachment: file && !isWithheld ? { sha256: file.sha256, name: file.name, mime: file.mime, size: file.size } : null,
    tagIds: [],
    reviewStatus: 'unreviewed',
    archivedAt: null,
  };
}
