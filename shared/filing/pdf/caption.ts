import { textWidth } from '../../bundle/fonts';
import type { TextSanitizer } from '../../bundle/text';
import type { FilingDocument } from '../document';
import { BODY, FILING_MARGIN, FILING_PAGE, FILING_WIDTH } from './geometry';
import { layoutRuns, type Line } from './inline-layout';
import type { FilingFlow } from './page-flow';

/** The heading of the filing: court, reference, the parties and the title, as a court caption. */
export function writeCaption(flow: FilingFlow, doc: FilingDocument, text: TextSanitizer): void {
  const clean = (s: string) => text.clean(s);
  const centred = (value: string, size: number, bold: boolean, muted = false) => {
    for (const line of layoutRuns([{ text: clean(value), bold, muted }], flow.fonts, size, FILING_WIDTH)) {
      flow.line(shift(line, (FILING_WIDTH - line.width) / 2), FILING_MARGIN.left, size, size * 1.45);
    }
  };
  if (doc.court) centred(doc.court, 12, true);
  if (doc.reference) centred(`${doc.labels.reference}: ${doc.reference}`, 10, false, true);
  flow.gap(18);
  if (doc.parties.length > 0) {
    const roleWidth = Math.min(150, Math.max(...doc.parties.map((p) => textWidth(flow.fonts.bold, clean(`${p.role}:`), 10))) + 12);
    for (const party of doc.parties) {
      const names = layoutRuns([{ text: clean(party.name) }], flow.fonts, BODY.size, FILING_WIDTH - roleWidth);
      flow.ensure(names.length * BODY.leading);
      const role = layoutRuns([{ text: clean(`${party.role}:`), bold: true, muted: true }], flow.fonts, 10, roleWidth)[0]!;
      flow.drawLine(role, FILING_MARGIN.left, flow.top - BODY.size, 10);
      for (const line of names) flow.line(line, FILING_MARGIN.left + roleWidth, BODY.size, BODY.leading);
    }
    flow.gap(8);
  }
  // As court captions run: court and reference, the parties, then what the document is.
  flow.gap(10);
  centred(doc.title.toLocaleUpperCase(doc.language === 'es' ? 'es-ES' : 'en-GB'), 16, true);
  flow.gap(8);
  flow.rule(FILING_MARGIN.left, FILING_PAGE.width - FILING_MARGIN.left - FILING_MARGIN.right);
  flow.gap(10);
}

export function shift(line: Line, dx: number): Line {
  return { ...line, runs: line.runs.map((r) => ({ ...r, x: r.x + dx })) };
}
