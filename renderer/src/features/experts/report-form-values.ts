import type { ExpertReport } from '@shared/domain/types';
import type { ReportForm } from '@shared/experts/report-input';

/** A stored report back into the form; links shown by current exhibit and fact numbers, as they are typed. */
export function formFromReport(
  report: ExpertReport, exhibitNoOf: (evidenceId: string) => string, factNumberOf: (factId: string) => number | undefined,
): ReportForm {
  return {
    title: report.title,
    expertPartyId: report.expertPartyId ?? '',
    date: report.date ?? '',
    qualifications: report.qualifications,
    instructions: (report.instructionList ?? []).map((i) => ({ date: i.date ?? '', text: i.text })),
    conclusions: report.conclusions,
    rangeOfOpinion: report.rangeOfOpinion ?? '',
    findings: report.findings.map((f) => ({
      id: f.id,
      text: f.text,
      evidence: f.evidence.map((e) => ({ exhibitNo: exhibitNoOf(e.evidenceId), pinpoint: e.pinpoint })),
      facts: f.factIds.flatMap((id) => { const n = factNumberOf(id); return n === undefined ? [] : [`Fact ${n}`]; }).join(', '),
    })),
  };
}
