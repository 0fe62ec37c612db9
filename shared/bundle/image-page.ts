import { PDFPage, type PDFRef } from 'pdf-lib';
import { IMAGE_FOOT, IMAGE_MARGIN as MARGIN, imageLayout } from './image-fit';
import { truncateToWidth } from './layout';
import type { BuildState } from './state';
import { MUTED, RULE } from './style';

const CAPTION = 8;

/** An embedded image: its object, and the pixel size it is laid out by (before any resampling). */
export interface PlacedImage {
  ref: PDFRef;
  width: number;
  height: number;
}

/**
 * Places an image on its own A4 page (see imageLayout), centred in the box
 * under a caption, with room below for the page stamp.
 */
export function addImagePage(state: BuildState, image: PlacedImage, caption: string): void {
  const { pageWidth: w, pageHeight: h, boxHeight: boxH, drawWidth: dw, drawHeight: dh } = imageLayout(image.width, image.height);
  const page = PDFPage.create(state.doc);
  page.setSize(w, h);
  const ink = state.inkFor(page);
  const font = state.fonts.regular;
  const text = truncateToWidth(font, state.text.clean(caption), CAPTION, w - 2 * MARGIN);
  ink.run(font, text, MARGIN, h - MARGIN + 8, CAPTION, MUTED);
  ink.line(MARGIN, h - MARGIN + 3, w - MARGIN, h - MARGIN + 3, 0.4, RULE);
  ink.image(image.ref, (w - dw) / 2, MARGIN + IMAGE_FOOT + (boxH - dh) / 2 - 4, dw, dh);
  // Laid out with a free foot for the stamp, like every page built here: not shrunk as merged pages are
  // (which would also draw the image above MAX_DPI).
  state.addPage(page, true);
}
