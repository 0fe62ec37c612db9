import type { EvidenceItem, EvidenceKind } from '@shared/domain/types';
import { newId } from '@shared/domain/new-id';
import type { EvidenceFields } from '@shared/evidence/evidence-fields';
import type { IntakeFile } from './intake-file';

// Moved to shared/ so the CSV import converts rows with the same code; re-exported for existing callers.
export { fieldsFromForm, type EvidenceFields } from '@shared/evidence/evidence-fields';

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
    id: newId(),
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
