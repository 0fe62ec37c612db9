import { textWidth } from '../../bundle/fonts';
import type { TextSanitizer } from '../../bundle/text';
import type { FilingDocument } from '../document';
import { FILING_MARGIN, FILING_WIDTH } from './geometry';
import { layoutRuns } from './inline-layout';
import type { FilingFlow } from './page-flow';

const SIZE = 9.5;
const LEADING = 13;
const PARAS_WIDTH = 84;

/**
 * The table of authorities as an annex on its own page: groups, then each
 * authority (citation in bold, its title after it, a draft labelled as such)
 * with the paragraphs citing it in a right-hand column.
 */
export function writeAuthorities(flow: FilingFlow, doc: FilingDocument, text: TextSanitizer): void {
  if (!doc.authorities) return;
  const clean = (s: string) => text.clean(s);
  flow.newPage();
  const title = doc.labels.tableOfAuthorities;
  flow.mark(title, 1);
  for (const line of layoutRuns([{ text: clean(title.toLocaleUpperCase()), bold: true }], flow.fonts, 12, FILING_WIDTH)) {
    flow.line(line, FILING_MARGIN.left, 12, 17);
  }
  flow.gap(8);
  for (const group of doc.authorities.groups) {
    flow.gap(6);
    flow.ensure(17 + 2 * LEADING);
    for (const line of layoutRuns([{ text: clean(group.heading), bold: true }], flow.fonts, 10.5, FILING_WIDTH)) flow.line(line, FILING_MARGIN.left, 10.5, 15);
    flow.gap(2);
    for (const row of group.rows) {
      const runs = [
        { text: clean(row.citation), bold: true, href: row.href },
        ...(row.detail ? [{ text: ` — ${clean(row.detail)}`, muted: true }] : []),
        ...(row.note ? [{ text: ` (${clean(row.note)})`, bold: true }] : []),
      ];
      const lines = layoutRuns(runs, flow.fonts, SIZE, FILING_WIDTH - PARAS_WIDTH - 8);
      const paras = clean(`${row.paragraphs.length === 1 ? doc.labels.paragraph : doc.labels.paragraphs} ${row.paragraphs.join(', ')}`);
      flow.ensure(Math.min(lines.length, 3) * LEADING);
      const parasLine = layoutRuns([{ text: paras }], flow.fonts, SIZE, PARAS_WIDTH)[0]!;
      const w = textWidth(flow.fonts.regular, paras, SIZE);
      flow.drawLine(parasLine, FILING_MARGIN.left + FILING_WIDTH - Math.min(w, PARAS_WIDTH), flow.top - SIZE, SIZE);
      for (const line of lines) flow.line(line, FILING_MARGIN.left, SIZE, LEADING);
      flow.gap(4);
    }
  }
}
