import type { ExpertFinding, ExpertInstruction, ExpertReport, Pd35Item, Pd35Mark } from '@shared/domain/types';
import { pd35Checklist, withMark } from '@shared/experts/pd35-checklist';
import { instructionsAsText } from '@shared/experts/report-input';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';
import { storeBlob } from '../../evidence/data/blob-store';
import type { IntakeFile } from '../../evidence/data/intake-file';

const ACTOR = 'local user';
type Now = () => Date;
const clock: Now = () => new Date();

export interface ReportFields {
  title: string;
  expertPartyId: string | null;
  date: string | null; // yyyy-mm-dd
  qualifications: string;
  instructionList: ExpertInstruction[];
  conclusions: string;
  rangeOfOpinion: string;
  /** A finding with an empty id is new and gets one here. */
  findings: ExpertFinding[];
}

function checked(fields: ReportFields): ReportFields {
  if (!fields.title.trim()) throw new Error('A report needs its title');
  return {
    ...fields,
    title: fields.title.trim(),
    findings: fields.findings.map((f) => ({ ...f, id: f.id || crypto.randomUUID(), text: f.text.trim() })),
  };
}

// The older single-text fields are kept in step so readers of that shape (the bundle) see the same report.
function mirrored(report: ExpertReport): ExpertReport {
  const list = report.instructionList ?? [];
  const truth = pd35Checklist(report).rows.find((r) => r.item === 'statement-of-truth');
  return { ...report, instructions: instructionsAsText(list), hasStatementOfTruth: truth?.state === 'complete' };
}

/** Adds a report; the report and its audit entry are written together or not at all. */
export function createReport(database: ExpedienteDatabase, caseId: string, input: ReportFields, now: Now = clock): Promise<ExpertReport> {
  const fields = checked(input);
  return database.transaction('rw', [database.cases, database.expertReports, ...auditTables(database)], async () => {
    if (!(await database.cases.get(caseId))) throw new Error(`No case ${caseId}`);
    const report = mirrored({
      id: crypto.randomUUID(), caseId, ...fields, instructions: '', hasStatementOfTruth: false, attachment: null, archivedAt: null, checklist: {},
    });
    await database.expertReports.add(report);
    await appendAudit(database, {
      caseId, at: now().toISOString(), actor: ACTOR, action: 'expert-report.create', entity: 'expert-report', entityId: report.id,
      summary: `Expert report added: ${report.title}`, change: report,
    });
    return report;
  });
}

// Arrays are compared by value: a re-saved form must not log a change.
function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
}

/** Saves edited fields and logs which ones changed. */
export function updateReport(database: ExpedienteDatabase, id: string, input: ReportFields, now: Now = clock): Promise<string[]> {
  const fields = checked(input);
  return database.transaction('rw', [database.expertReports, ...auditTables(database)], async () => {
    const before = await database.expertReports.get(id);
    if (!before) throw new Error(`No expert report ${id}`);
    const changed = (Object.keys(fields) as (keyof ReportFields)[]).filter((k) => differs(before[k], fields[k]));
    if (changed.length === 0) return [];
    await database.expertReports.put(mirrored({ ...before, ...fields }));
    await appendAudit(database, {
      caseId: before.caseId, at: now().toISOString(), actor: ACTOR, action: 'expert-report.edit', entity: 'expert-report', entityId: id,
      summary: `Expert report "${fields.title}" edited: ${changed.join(', ')}`,
      change: Object.fromEntries(changed.map((k) => [k, { from: before[k] ?? null, to: fields[k] }])),
    });
    return changed;
  });
}

/** Ticks a PD35 item as present, marks it not applicable, or clears the user's mark (null). */
export function setChecklistMark(database: ExpedienteDatabase, id: string, item: Pd35Item, mark: Pd35Mark | null, now: Now = clock): Promise<void> {
  return database.transaction('rw', [database.expertReports, ...auditTables(database)], async () => {
    const report = await database.expertReports.get(id);
    if (!report) throw new Error(`No expert report ${id}`);
    const checklist = withMark(report.checklist, item, mark);
    if (!differs(report.checklist ?? {}, checklist)) return;
    await database.expertReports.put(mirrored({ ...report, checklist }));
    const what = mark === null ? 'mark cleared' : mark === 'present' ? 'marked present' : 'marked not applicable';
    await appendAudit(database, {
      caseId: report.caseId, at: now().toISOString(), actor: ACTOR, action: 'expert-report.checklist', entity: 'expert-report', entityId: id,
      summary: `Expert report "${report.title}": PD35 item ${item} ${what}`, change: { item, from: report.checklist?.[item] ?? null, to: mark },
    });
  });
}

/**
 * Attaches the signed report. Only a PDF by its sniffed type is accepted: the
 * bundle merges the report's pages, which it can only do for a PDF.
 */
export function attachReportPdf(database: ExpedienteDatabase, id: string, file: IntakeFile, now: Now = clock): Promise<ExpertReport> {
  if (file.mime !== 'application/pdf') return Promise.reject(new Error(`Not a PDF: ${file.mime}`));
  return database.transaction('rw', [database.expertReports, database.files, ...auditTables(database)], async () => {
    const report = await database.expertReports.get(id);
    if (!report) throw new Error(`No expert report ${id}`);
    const at = now().toISOString();
    const stored = await storeBlob(database, file, at);
    const attachment = { sha256: file.sha256, name: file.name, mime: file.mime, size: file.size };
    const after = { ...report, attachment };
    await database.expertReports.put(after);
    await appendAudit(database, {
      caseId: report.caseId, at, actor: ACTOR, action: 'expert-report.attach', entity: 'expert-report', entityId: id,
      summary: `Signed PDF attached to expert report "${report.title}": ${file.name} (SHA-256 ${file.sha256})`,
      change: { from: report.attachment, to: attachment, blob: stored },
    });
    return after;
  });
}

/** Archived reports leave the list and the bundles; their history stays. */
export function setReportArchived(database: ExpedienteDatabase, id: string, isArchived: boolean, now: Now = clock): Promise<void> {
  return database.transaction('rw', [database.expertReports, ...auditTables(database)], async () => {
    const report = await database.expertReports.get(id);
    if (!report) throw new Error(`No expert report ${id}`);
    if ((report.archivedAt !== null) === isArchived) return;
    const at = now().toISOString();
    await database.expertReports.update(id, { archivedAt: isArchived ? at : null });
    await appendAudit(database, {
      caseId: report.caseId, at, actor: ACTOR, action: isArchived ? 'expert-report.archive' : 'expert-report.restore', entity: 'expert-report',
      entityId: id, summary: `Expert report "${report.title}" ${isArchived ? 'archived' : 'restored'}`, change: { archived: isArchived },
    });
  });
}

/** Fact numbers typed in the form, resolved to the case's facts; the unknown numbers are returned to be shown. */
export async function resolveFactNumbers(database: ExpedienteDatabase, caseId: string, numbers: readonly number[]): Promise<{ factIds: string[]; unknown: number[] }> {
  const facts = await database.facts.where('caseId').equals(caseId).toArray();
  const byNumber = new Map(facts.map((f) => [f.number, f.id]));
  const factIds: string[] = [];
  const unknown: number[] = [];
  for (const n of numbers) {
    const id = byNumber.get(n);
    if (id) factIds.push(id);
    else unknown.push(n);
  }
  return { factIds, unknown };
}
