import { PDFPage } from 'pdf-lib';
import { textWidth, type BundleFont } from './fonts';
import { fitSize, truncateToWidth, wrapText } from './layout';
import type { PageInk } from './page-ink';
import type { BuildState } from './state';
import {
  ACCENT, BODY_SIZE, CONTENT_WIDTH, HEADER_SHADE, INK, LINE_FACTOR, LINK, MARGIN, MUTED, PAGE, RULE, SHADE,
  TABLE_SIZE, type Color,
} from './style';

export interface TextStyle {
  bold?: boolean;
  size?: number;
  color?: Color;
}

export type Cell = string | { text: string; bold?: boolean; color?: Color; deferred?: () => string };
export interface Column { title: string; width: number; align?: 'left' | 'right' }
export interface Row { cells: Cell[]; link?: string; anchor?: string; bold?: boolean; shade?: boolean }

/** Returns the anchor a citation token like "[E-0003]" points to, or null to leave it plain. */
export type CitationResolver = (token: string) => string | null;
const CITATION = /\[[^[\]\n]{1,40}\]/g;
const PAD = 4;

/**
 * Flows text, key/value lists and tables down A4 pages, starting a new page
 * (with the running head and repeated table header) when one is full. All
 * text passes through the sanitiser, so pseudonyms and glyph checks cannot be
 * bypassed by a section.
 */
export class Flow {
  private ink!: PageInk;
  private pageIndex = -1;
  private y = 0;

  constructor(private readonly state: BuildState, private readonly runningHead: string) {}

  get currentPageIndex(): number {
    return this.pageIndex;
  }

  newPage(): void {
    const page = PDFPage.create(this.state.doc);
    page.setSize(PAGE.width, PAGE.height);
    this.ink = this.state.inkFor(page);
    this.pageIndex = this.state.addPage(page, true);
    this.y = PAGE.height - MARGIN.top;
    this.drawRunningHead();
  }

  /** A line of text centred on the page (cover and divider pages). */
  centered(text: string, style: TextStyle): void {
    const size = style.size ?? BODY_SIZE;
    for (const line of this.wrap(text, style, CONTENT_WIDTH)) {
      this.ensure(size * LINE_FACTOR);
      const w = textWidth(this.font(style), line, size);
      this.drawText(line, (PAGE.width - w) / 2, this.y - size, style);
      this.y -= size * LINE_FACTOR;
    }
  }

  /** Wrapped text inside a ruled box (legends, withheld notices). */
  box(text: string, style: TextStyle, border: Color = ACCENT): void {
    const size = style.size ?? BODY_SIZE;
    const lh = size * LINE_FACTOR;
    const inner = 10;
    const lines = this.wrap(text, style, CONTENT_WIDTH - 2 * inner);
    const h = lines.length * lh + 2 * inner - (lh - size);
    this.ensure(h + 4);
    this.ink.rect(MARGIN.left, this.y - h, CONTENT_WIDTH, h, { border, borderWidth: 1.2 });
    this.y -= inner;
    this.drawLines(lines, MARGIN.left + inner, style);
    this.y -= inner - (lh - size) - 0.01;
    this.gap(10);
  }

  /** Remaining vertical space on the current page. */
  get spaceLeft(): number {
    return this.y - MARGIN.bottom;
  }

  gap(h: number): void {
    this.y -= h;
  }

