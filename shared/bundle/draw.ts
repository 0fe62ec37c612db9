import {
  PDFName, beginText, endText, setFillingRgbColor, setFontAndSize, setTextMatrix, showText, type PDFPage,
} from 'pdf-lib';
import { encodeText, type BundleFont } from './fonts';
import type { Color } from './style';

const registered = new WeakMap<PDFPage, Set<string>>();

/** Makes the font available on the page under the bundle's fixed resource name. */
export function useFont(page: PDFPage, font: BundleFont): PDFName {
  const name = PDFName.of(font.key);
  let keys = registered.get(page);
  if (!keys) registered.set(page, (keys = new Set()));
  if (!keys.has(font.key)) {
    page.node.setFontDictionary(name, font.pdf.ref);
    keys.add(font.key);
  }
  return name;
}

/**
 * Draws one run of text on a page the bundle generated. Lighter than
 * page.drawText, which shapes the string with fontkit and wraps every call in
 * its own graphics state; the text here is already clean and measured.
 */
export function drawRun(page: PDFPage, font: BundleFont, text: string, x: number, y: number, size: number, color: Color): void {
  if (!text) return;
  const name = useFont(page, font);
  page.pushOperators(
    beginText(),
    setFontAndSize(name, size),
    setFillingRgbColor(color.red, color.green, color.blue),
    setTextMatrix(1, 0, 0, 1, round(x), round(y)),
    showText(encodeText(font, text)),
    endText(),
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
