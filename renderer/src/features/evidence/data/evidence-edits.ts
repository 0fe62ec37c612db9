import type { EvidenceItem } from '@shared/domain/types';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';
import { purgeBlobIfUnused } from './blob-store';
import { ACTOR } from './evidence-commands';
import type { EvidenceFields } from './evidence-factory';
import { getEvidence, putEvidence } from '../../../db/evidence-store';

/**
 * Saves edited fields and logs which ones changed. Switching an item to
 * withheld purges its stored bytes in the same transaction: the hashes stay,
 * the content goes.
 */
export async function updateEvidence(
  database: ExpedienteDatabase, { id, caseId }: Pick<EvidenceItem, 'id' | 'caseId'>, fields: EvidenceFields, now: () => Date = () => new Date(),
): Promise<string[]> {
  return database.transaction('rw', [...evidenceTables(database), database.files, ...auditTables(database)], async () => {
    const before = await getEvidence(database, id, caseId);
    if (!before) throw new Error(`No evidence item ${id}`);
    const changed = (Object.keys(fields) as (keyof EvidenceFields)[]).filter((k) => before[k] !== fields[k]);
    if (changed.length === 0) return [];
    const at = now().toISOString();
    const after: EvidenceItem = { ...before, ...fields };
    const isBecomingWithheld = fields.sensitivity === 'withheld' && before.attachment !== null;
    if (isBecomingWithheld) after.attachment = null;
    await putEvidence(database, [after]);
    await appendAudit(database, {
      caseId: before.caseId, at, actor: ACTOR, action: 'evidence.edit', entity: 'evidence', entityId: id,
      summary: `${before.exhibitNo} edited: ${changed.join(', ')}`,
      change: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
    });
    if (isBecomingWithheld && before.attachment) {
      const purged = await purgeBlobIfUnused(database, before.attachment.sha256, id);
      await appendAudit(database, {
        caseId: before.caseId, at, actor: ACTOR, action: 'evidence.purge-bytes', entity: 'evidence', entityId: id,
        summary: `${before.exhibitNo} marked withheld: stored bytes ${purged ? 'purged' : 'detached (still held by another item)'}; hashes kept`,
        change: { sha256: before.attachment.sha256, purged },
      });
    }
    return changed;
  });
}
