import { PAGE } from './style';

/** The highest resolution an image is placed at; larger images are resampled down to it. */
export const MAX_DPI = 300;
/** Margins of an image page (the caption sits in the top one). */
export const IMAGE_MARGIN = 42;
/** Room above the bottom margin of an image page, which keeps the page stamp clear of the image. */
export const IMAGE_FOOT = 14;

export interface ImageLayout {
  pageWidth: number;
  pageHeight: number;
  /** The box the image is fitted into, in points. */
  boxWidth: number;
  boxHeight: number;
  /** The image as drawn, in points. */
  drawWidth: number;
  drawHeight: number;
}

/**
 * Where an image of this many pixels goes: its own A4 page, landscape for wide
 * images, scaled to fit inside the margins and never enlarged past its natural
 * size (1 px = 1 pt), so small screenshots are not blown up into blur.
 */
export function imageLayout(width: number, height: number): ImageLayout {
  const isLandscape = width > height * 1.15;
  const [pageWidth, pageHeight] = isLandscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  const boxWidth = pageWidth - 2 * IMAGE_MARGIN;
  const boxHeight = pageHeight - 2 * IMAGE_MARGIN - IMAGE_FOOT;
  const scale = Math.min(1, boxWidth / width, boxHeight / height);
  return { pageWidth, pageHeight, boxWidth, boxHeight, drawWidth: width * scale, drawHeight: height * scale };
}

/**
 * The pixel size an image is embedded at: its own, or, when it would be drawn
 * at more than MAX_DPI, the size that draws it at MAX_DPI (same aspect ratio).
 */
export function embedSize(width: number, height: number): { width: number; height: number } {
  const { drawWidth, drawHeight } = imageLayout(width, height);
  const maxWidth = Math.round((drawWidth / 72) * MAX_DPI);
  const maxHeight = Math.round((drawHeight / 72) * MAX_DPI);
  if (width <= maxWidth && height <= maxHeight) return { width, height };
  return { width: Math.max(1, maxWidth), height: Math.max(1, maxHeight) };
}
