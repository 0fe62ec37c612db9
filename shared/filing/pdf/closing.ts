import type { TextSanitizer } from '../../bundle/text';
import type { FilingDocument } from '../document';
import { BODY, FILING_MARGIN, FILING_WIDTH, NUMBER_WIDTH } from './geometry';
import { layoutRuns } from './inline-layout';
import type { FilingFlow } from './page-flow';

/** Place and date, then the signature block in the right half, kept together on one page. */
export function writeClosing(flow: FilingFlow, doc: FilingDocument, text: TextSanitizer): void {
  const { placeAndDate, signatureLines } = doc.closing;
  const half = FILING_WIDTH / 2;
  const x = FILING_MARGIN.left + half;
  const block = signatureLines.map((s, i) => layoutRuns([{ text: text.clean(s), bold: i === 0 }], flow.fonts, 10.5, half)).flat();
  flow.gap(14);
  flow.ensure(BODY.leading + 44 + block.length * 14.5);
  for (const line of layoutRuns([{ text: text.clean(placeAndDate) }], flow.fonts, BODY.size, FILING_WIDTH - NUMBER_WIDTH)) {
    flow.line(line, FILING_MARGIN.left + NUMBER_WIDTH, BODY.size, BODY.leading);
  }
  if (block.length === 0) return;
  // Room to sign by hand, then a line.
  flow.gap(40);
  flow.rule(x, Math.min(200, half), 0.5);
  flow.gap(4);
  for (const line of block) flow.line(line, x, 10.5, 14.5);
}
