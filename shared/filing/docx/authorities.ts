import {
  AlignmentType, BorderStyle, HeadingLevel, InternalHyperlink, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';
import type { FilingAuthorities, FilingAuthorityRow, FilingLabels } from '../document';
import { bookmarkName, linked, textRuns, type InlineContext } from './inlines';
import { STYLE, TEXT_WIDTH } from './layout';

const PARAS_WIDTH = Math.round(TEXT_WIDTH * 0.2);
const COLUMNS = [TEXT_WIDTH - PARAS_WIDTH, PARAS_WIDTH];
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/**
 * The table of authorities on a page of its own: a Heading 1, then a real
 * Word table, one shaded row per group, one row per authority (citation,
 * its detail, "draft — not law" where it applies) with the paragraphs that
 * cite it ("paras 3, 5"), linked to those paragraphs where links are allowed.
 */
export function authoritiesBlock(authorities: FilingAuthorities | null, labels: FilingLabels, c: InlineContext): (Paragraph | Table)[] {
  if (!authorities || authorities.groups.length === 0) return [];
  const rows: TableRow[] = [];
  for (const group of authorities.groups) {
    rows.push(new TableRow({
      cantSplit: true,
      children: [new TableCell({
        columnSpan: 2,
        shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' },
        children: [new Paragraph({ style: STYLE.authorityGroup, children: textRuns(group.heading) })],
      })],
    }));
    for (const row of group.rows) rows.push(authorityRow(row, labels, c));
  }
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: textRuns(labels.tableOfAuthorities) }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: COLUMNS,
      borders: { top: RULE, bottom: RULE, insideHorizontal: RULE, left: NONE, right: NONE, insideVertical: NONE },
      rows,
    }),
  ];
}

function authorityRow(row: FilingAuthorityRow, labels: FilingLabels, c: InlineContext): TableRow {
  const citation = linked(textRuns(row.citation, { bold: true, ...(c.allowLinks && row.href ? { style: 'Hyperlink' } : {}) }), row.href, c);
  const lines = [new Paragraph({ style: STYLE.tableText, keepNext: true, children: citation })];
  if (row.detail.trim()) lines.push(new Paragraph({ style: STYLE.tableText, children: textRuns(row.detail) }));
  if (row.note) lines.push(new Paragraph({ style: STYLE.tableText, children: textRuns(`(${row.note})`, { italics: true }) }));
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({ width: { size: COLUMNS[0]!, type: WidthType.DXA }, children: lines }),
      new TableCell({
        width: { size: COLUMNS[1]!, type: WidthType.DXA },
        children: [new Paragraph({ style: STYLE.tableText, alignment: AlignmentType.RIGHT, children: paragraphList(row.paragraphs, labels, c) })],
      }),
    ],
  });
}

/** "para 3" / "paras 3, 5"; each number links to its paragraph where links are allowed. */
function paragraphList(numbers: readonly number[], labels: FilingLabels, c: InlineContext): ParagraphChild[] {
  const out: ParagraphChild[] = [new TextRun(`${numbers.length === 1 ? labels.paragraph : labels.paragraphs} `)];
  numbers.forEach((n, i) => {
    if (i > 0) out.push(new TextRun(', '));
    const run = new TextRun({ text: String(n), ...(c.allowLinks ? { style: 'Hyperlink' } : {}) });
    out.push(c.allowLinks ? new InternalHyperlink({ anchor: bookmarkName(`para-${n}`), children: [run] }) : run);
  });
  return out;
}
