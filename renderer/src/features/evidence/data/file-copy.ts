import type { AttachmentRef } from '@shared/domain/types';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';

const ACTOR = 'local user';

export type StoredCopy = { status: 'ok'; blob: Blob } | { status: 'missing' };

/** The stored bytes of an attachment, by its content address. */
export async function storedCopy(database: ExpedienteDatabase, attachment: AttachmentRef): Promise<StoredCopy> {
  const file = await database.files.get(attachment.sha256);
  return file?.blob ? { status: 'ok', blob: file.blob } : { status: 'missing' };
}

export interface CopySaved {
  caseId: string;
  entity: 'evidence' | 'expert-report';
  entityId: string;
  /** What the user knows the item by: an exhibit number or a report title. */
  label: string;
  attachment: AttachmentRef;
  savedAs: string;
}

/** A copy leaving the app is part of the item's custody: who, when, which bytes, saved as what. */
export function logCopySaved(database: ExpedienteDatabase, copy: CopySaved, now: Date = new Date()): Promise<void> {
  return database.transaction('rw', auditTables(database), async () => {
    await appendAudit(database, {
      caseId: copy.caseId, at: now.toISOString(), actor: ACTOR, action: `${copy.entity}.copy-saved`, entity: copy.entity, entityId: copy.entityId,
      summary: `Copy of ${copy.label} (${copy.attachment.name}) saved as ${copy.savedAs}; SHA-256 ${copy.attachment.sha256} checked before saving`,
      change: { file: copy.attachment.name, sha256: copy.attachment.sha256, savedAs: copy.savedAs },
    });
  });
}
