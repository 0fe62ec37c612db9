import type { Case, EvidenceItem, StoredFile } from '@shared/domain/types';
import { formatExhibitNo } from '@shared/evidence/exhibit-number';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { auditBatch } from '../../../db/audit-log';
import { overlappedWrites } from '../../../db/overlapped-writes';
import { storedFile } from './blob-store';
import { newEvidenceItem, type EvidenceFields } from './evidence-factory';
import type { IntakeFile } from './intake-file';
import { evidenceAppender, evidenceWithHashes } from '../../../db/evidence-store';

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

// Rows per chunk of a bulk registration: big enough that IndexedDB is never idle, small enough to overlap well.
const WRITE_CHUNK = 2000;

/**
 * Registers items in one transaction: exhibit numbers from the case counter,
 * bytes in the content-addressed store (never for withheld items), and an
 * audit entry for the registration and for the hash of each file. A file
 * whose bytes the case already holds is not registered twice.
 *
 * What the batch needs to know (bytes already held or stored) is read once up
 * front; items, files and entries are then written in chunks, each chunk
 * written while the next is built and hashed.
 */
export async function registerEvidence(
  database: ExpedienteDatabase, caseId: string, requests: readonly RegisterRequest[], now: () => Date = () => new Date(),
): Promise<RegisterOutcome[]> {
  return database.transaction('rw', [database.cases, ...evidenceTables(database), database.files, ...auditTables(database)], async () => {
    const theCase: Case | undefined = await database.cases.get(caseId);
    if (!theCase) throw new Error(`No case ${caseId}`);
    const hashes = [...new Set(requests.flatMap((r) => (r.file ? [r.file.sha256] : [])))];
    const heldBy = await exhibitsWithHashes(database, caseId, hashes);
    const alreadyStored = new Set((await database.files.bulkGet(hashes)).flatMap((f) => (f ? [f.sha256] : [])));
    const audit = await auditBatch(database, caseId);
    const writes = overlappedWrites();
    const appender = await evidenceAppender(database, caseId);
    const outcomes: RegisterOutcome[] = [];
    let items: EvidenceItem[] = [];
    let files: StoredFile[] = [];
    const writeChunk = () => {
      const [chunkItems, chunkFiles] = [items, files];
      [items, files] = [[], []];
      return writes.write(() => Promise.all([appender.append(chunkItems), database.files.bulkAdd(chunkFiles), audit.flush()]));
    };
    let counter = theCase.lastExhibitCounter;
    const at = now().toISOString();
    for (const { fields, file } of requests) {
      const existing = file && heldBy.get(file.sha256);
      if (file && existing) {
        outcomes.push({ status: 'duplicate', name: file.name, duplicateOf: existing });
        continue;
      }
      counter += 1;
      const item = newEvidenceItem(caseId, formatExhibitNo(theCase.exhibitPrefix, counter), fields, file);
      items.push(item);
      audit.add({
        caseId, at, actor: ACTOR, action: 'evidence.register', entity: 'evidence', entityId: item.id,
        summary: `${item.exhibitNo} registered: ${item.title}`, change: item,
      });
      if (file) {
        const stored = !item.attachment ? 'discarded' : alreadyStored.has(file.sha256) ? 'already-stored' : 'stored';
        if (stored === 'stored') {
          files.push(storedFile(file, at));
          alreadyStored.add(file.sha256);
        }
        heldBy.set(file.sha256, item.exhibitNo);
        audit.add({
          caseId, at, actor: ACTOR, action: 'evidence.hash', entity: 'evidence', entityId: item.id,
          summary: describeHash(file, stored), change: { sha256: file.sha256, size: file.size, mime: file.mime, stored },
        });
      }
      outcomes.push({ status: 'registered', item });
      if (items.length === WRITE_CHUNK) await writeChunk();
    }
    await writeChunk();
    await writes.finish();
    if (counter !== theCase.lastExhibitCounter) await database.cases.update(caseId, { lastExhibitCounter: counter, updatedAt: at });
    return outcomes;
  });
}

/** Which of these hashes the case's items (archived included) already hold, and under which exhibit number. */
async function exhibitsWithHashes(database: ExpedienteDatabase, caseId: string, hashes: readonly string[]): Promise<Map<string, string>> {
  const held = new Map<string, string>();
  if (hashes.length === 0) return held;
  const items = await evidenceWithHashes(database, hashes, caseId);
  // Exhibit-number order, so each hash maps to the item findExhibitWithHash would name.
  for (const item of items) if (item.hashes.sha256 && !held.has(item.hashes.sha256)) held.set(item.hashes.sha256, item.exhibitNo);
  return held;
}

/** The exhibit number of the case's item (archived included) holding these bytes, if any. */
export async function findExhibitWithHash(database: ExpedienteDatabase, caseId: string, sha256: string): Promise<string | null> {
  const [first] = await evidenceWithHashes(database, [sha256], caseId);
  return first?.exhibitNo ?? null;
}