  /** Starts a new page unless h points still fit. */
  ensure(h: number): void {
    if (this.pageIndex < 0 || this.y - h < MARGIN.bottom) this.newPage();
  }

  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10.5;
    const lines = this.wrap(text, { bold: true, size }, CONTENT_WIDTH);
    // Keep a heading with at least two lines of what follows it.
    this.ensure(lines.length * size * LINE_FACTOR + 3 * BODY_SIZE * LINE_FACTOR);
    this.gap(level === 1 ? 4 : 8);
    this.drawLines(lines, MARGIN.left, { bold: true, size, color: level === 1 ? ACCENT : INK });
    if (level === 1) {
      this.ink.line(MARGIN.left, this.y + 2, PAGE.width - MARGIN.right, this.y + 2, 0.8, ACCENT);
      this.gap(10);
    } else this.gap(3);
  }

  paragraph(text: string, style: TextStyle = {}, opts: { indent?: number; after?: number; linkify?: CitationResolver } = {}): void {
    const indent = opts.indent ?? 0;
    const size = style.size ?? BODY_SIZE;
    const lh = size * LINE_FACTOR;
    for (const line of this.wrap(text, style, CONTENT_WIDTH - indent)) {
      this.ensure(lh);
      const baseline = this.y - size;
      if (opts.linkify) this.drawLinkedLine(line, MARGIN.left + indent, baseline, style, opts.linkify);
      else this.drawText(line, MARGIN.left + indent, baseline, style);
      this.y -= lh;
    }
    this.gap(opts.after ?? size * 0.6);
  }

  /** Label / value pairs in two columns; empty values are shown as an en dash, never dropped. */
  keyValues(rows: readonly (readonly [string, string] | readonly [string, string, number])[], labelWidth = 132, size = 9): void {
    for (const [label, value, valueSize = size] of rows) {
      // Hashes get a smaller size so 64 hex digits stay on one line.
      const lh = Math.max(size, valueSize) * LINE_FACTOR;
      const labels = this.wrap(label, { bold: true, size }, labelWidth - 8);
      const values = this.wrap(value.trim() === '' ? '–' : value, { size: valueSize }, CONTENT_WIDTH - labelWidth);
      const n = Math.max(labels.length, values.length);
      for (let i = 0; i < n; i++) {
        this.ensure(lh);
        const baseline = this.y - size;
        const l = labels[i];
        const v = values[i];
        if (l) this.drawText(l, MARGIN.left, baseline, { bold: true, size, color: MUTED });
        if (v !== undefined) this.drawText(v, MARGIN.left + labelWidth, baseline, { size: valueSize });
        this.y -= lh;
      }
      this.gap(2);
    }
    this.gap(6);
  }

  /** A table whose rows may run over pages (long rows are split by lines); the header repeats. */
  table(columns: readonly Column[], rows: readonly Row[], size = TABLE_SIZE): void {
    const lh = size * LINE_FACTOR;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const header = (): void => {
      this.ensure(lh + 2 * PAD + lh * 2 + 2 * PAD);
      const h = lh + 2 * PAD;
      this.ink.rect(MARGIN.left, this.y - h, CONTENT_WIDTH, h, { fill: HEADER_SHADE });
      columns.forEach((c, i) => this.drawCellLine(c.title, xs[i]!, widths[i]!, this.y - PAD - size, { bold: true, size }, c.align));
      this.y -= h;
    };
    header();
    rows.forEach((row, r) => {
      const cells = row.cells.map((cell, i) => {
        const text = typeof cell === 'string' ? cell : cell.text;
        const style: TextStyle = { size, bold: row.bold || (typeof cell !== 'string' && cell.bold), color: typeof cell === 'string' ? INK : cell.color ?? INK };
        const deferred = typeof cell === 'string' ? undefined : cell.deferred;
        const lines = deferred ? [''] : this.wrap(text, style, widths[i]! - 2 * PAD);
        return { lines, style, deferred };
      });
      let first = true;
      while (cells.some((c) => c.lines.length > 0)) {
        if (this.y - (lh + 2 * PAD) < MARGIN.bottom) {
          this.newPage();
          header();
        }
        const fit = Math.max(1, Math.floor((this.y - MARGIN.bottom - 2 * PAD) / lh));
        const n = Math.min(fit, Math.max(...cells.map((c) => c.lines.length)));
        const h = n * lh + 2 * PAD;
        const top = this.y;
        if (row.shade ?? r % 2 === 1) this.ink.rect(MARGIN.left, top - h, CONTENT_WIDTH, h, { fill: SHADE });
        cells.forEach((c, i) => {
          const part = c.lines.splice(0, n);
          part.forEach((line, k) => this.drawCellLine(line, xs[i]!, widths[i]!, top - PAD - size - k * lh, c.style, columns[i]?.align));
          if (c.deferred && first) this.deferCell(c.deferred, xs[i]!, widths[i]!, top - PAD - size, c.style, columns[i]?.align);
        });
        this.ink.line(MARGIN.left, top - h, MARGIN.left + CONTENT_WIDTH, top - h, 0.4, RULE);
        if (first && row.link) this.state.links.push({ pageIndex: this.pageIndex, rect: [MARGIN.left, top - h, MARGIN.left + CONTENT_WIDTH, top], target: row.link });
        if (first && row.anchor) this.state.anchors.set(row.anchor, { pageIndex: this.pageIndex, top: top + 6 });
        first = false;
        this.y -= h;
      }
    });
    this.gap(10);
  }

  private deferCell(text: () => string, x: number, width: number, baseline: number, style: TextStyle, align: Column['align']): void {
    const ink = this.ink;
    this.state.deferred.push(() => {
      const s = text();
      const font = this.font(style);
      const size = fitSize(font, s, style.size ?? TABLE_SIZE, width - 2 * PAD);
      const w = textWidth(font, s, size);
      const tx = align === 'right' ? x + width - PAD - w : x + PAD;
      ink.run(font, s, tx, baseline, size, style.color ?? INK);
    });
  }

  private drawCellLine(line: string, x: number, width: number, baseline: number, style: TextStyle, align: Column['align']): void {
    if (!line) return;
    const w = textWidth(this.font(style), line, style.size ?? TABLE_SIZE);
    this.drawText(line, align === 'right' ? x + width - PAD - w : x + PAD, baseline, style);
  }

  /** Draws a line with citation tokens in link colour and records a link over each. */
  private drawLinkedLine(line: string, x: number, baseline: number, style: TextStyle, resolve: CitationResolver): void {
    const size = style.size ?? BODY_SIZE;
    const font = this.font(style);
    let cursor = 0;
    for (const m of line.matchAll(CITATION)) {
      const target = resolve(m[0]);
      if (!target) continue;
      const before = line.slice(cursor, m.index);
      const bx = x + textWidth(font, line.slice(0, m.index), size);
      if (before) this.drawText(before, x + textWidth(font, line.slice(0, cursor), size), baseline, style);
      const w = textWidth(font, m[0], size);
      this.drawText(m[0], bx, baseline, { ...style, color: LINK });
      this.ink.line(bx, baseline - 1.5, bx + w, baseline - 1.5, 0.5, LINK);
      this.state.links.push({ pageIndex: this.pageIndex, rect: [bx, baseline - 3, bx + w, baseline + size], target });
      cursor = m.index + m[0].length;
    }
    const rest = line.slice(cursor);
    if (rest) this.drawText(rest, x + (cursor ? textWidth(font, line.slice(0, cursor), size) : 0), baseline, style);
  }

  private drawLines(lines: readonly string[], x: number, style: TextStyle): void {
    const size = style.size ?? BODY_SIZE;
    for (const line of lines) {
      this.drawText(line, x, this.y - size, style);
      this.y -= size * LINE_FACTOR;
    }
  }

  /** Text is already clean here (wrap() cleaned it); draws one run. */
  private drawText(text: string, x: number, baseline: number, style: TextStyle): void {
    if (!text) return;
    this.ink.run(this.font(style), text, x, baseline, style.size ?? BODY_SIZE, style.color ?? INK);
  }

  private wrap(text: string, style: TextStyle, width: number): string[] {
    return wrapText(this.font(style), this.state.text.clean(text), style.size ?? BODY_SIZE, width);
  }

  private font(style: TextStyle): BundleFont {
    return style.bold ? this.state.fonts.bold : this.state.fonts.regular;
  }

  private drawRunningHead(): void {
    if (!this.runningHead) return;
    const size = 7.5;
    const font = this.state.fonts.regular;
    const right = this.state.text.clean(this.runningHead);
    const section = this.state.section === 'front' ? '' : `Section ${this.state.section}`;
    const y = PAGE.height - 34;
    const leftText = truncateToWidth(font, right, size, CONTENT_WIDTH - 90);
    this.ink.run(font, leftText, MARGIN.left, y, size, MUTED);
    if (section) {
      const w = textWidth(font, section, size);
      this.ink.run(font, section, PAGE.width - MARGIN.right - w, y, size, MUTED);
    }
    this.ink.line(MARGIN.left, y - 5, PAGE.width - MARGIN.right, y - 5, 0.4, RULE);
  }
}
