import type { ExpertReport } from '../../domain/types';
import { placeAttachment, type FetchFile } from '../attachment';
import type { CitationResolver } from '../flow';
import { Flow } from '../flow';
import { formatBytes, formatDate } from '../format';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { citeList } from '../citations';
import { checklistRows, instructionsText } from './expert-checklist';
import { problemSlip } from './exhibit-cover';
import { runningHead } from './front';
import { partyName } from './summary';

/** One expert report of section E: a summary sheet, then the signed report itself merged. */
export async function buildExpertReport(state: BuildState, r: ExpertReport, fetchFile: FetchFile, linkify: CitationResolver): Promise<void> {
  const key = `report:${r.id}`;
  const doc = state.beginDoc({ key, title: r.title, date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading(`Expert report: ${r.title}`);
  flow.keyValues([
    ['Expert', partyName(state, r.expertPartyId)],
    ['Date', formatDate(r.date)],
    ['Qualifications', r.qualifications],
    ['Instructions received', instructionsText(r)],
    ['Report file', r.attachment ? `${r.attachment.name} · ${formatBytes(r.attachment.size)}` : 'No file attached'],
    ...(r.attachment ? ([['SHA-256', r.attachment.sha256, 8]] as const) : []),
  ]);
  const checklist = checklistRows(r);
  flow.heading('Completeness (CPR PD35 para 3.2)', 2);
  flow.paragraph(checklist.verdict, { bold: true, size: 9.5 });
  flow.keyValues(checklist.rows, 200, 8.5);
  flow.heading('Summary of conclusions', 2);
  flow.paragraph(r.conclusions.trim() || 'No conclusions recorded.', {}, { linkify });
  flow.heading('Range of opinion', 2);
  flow.paragraph(r.rangeOfOpinion?.trim() || 'Not recorded.', {}, { linkify });
  if (r.findings.length > 0) {
    flow.heading('Findings', 2);
    r.findings.forEach((f, i) => {
      flow.paragraph(`${i + 1}. ${f.text}`, {}, { linkify, after: 2 });
      const refs = citeList(state, f.evidence, f.factIds);
      if (refs) flow.paragraph(`Rests on: ${refs}`, { size: 8.5, color: MUTED }, { indent: 14, linkify });
    });
  }
  if (r.attachment) {
    // Expert reports are merged as PDF; an image attached to one is refused, never embedded unseen.
    const loaded = await placeAttachment(state.doc, r.attachment, await fetchFile(r.attachment), 'refuse');
    if (loaded.kind === 'pdf') for (const page of loaded.pages) state.addPage(page, false);
    else if (loaded.kind === 'problem') {
      const detail = loaded.detail ? ` [${loaded.detail}]` : '';
      state.warn({ code: loaded.code, message: `Expert report "${r.title}": ${loaded.reason}${detail}`, documentKey: key });
      problemSlip(flow, null, 'Expert report', loaded.reason, r.attachment);
    }
  }
  state.endDoc(doc);
}
