import { CASE_FORMAT_NAME, CASE_FORMAT_VERSION, type CaseDocument } from '@shared/archive/case-document';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { auditEntriesOf } from '../../../db/audit-log';
import { evidenceOfCase } from '../../../db/evidence-store';

/** The whole case as case.json holds it — archived rows included, nothing derived — read in one transaction. */
export function loadCaseDocument(database: ExpedienteDatabase, caseId: string): Promise<CaseDocument> {
  const d = database;
  return d.transaction('r', [d.cases, d.parties, ...evidenceTables(d), d.tagGroups, d.tags, d.facts, d.expertReports, d.arguments, d.authorities, d.savedViews, d.exportRecords, ...auditTables(d)], async () => {
    const theCase = await d.cases.get(caseId);
    if (!theCase) throw new Error(`No case ${caseId}`);
    const [parties, evidence, tagGroups, tags, facts, expertReports, args, authorities, savedViews, exportRecords, auditEntries] = await Promise.all([
      d.parties.where('caseId').equals(caseId).toArray(),
      evidenceOfCase(d, caseId),
      d.tagGroups.where('caseId').equals(caseId).toArray(),
      d.tags.where('caseId').equals(caseId).toArray(),
      d.facts.where('caseId').equals(caseId).toArray(),
      d.expertReports.where('caseId').equals(caseId).toArray(),
      d.arguments.where('caseId').equals(caseId).toArray(),
      d.authorities.where('caseId').equals(caseId).toArray(),
      d.savedViews.where('caseId').equals(caseId).toArray(),
      d.exportRecords.where('caseId').equals(caseId).toArray(),
      auditEntriesOf(d, caseId),
    ]);
    return {
      format: CASE_FORMAT_NAME, formatVersion: CASE_FORMAT_VERSION, case: theCase,
      parties, evidence, tagGroups, tags, facts, expertReports, arguments: args, authorities, savedViews, exportRecords, auditEntries,
    };
  });
}
