import type { PDFPage, PDFRef } from 'pdf-lib';
import { numbersOp, pdfNumber } from './content-text';
import { useFont } from './draw';
import { encodeText, type BundleFont } from './fonts';
import type { Color } from './style';

/**
 * The content of a page the bundle generates, kept as text and stored as one
 * compressed stream when the bundle is finished (after the deferred drawing of
 * index page ranges). It writes the bytes pdf-lib's drawRectangle, drawLine,
 * drawImage and operators print, without an object per operator and operand:
 * an index page holds thousands of them until the save, which made generated
 * pages the largest share of the build's garbage and of its peak memory.
 */
export class PageInk {
  private text = '';
  private ref: PDFRef | null = null;
  private isFinished = false;

  constructor(readonly page: PDFPage) {}

  /** One run of clean, measured text (see drawRun). */
  run(font: BundleFont, text: string, x: number, y: number, size: number, color: Color): void {
    if (!text) return;
    const name = useFont(this.page, font);
    this.open();
    this.text += `BT\n${name.toString()} ${pdfNumber(size)} Tf\n${rgb(color)} rg\n`
      + numbersOp('Tm', 1, 0, 0, 1, round(x), round(y))
      + `${encodeText(font, text).toString()} Tj\nET\n`;
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: Color): void {
    this.open();
    this.text += `q\n${rgb(color)} RG\n${pdfNumber(thickness)} w\n[] 0 d\n`
      + numbersOp('m', x1, y1) + numbersOp('m', x1, y1) + numbersOp('l', x2, y2) + 'S\nQ\n';
  }

  /** A rectangle filled, outlined, or both (an outline needs a border width). */
  rect(x: number, y: number, width: number, height: number, paint: { fill?: Color; border?: Color; borderWidth?: number }): void {
    this.open();
    const borderWidth = paint.borderWidth ?? 0;
    const mode = paint.fill && borderWidth ? 'B' : paint.fill ? 'f' : paint.border ? 'S' : 'h';
    this.text += 'q\n'
      + (paint.fill ? `${rgb(paint.fill)} rg\n` : '')
      + (paint.border ? `${rgb(paint.border)} RG\n` : '')
      + `${pdfNumber(borderWidth)} w\n[] 0 d\n`
      + numbersOp('cm', 1, 0, 0, 1, x, y) + IDENTITY + IDENTITY
      + `0 0 m\n${numbersOp('l', 0, height)}${numbersOp('l', width, height)}${numbersOp('l', width, 0)}h\n${mode}\nQ\n`;
  }

  image(ref: PDFRef, x: number, y: number, width: number, height: number): void {
    const name = this.page.node.newXObject('Image', ref);
    this.open();
    this.text += `q\n${numbersOp('cm', 1, 0, 0, 1, x, y)}${IDENTITY}${numbersOp('cm', width, 0, 0, height, 0, 0)}${IDENTITY}${name.toString()} Do\nQ\n`;
  }

  /** Stores what was drawn as the page's content stream; call once, when nothing more will be drawn. */
  finish(): void {
    this.isFinished = true;
    if (!this.ref) return;
    const { context } = this.page.doc;
    context.assign(this.ref, context.flateStream(ascii.encode(this.text)));
    this.text = '';
  }

  /** Reserves the stream's object number at the first drawing, where pdf-lib would register its content stream. */
  private open(): void {
    // Drawing after the stream was stored would be lost without a trace.
    if (this.isFinished) throw new Error('PageInk: drawing on a page whose content is already stored');
    if (this.ref) return;
    this.ref = this.page.doc.context.nextRef();
    this.page.node.addContentStream(this.ref);
  }
}

/** Content is ASCII (text is hex-encoded): the native UTF-8 encoder gives pdf-lib's bytes, without its per-character loop. */
const ascii = new TextEncoder();

/** The rotation and skew pdf-lib writes (as identity matrices) for an unrotated rectangle or image. */
const IDENTITY = '1 0 0 1 0 0 cm\n';

function rgb(c: Color): string {
  return `${pdfNumber(c.red)} ${pdfNumber(c.green)} ${pdfNumber(c.blue)}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
