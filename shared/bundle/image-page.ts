import { PDFPage, type PDFImage } from 'pdf-lib';
import { truncateToWidth } from './layout';
import type { BuildState } from './state';
import { MUTED, PAGE, RULE } from './style';

const MARGIN = 42;
const CAPTION = 8;

/**
 * Places an image on its own A4 page, landscape for wide images, scaled to fit
 * inside the margins and never enlarged past its natural size (1 px = 1 pt),
 * so small screenshots are not blown up into blur. The image bytes are
 * embedded unchanged (a JPEG is passed through), so what the court sees is
 * the file whose SHA-256 is on the cover sheet.
 */
export function addImagePage(state: BuildState, image: PDFImage, caption: string): void {
  const isLandscape = image.width > image.height * 1.15;
  const [w, h] = isLandscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  const page = PDFPage.create(state.doc);
  page.setSize(w, h);
  const ink = state.inkFor(page);
  const font = state.fonts.regular;
  const text = truncateToWidth(font, state.text.clean(caption), CAPTION, w - 2 * MARGIN);
  ink.run(font, text, MARGIN, h - MARGIN + 8, CAPTION, MUTED);
  ink.line(MARGIN, h - MARGIN + 3, w - MARGIN, h - MARGIN + 3, 0.4, RULE);
  // Room below for the page stamp.
  const boxW = w - 2 * MARGIN;
  const boxH = h - 2 * MARGIN - 14;
  const scale = Math.min(1, boxW / image.width, boxH / image.height);
  const dw = image.width * scale;
  const dh = image.height * scale;
  ink.image(image, (w - dw) / 2, MARGIN + 14 + (boxH - dh) / 2 - 4, dw, dh);
  state.addPage(page, false);
}
