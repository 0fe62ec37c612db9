import type { CaseSnapshot, CustodyRow } from '../bundle/snapshot';
import { GENESIS_HASH } from '../audit/audit-chain';
import type { CaseDocument } from './case-document';

const live = <T extends { archivedAt: string | null }>(rows: T[]) => rows.filter((r) => r.archivedAt === null);

/**
 * The bundle builder's view of an archived case, as the app's export takes it
 * from the database: archived rows left out (all parties kept, so protected
 * names of archived ones are still replaced), custody from the audit log.
 */
export function snapshotFromDocument(doc: CaseDocument): CaseSnapshot {
  const custody: Record<string, CustodyRow[]> = {};
  for (const entry of doc.auditEntries) {
    if (entry.entity !== 'evidence') continue;
    (custody[entry.entityId] ??= []).push({ at: entry.at, actor: entry.actor, action: entry.action.replace('evidence.', ''), detail: entry.summary });
  }
  return {
    case: doc.case, parties: doc.parties,
    evidence: live(doc.evidence).sort((a, b) => a.exhibitNo.localeCompare(b.exhibitNo, undefined, { numeric: true })),
    facts: live(doc.facts), expertReports: live(doc.expertReports), arguments: live(doc.arguments), authorities: doc.authorities,
    auditHeadHash: doc.auditEntries.at(-1)?.hash ?? GENESIS_HASH, auditEntryCount: doc.auditEntries.length, custody,
  };
}
