import { PDFPage, type PDFDocument } from 'pdf-lib';
import { drawRun } from '../../bundle/draw';
import type { FontSet } from '../../bundle/fonts';
import { INK, LINK, MUTED, RULE } from '../../bundle/style';
import { FILING_MARGIN, FILING_PAGE, NOTE, NOTE_RULE, SUP } from './geometry';
import type { Line } from './inline-layout';

export interface LinkRequest {
  pageIndex: number;
  rect: [number, number, number, number];
  href: string;
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2;
  pageIndex: number;
}

/**
 * Pages of a filing, filled top to bottom. Notes sit at the foot of the page
 * that marks them: before a line is placed, the room its notes need is
 * reserved too, and the line moves to the next page if both do not fit.
 */
export class FilingFlow {
  readonly pages: PDFPage[] = [];
  readonly links: LinkRequest[] = [];
  readonly anchors = new Map<string, { pageIndex: number; top: number }>();
  readonly outline: OutlineEntry[] = [];
  private page!: PDFPage;
  private y = 0;
  private pageNotes: Line[][] = [];
  private notesHeight = 0;

  constructor(private readonly doc: PDFDocument, readonly fonts: FontSet, private readonly notes: ReadonlyMap<number, Line[]>) {}

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  get top(): number {
    return this.y;
  }

  newPage(): void {
    if (this.pages.length > 0) this.finishPage();
    this.page = PDFPage.create(this.doc);
    this.page.setSize(FILING_PAGE.width, FILING_PAGE.height);
    this.pages.push(this.page);
    this.y = FILING_PAGE.height - FILING_MARGIN.top;
  }

  /** Room left for body text on this page. */
  get spaceLeft(): number {
    return this.y - FILING_MARGIN.bottom - this.notesHeight;
  }

  /** Starts a new page unless h points (plus the notes they mark) still fit. */
  ensure(h: number, marks: readonly number[] = []): void {
    if (this.pages.length === 0 || h + this.notesRoom(marks) > this.spaceLeft) this.newPage();
  }

  gap(h: number): void {
    this.y -= h;
  }

  anchor(key: string): void {
    this.anchors.set(key, { pageIndex: this.pageIndex, top: this.y + 4 });
  }

  mark(title: string, level: 1 | 2): void {
    this.outline.push({ title, level, pageIndex: this.pageIndex });
  }

  /** Places one laid-out line at x, with its notes reserved at the foot of the same page. */
  line(line: Line, x: number, size: number, leading: number): void {
    this.ensure(leading, line.notes);
    const baseline = this.y - size;
    this.drawLine(line, x, baseline, size);
    for (const n of line.notes) this.addNote(n);
    this.y -= leading;
  }

  drawLine(line: Line, x: number, baseline: number, size: number, page: PDFPage = this.page): void {
    for (const run of line.runs) {
      const font = run.bold ? this.fonts.bold : this.fonts.regular;
      const runSize = run.sup ? size * SUP.scale : size;
      const y = run.sup ? baseline + size * SUP.rise : baseline;
      drawRun(page, font, run.text, x + run.x, y, runSize, run.href ? LINK : run.muted ? MUTED : INK);
    }
    // One underline and one link over the words of a citation, spaces included.
    for (let i = 0; i < line.runs.length; i++) {
      const href = line.runs[i]!.href;
      if (!href) continue;
      let j = i;
      while (line.runs[j + 1]?.href === href) j++;
      const x0 = x + line.runs[i]!.x;
      const x1 = x + line.runs[j]!.x + line.runs[j]!.width;
      page.drawLine({ start: { x: x0, y: baseline - 1.5 }, end: { x: x1, y: baseline - 1.5 }, thickness: 0.4, color: LINK });
      this.links.push({ pageIndex: this.pages.indexOf(page), rect: [x0, baseline - 3, x1, baseline + size], href });
      i = j;
    }
  }

  rule(x: number, width: number, thickness = 0.6): void {
    this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness, color: RULE });
  }

  /** Draws the notes of the last page; call once at the end. */
  finish(): void {
    if (this.pages.length > 0) this.finishPage();
  }

  private notesRoom(marks: readonly number[]): number {
    const fresh = marks.filter((n) => this.notes.has(n));
    if (fresh.length === 0) return 0;
    const h = fresh.reduce((s, n) => s + noteHeight(this.notes.get(n)!), 0);
    return h + (this.pageNotes.length === 0 ? NOTE_RULE.above + NOTE_RULE.below : 0);
  }

  private addNote(n: number): void {
    const lines = this.notes.get(n);
    if (!lines || this.pageNotes.includes(lines)) return;
    this.notesHeight += noteHeight(lines) + (this.pageNotes.length === 0 ? NOTE_RULE.above + NOTE_RULE.below : 0);
    this.pageNotes.push(lines);
  }

  private finishPage(): void {
    if (this.pageNotes.length > 0) {
      let y = FILING_MARGIN.bottom + this.notesHeight - NOTE_RULE.above;
      this.page.drawLine({ start: { x: FILING_MARGIN.left, y }, end: { x: FILING_MARGIN.left + NOTE_RULE.width, y }, thickness: 0.6, color: RULE });
      y -= NOTE_RULE.below;
      for (const lines of this.pageNotes) {
        for (const line of lines) {
          this.drawLine(line, FILING_MARGIN.left, y - NOTE.size, NOTE.size);
          y -= NOTE.leading;
        }
        y -= NOTE.after;
      }
    }
    this.pageNotes = [];
    this.notesHeight = 0;
  }
}

export function noteHeight(lines: readonly Line[]): number {
  return lines.length * NOTE.leading + NOTE.after;
}
