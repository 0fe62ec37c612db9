import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import { pd35Checklist } from '@shared/experts/pd35-checklist';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { createFact } from '../../renderer/src/features/chronology/data/fact-commands';
import {
  attachReportPdf, createReport, resolveFactNumbers, setChecklistMark, setReportArchived, updateReport, type ReportFields,
} from '../../renderer/src/features/experts/data/report-commands';

let database: ExpedienteDatabase;
let caseId: string;
const fields = (over: Partial<ReportFields> = {}): ReportFields => ({
  title: 'Forensic analysis', expertPartyId: null, date: '2026-03-01', qualifications: 'PhD, image forensics',
  instructionList: [{ date: '2026-01-10', text: 'Determine whether E-0002 is synthetic.' }], conclusions: 'It is AI-generated.', rangeOfOpinion: '',
  findings: [{ id: '', text: 'Diffusion artefacts.', evidence: [], factIds: [] }], ...over,
});
const pdfBytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
const pdf = { name: 'signed.pdf', size: pdfBytes.length, mime: 'application/pdf', sha256: 'ab'.repeat(32), blob: new Blob([pdfBytes]) };

beforeEach(async () => {
  database = new ExpedienteDatabase(`reports-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('expert report commands', () => {
  it('adds a report with finding ids, the older text fields kept in step, and one chained audit entry', async () => {
    const report = await createReport(database, caseId, fields());
    expect(report.findings[0]!.id).toMatch(/[0-9a-f-]{36}/);
    expect(report.instructions).toBe('2026-01-10: Determine whether E-0002 is synthetic.');
    expect(report.hasStatementOfTruth).toBe(false);
    const log = await auditEntriesOf(database, caseId);
    expect(log.at(-1)).toMatchObject({ action: 'expert-report.create', entityId: report.id, summary: 'Expert report added: Forensic analysis' });
    expect(verifyAuditChain(log)).toMatchObject({ intact: true });
  });

  it('writes the report and its audit entry in one transaction: both or neither', async () => {
    database.auditEntries.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(createReport(database, caseId, fields())).rejects.toThrow();
    expect(await database.expertReports.count()).toBe(0);
  });

  it('logs the fields an edit changed, keeps finding ids, and logs nothing for a re-save', async () => {
    const report = await createReport(database, caseId, fields());
    const again = fields({ findings: report.findings, rangeOfOpinion: 'Some experts differ.' });
    expect(await updateReport(database, report.id, again)).toEqual(['rangeOfOpinion']);
    expect(await updateReport(database, report.id, again)).toEqual([]);
    const stored = await database.expertReports.get(report.id);
    expect(stored!.findings[0]!.id).toBe(report.findings[0]!.id);
    expect((await auditEntriesOf(database, caseId)).at(-1)!.summary).toBe('Expert report "Forensic analysis" edited: rangeOfOpinion');
  });

  it('records checklist marks, audit-logged, and mirrors the statement of truth', async () => {
    const report = await createReport(database, caseId, fields());
    await setChecklistMark(database, report.id, 'statement-of-truth', 'present');
    await setChecklistMark(database, report.id, 'duty-to-court', 'not-applicable');
    await setChecklistMark(database, report.id, 'duty-to-court', 'not-applicable'); // no change, no entry
    const stored = (await database.expertReports.get(report.id))!;
    expect(stored.hasStatementOfTruth).toBe(true);
    expect(pd35Checklist(stored)).toMatchObject({ complete: 4, applicable: 8 });
    const log = await auditEntriesOf(database, caseId);
    expect(log.filter((e) => e.action === 'expert-report.checklist').map((e) => e.summary)).toEqual([
      'Expert report "Forensic analysis": PD35 item statement-of-truth marked present',
      'Expert report "Forensic analysis": PD35 item duty-to-court marked not applicable',
    ]);
  });

  it('stores the signed PDF in the content-addressed store, and refuses anything else', async () => {
    const report = await createReport(database, caseId, fields());
    await expect(attachReportPdf(database, report.id, { ...pdf, mime: 'image/png' })).rejects.toThrow(/Not a PDF/);
    await attachReportPdf(database, report.id, pdf);
    expect((await database.expertReports.get(report.id))!.attachment).toEqual({ sha256: pdf.sha256, name: 'signed.pdf', mime: 'application/pdf', size: pdf.size });
    expect((await database.files.get(pdf.sha256))!.size).toBe(pdf.size);
    const log = await auditEntriesOf(database, caseId);
    expect(log.at(-1)).toMatchObject({ action: 'expert-report.attach' });
    expect(log.at(-1)!.summary).toContain(pdf.sha256);
  });

  it('archives and restores, each logged', async () => {
    const report = await createReport(database, caseId, fields());
    await setReportArchived(database, report.id, true);
    expect((await database.expertReports.get(report.id))!.archivedAt).not.toBeNull();
    await setReportArchived(database, report.id, false);
    const actions = (await auditEntriesOf(database, caseId)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['expert-report.archive', 'expert-report.restore']);
  });

  it('resolves typed fact numbers to the case facts and returns the unknown ones', async () => {
    const fact = await createFact(database, caseId, {
      date: { precision: 'undated', start: null, end: null, timeZone: null }, text: 'Grok generates it.', status: 'undisputed', materiality: 'yes', evidence: [], partyIds: [],
    });
    expect(await resolveFactNumbers(database, caseId, [1, 7])).toEqual({ factIds: [fact.id], unknown: [7] });
  });
});
