import { PDFDict, PDFName, type PDFPage } from 'pdf-lib';
import { numbersOp, pdfNumber } from './content-text';
import { encodeText, textWidth, type BundleFont } from './fonts';

const STAMP_SIZE = 9;
const PAD_X = 4;
const PAD_Y = 3;
/** Distance of the stamp box from the right and bottom edges of the page as displayed. */
const INSET_RIGHT = 16;
const INSET_BOTTOM = 12;

/**
 * The matrix from "display space" (origin at the bottom left of the page as a
 * viewer shows it, after /Rotate, in points) to the page's user space. pdf-lib's
 * drawText ignores /Rotate and the box origin; a stamp drawn through this
 * matrix sits bottom right and upright on rotated and offset pages too.
 */
export function displayToUser(rotation: number, box: { x: number; y: number; width: number; height: number }): {
  matrix: [number, number, number, number, number, number];
  width: number;
  height: number;
} {
  const r = (((Math.round(rotation / 90) * 90) % 360) + 360) % 360;
  const { x, y, width: w, height: h } = box;
  if (r === 90) return { matrix: [0, 1, -1, 0, x + w, y], width: h, height: w };
  if (r === 180) return { matrix: [-1, 0, 0, -1, x + w, y + h], width: w, height: h };
  if (r === 270) return { matrix: [0, -1, 1, 0, x, y + h], width: h, height: w };
  return { matrix: [1, 0, 0, 1, x, y], width: w, height: h };
}

/** What the stamp and the room for it need to know about a page: its crop box and rotation. */
export interface PageGeometry {
  rotation: number;
  box: { x: number; y: number; width: number; height: number };
}

export function pageGeometry(page: PDFPage): PageGeometry {
  return { rotation: page.getRotation().angle, box: page.getCropBox() };
}

/**
 * Stamps a label bottom right on a page, in a white box so it stays legible
 * over exhibit content. The stamp is its own content stream appended after
 * the page's (pdf-lib wraps the original in q/Q with two shared streams), so
 * each page costs one small new object. Its text is written directly, to the
 * bytes pdf-lib's operators would print: a bundle has one stamp per page, and
 * thousands of operator objects kept until the save cost memory and GC time.
 */
export function stampPage(page: PDFPage, label: string, font: BundleFont, geometry: PageGeometry = pageGeometry(page)): void {
  const node = page.node;
  node.normalize();
  const fonts = node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict) ?? node.normalizedEntries().Font;
  const fontKey = stampFontKey(fonts, font);
  const view = displayToUser(geometry.rotation, geometry.box);
  const textW = textWidth(font, label, STAMP_SIZE);
  const boxW = textW + 2 * PAD_X;
  const boxH = STAMP_SIZE + 2 * PAD_Y;
  const u = Math.max(2, view.width - INSET_RIGHT - boxW);
  const v = Math.min(INSET_BOTTOM, Math.max(2, view.height - boxH - 2));
  const content = 'q\n'
    + numbersOp('cm', ...view.matrix)
    + '1 1 1 rg\n0.45 0.45 0.5 RG\n0.5 w\n'
    + numbersOp('m', u, v)
    + numbersOp('l', u + boxW, v)
    + numbersOp('l', u + boxW, v + boxH)
    + numbersOp('l', u, v + boxH)
    + 'h\nB\n0 0 0 rg\nBT\n'
    + `${fontKey.toString()} ${pdfNumber(STAMP_SIZE)} Tf\n`
    + numbersOp('Td', u + PAD_X, v + PAD_Y + 1.6)
    + `${encodeText(font, label).toString()} Tj\nET\nQ\n`;
  // Left uncompressed: a few hundred bytes, and deflating thousands of tiny streams with pako costs more than it saves.
  const context = page.doc.context;
  node.addContentStream(context.register(context.stream(ascii.encode(content))));
}

/** The stamp is ASCII: the native encoder gives the bytes pdf-lib's per-character loop would. */
const ascii = new TextEncoder();

/** Uses a fixed resource name, unless a merged page (an older bundle) already uses it for another font. */
function stampFontKey(fonts: PDFDict, font: BundleFont): PDFName {
  for (let i = 0; ; i++) {
    const key = PDFName.of(i === 0 ? 'ExpStamp' : `ExpStamp${i}`);
    const existing = fonts.get(key);
    if (existing === undefined || existing === font.pdf.ref) {
      fonts.set(key, font.pdf.ref);
      return key;
    }
  }
}
