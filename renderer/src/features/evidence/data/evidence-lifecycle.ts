import type { EvidenceItem } from '@shared/domain/types';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';
import { parseExhibitNo } from '@shared/evidence/exhibit-number';
import { purgeBlobIfUnused } from './blob-store';
import { ACTOR } from './evidence-commands';
import { findEvidenceByExhibitNo, getEvidence, patchEvidence, removeEvidence } from '../../../db/evidence-store';

type Now = () => Date;
const clock: Now = () => new Date();

/** Which item: its id, and its case (the item is found through the case's directory). */
export type EvidenceRef = Pick<EvidenceItem, 'id' | 'caseId'>;

async function loadItem(database: ExpedienteDatabase, { id, caseId }: EvidenceRef) {
  const item = await getEvidence(database, id, caseId);
  if (!item) throw new Error(`No evidence item ${id}`);
  return item;
}

/** Archived items leave the default views and bundles; their history stays. */
export function setEvidenceArchived(database: ExpedienteDatabase, ref: EvidenceRef, isArchived: boolean, now: Now = clock) {
  return database.transaction('rw', [...evidenceTables(database), ...auditTables(database)], async () => {
    const item = await loadItem(database, ref);
    const { id } = item;
    if ((item.archivedAt !== null) === isArchived) return;
    const at = now().toISOString();
    await patchEvidence(database, item.caseId, id, { archivedAt: isArchived ? at : null });
    await appendAudit(database, {
      caseId: item.caseId, at, actor: ACTOR, action: isArchived ? 'evidence.archive' : 'evidence.restore', entity: 'evidence', entityId: id,
      summary: `${item.exhibitNo} ${isArchived ? 'archived' : 'restored'}`, change: { archived: isArchived },
    });
  });
}

/**
 * A real delete, for material that must be purged: the item and its bytes
 * go (unless another item holds the same bytes); the log keeps what it was
 * and why. Its exhibit number is never given again.
 */
export function deleteEvidence(database: ExpedienteDatabase, ref: EvidenceRef, reason: string, now: Now = clock) {
  return database.transaction('rw', [...evidenceTables(database), database.files, ...auditTables(database)], async () => {
    const item = await loadItem(database, ref);
    const { id } = item;
    const at = now().toISOString();
    const purged = item.attachment ? await purgeBlobIfUnused(database, item.attachment.sha256, id) : false;
    await removeEvidence(database, item.caseId, [id]);
    await appendAudit(database, {
      caseId: item.caseId, at, actor: ACTOR, action: 'evidence.delete', entity: 'evidence', entityId: id,
      summary: `${item.exhibitNo} deleted: ${reason}`,
      change: { exhibitNo: item.exhibitNo, title: item.title, hashes: item.hashes, bytesPurged: purged, reason },
    });
  });
}

/** Every look at restricted material is on the record. */
export function logReveal(database: ExpedienteDatabase, ref: EvidenceRef, now: Now = clock) {
  return database.transaction('rw', [...evidenceTables(database), ...auditTables(database)], async () => {
    const item = await loadItem(database, ref);
    const { id } = item;
    await appendAudit(database, {
      caseId: item.caseId, at: now().toISOString(), actor: ACTOR, action: 'evidence.reveal', entity: 'evidence', entityId: id,
      summary: `${item.exhibitNo} revealed (restricted material shown)`, change: { sensitivity: item.sensitivity },
    });
  });
}

export type RenumberResult = { status: 'renumbered' } | { status: 'taken'; by: string } | { status: 'invalid' };

/** An explicit, logged renumbering; the evidence store refuses two items of a case with one number. */
export function renumberEvidence(database: ExpedienteDatabase, ref: EvidenceRef, exhibitNo: string, now: Now = clock): Promise<RenumberResult> {
  return database.transaction('rw', [database.cases, ...evidenceTables(database), ...auditTables(database)], async () => {
    const item = await loadItem(database, ref);
    const { id } = item;
    const wanted = exhibitNo.trim();
    if (!wanted || wanted.length > 40) return { status: 'invalid' };
    if (wanted === item.exhibitNo) return { status: 'renumbered' };
    const holder = await findEvidenceByExhibitNo(database, item.caseId, wanted);
    if (holder) return { status: 'taken', by: holder.title };
    const theCase = await database.cases.get(item.caseId);
    const counter = theCase ? parseExhibitNo(theCase.exhibitPrefix, wanted) : null;
    if (theCase && counter !== null && counter > theCase.lastExhibitCounter) {
      await database.cases.update(theCase.id, { lastExhibitCounter: counter });
    }
    const at = now().toISOString();
    await patchEvidence(database, item.caseId, id, { exhibitNo: wanted });
    await appendAudit(database, {
      caseId: item.caseId, at, actor: ACTOR, action: 'evidence.renumber', entity: 'evidence', entityId: id,
      summary: `${item.exhibitNo} renumbered to ${wanted}`, change: { exhibitNo: { from: item.exhibitNo, to: wanted } },
    });
    return { status: 'renumbered' };
  });
}
