import type { Case, EvidenceItem } from '@shared/domain/types';
import { formatExhibitNo } from '@shared/evidence/exhibit-number';
import type { ExpedienteDatabase } from '../../../db/database';
import { auditBatch } from '../../../db/audit-log';
import { storeBlob } from './blob-store';
import { newEvidenceItem, type EvidenceFields } from './evidence-factory';
import type { IntakeFile } from './intake-file';

export const ACTOR = 'local user';

export type RegisterOutcome =
  | { status: 'registered'; item: EvidenceItem }
  | { status: 'duplicate'; name: string; duplicateOf: string };

export interface RegisterRequest {
  fields: EvidenceFields;
  file: IntakeFile | null;
}

function describeHash(file: IntakeFile, stored: 'stored' | 'already-stored' | 'discarded'): string {
  const what = { stored: 'bytes stored', 'already-stored': 'bytes already in the store', discarded: 'withheld: bytes discarded, only hashes kept' }[stored];
  return `SHA-256 ${file.sha256} of “${file.name}” (${file.size} bytes, ${file.mime}); ${what}`;
}

/**
 * Registers items in one transaction: exhibit numbers from the case counter,
 * bytes in the content-addressed store (never for withheld items), and an
 * audit entry for the registration and for the hash of each file. A file
 * whose bytes the case already holds is not registered twice.
 */
export async function registerEvidence(
  database: ExpedienteDatabase, caseId: string, requests: readonly RegisterRequest[], now: () => Date = () => new Date(),
): Promise<RegisterOutcome[]> {
  return database.transaction('rw', [database.cases, database.evidence, database.files, database.auditEntries], async () => {
    const theCase: Case | undefined = await database.cases.get(caseId);
    if (!theCase) throw new Error(`No case ${caseId}`);
    const audit = await auditBatch(database, caseId);
    const items: EvidenceItem[] = [];
    const outcomes: RegisterOutcome[] = [];
    const seenInBatch = new Map<string, string>();
    let counter = theCase.lastExhibitCounter;
    const at = now().toISOString();
    for (const { fields, file } of requests) {
      if (file) {
        const existing = seenInBatch.get(file.sha256) ?? (await findExhibitWithHash(database, caseId, file.sha256));
        if (existing) {
          outcomes.push({ status: 'duplicate', name: file.name, duplicateOf: existing });
          continue;
        }
      }
      counter += 1;
      const item = newEvidenceItem(caseId, formatExhibitNo(theCase.exhibitPrefix, counter), fields, file);
      items.push(item);
      audit.add({
        caseId, at, actor: ACTOR, action: 'evidence.register', entity: 'evidence', entityId: item.id,
        summary: `${item.exhibitNo} registered: ${item.title}`, change: item,
      });
      if (file) {
        const stored = item.attachment ? await storeBlob(database, file, at) : 'discarded';
        seenInBatch.set(file.sha256, item.exhibitNo);
        audit.add({
          caseId, at, actor: ACTOR, action: 'evidence.hash', entity: 'evidence', entityId: item.id,
          summary: describeHash(file, stored), change: { sha256: file.sha256, size: file.size, mime: file.mime, stored },
        });
      }
      outcomes.push({ status: 'registered', item });
    }
    await database.evidence.bulkAdd(items);
    await audit.write();
    if (counter !== theCase.lastExhibitCounter) await database.cases.update(caseId, { lastExhibitCounter: counter, updatedAt: at });
    return outcomes;
  });
}

/** The exhibit number of the case's item (archived included) holding these bytes, if any. */
export async function findExhibitWithHash(database: ExpedienteDatabase, caseId: string, sha256: string): Promise<string | null> {
  const match = await database.evidence.where('hashes.sha256').equals(sha256).filter((e) => e.caseId === caseId).first();
  return match?.exhibitNo ?? null;
}
