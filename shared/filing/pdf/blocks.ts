import { textWidth, type FontSet } from '../../bundle/fonts';
import type { TextSanitizer } from '../../bundle/text';
import type { FilingBlock, FilingFootnote, FilingInline } from '../document';
import { BODY, FILING_MARGIN, FILING_WIDTH, LIST, NOTE, NUMBER_WIDTH, QUOTE } from './geometry';
import { layoutRuns, type Line, type Run } from './inline-layout';
import type { FilingFlow } from './page-flow';

/** A paragraph's inlines as styled runs: citation text (linked when allowed), then its note mark. */
export function inlineRuns(inlines: readonly FilingInline[], clean: (s: string) => string): Run[] {
  const runs: Run[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      runs.push({ text: clean(inline.text) });
      continue;
    }
    if (inline.text) runs.push({ text: clean(inline.text), href: inline.href });
    if (inline.footnote !== null) runs.push({ text: String(inline.footnote), sup: true, note: inline.footnote });
  }
  return runs;
}

/** A note laid out with its number hanging in the margin of the notes. */
export function layoutNote(note: FilingFootnote, fonts: FontSet, clean: (s: string) => string): Line[] {
  const lines = layoutRuns([{ text: clean(note.text), href: note.href }], fonts, NOTE.size, FILING_WIDTH - NOTE.indent);
  const shifted = lines.map((l) => ({ ...l, runs: l.runs.map((r) => ({ ...r, x: r.x + NOTE.indent })) }));
  const number = String(note.number);
  shifted[0]!.runs.unshift({ text: number, x: 0, width: textWidth(fonts.regular, number, NOTE.size) });
  return shifted;
}

export function writeBlock(flow: FilingFlow, block: FilingBlock, text: TextSanitizer): void {
  const clean = (s: string) => text.clean(s);
  if (block.kind === 'heading') {
    const size = block.level === 1 ? 12 : 11;
    const lines = layoutRuns([{ text: clean(block.level === 1 ? block.text.toLocaleUpperCase() : block.text), bold: true }], flow.fonts, size, FILING_WIDTH);
    flow.gap(block.level === 1 ? 14 : 8);
    // Keep a heading with the first two lines of what follows.
    flow.ensure(lines.length * size * 1.4 + 2 * BODY.leading);
    flow.anchor(block.anchor);
    flow.mark(block.text, block.level);
    for (const line of lines) flow.line(line, FILING_MARGIN.left, size, size * 1.4);
    flow.gap(block.level === 1 ? 6 : 4);
    return;
  }
  const runs = inlineRuns(block.inlines, clean);
  if (block.style === 'quote') {
    const lines = layoutRuns(runs, flow.fonts, QUOTE.size, FILING_WIDTH - 2 * QUOTE.indent + NUMBER_WIDTH);
    for (const line of lines) flow.line(line, FILING_MARGIN.left + QUOTE.indent, QUOTE.size, QUOTE.leading);
    flow.gap(BODY.after);
    return;
  }
  if (block.list) {
    writeListItem(flow, block.list, runs);
    return;
  }
  const lines = layoutRuns(runs, flow.fonts, BODY.size, FILING_WIDTH - NUMBER_WIDTH);
  // No widow: a paragraph's first line does not stand alone at the foot of a page.
  if (lines.length > 1) flow.ensure(2 * BODY.leading, [...lines[0]!.notes, ...lines[1]!.notes]);
  lines.forEach((line, i) => {
    if (i === 0 && block.number !== null) {
      flow.ensure(BODY.leading, line.notes);
      if (block.anchor) flow.anchor(block.anchor);
      const label = `${block.number}.`;
      flow.drawLine({ runs: [{ text: label, x: 0, width: 0 }], width: 0, notes: [] }, FILING_MARGIN.left, flow.top - BODY.size, BODY.size);
    }
    flow.line(line, FILING_MARGIN.left + NUMBER_WIDTH, BODY.size, BODY.leading);
  });
  flow.gap(BODY.after);
}

/** A sub-paragraph: indented past the paragraph numbers by its depth, its marker hanging before the text, closer to its neighbours than paragraphs are. */
function writeListItem(flow: FilingFlow, list: NonNullable<Extract<FilingBlock, { kind: 'paragraph' }>['list']>, runs: Run[]): void {
  const left = FILING_MARGIN.left + NUMBER_WIDTH + list.level * LIST.indent;
  const textLeft = left + LIST.indent;
  const lines = layoutRuns(runs, flow.fonts, BODY.size, FILING_MARGIN.left + FILING_WIDTH - textLeft);
  if (lines.length > 1) flow.ensure(2 * BODY.leading, [...lines[0]!.notes, ...lines[1]!.notes]);
  lines.forEach((line, i) => {
    if (i === 0 && list.marker) {
      flow.ensure(BODY.leading, line.notes);
      flow.drawLine({ runs: [{ text: list.marker, x: 0, width: 0 }], width: 0, notes: [] }, left, flow.top - BODY.size, BODY.size);
    }
    flow.line(line, textLeft, BODY.size, BODY.leading);
  });
  flow.gap(BODY.after / 2);
}
