import { GENESIS_HASH } from '@shared/audit/audit-chain';
import type { CaseSnapshot, CustodyRow } from '@shared/bundle/snapshot';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { auditEntriesOf } from '../../../db/audit-log';
import { evidenceOfCase } from '../../../db/evidence-store';

const live = <T extends { archivedAt: string | null }>(rows: T[]) => rows.filter((r) => r.archivedAt === null);

/**
 * The case as the bundle builder reads it, frozen now: archived rows left out,
 * custody timelines derived from the audit log, the chain's head hash.
 */
export async function loadCaseSnapshot(database: ExpedienteDatabase, caseId: string): Promise<CaseSnapshot> {
  return database.transaction('r', [database.cases, database.parties, ...evidenceTables(database), database.facts, database.expertReports, database.arguments, database.authorities, ...auditTables(database)], async () => {
    const theCase = await database.cases.get(caseId);
    if (!theCase) throw new Error(`No case ${caseId}`);
    const [parties, evidence, facts, expertReports, args, authorities, log] = await Promise.all([
      database.parties.where('caseId').equals(caseId).toArray(),
      evidenceOfCase(database, caseId),
      database.facts.where('caseId').equals(caseId).toArray(),
      database.expertReports.where('caseId').equals(caseId).toArray(),
      database.arguments.where('caseId').equals(caseId).toArray(),
      database.authorities.where('caseId').equals(caseId).toArray(),
      auditEntriesOf(database, caseId),
    ]);
    const custody: Record<string, CustodyRow[]> = {};
    for (const entry of log) {
      if (entry.entity !== 'evidence') continue;
      (custody[entry.entityId] ??= []).push({ at: entry.at, actor: entry.actor, action: entry.action.replace('evidence.', ''), detail: entry.summary });
    }
    const liveEvidence = live(evidence).sort((a, b) => a.exhibitNo.localeCompare(b.exhibitNo, undefined, { numeric: true }));
    return {
      // All parties: the builder lists only live ones, but protected names of archived ones must still be replaced.
      case: theCase, parties, evidence: liveEvidence, facts: live(facts), expertReports: live(expertReports),
      arguments: live(args), authorities, auditHeadHash: log.at(-1)?.hash ?? GENESIS_HASH, auditEntryCount: log.length, custody,
    };
  });
}
