import { rgb, type RGB } from 'pdf-lib';

/** A4 portrait in points, and margins wide enough for hole punching and the page stamp. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 64, right: 58, top: 58, bottom: 70 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.38, 0.39, 0.43);
export const RULE = rgb(0.78, 0.79, 0.82);
export const SHADE = rgb(0.95, 0.95, 0.96);
export const HEADER_SHADE = rgb(0.89, 0.91, 0.94);
export const ACCENT = rgb(0.11, 0.22, 0.4);
export const LINK = rgb(0.04, 0.3, 0.66);
export const WARNING = rgb(0.62, 0.12, 0.1);
export const WHITE = rgb(1, 1, 1);

export type Color = RGB;

export const BODY_SIZE = 10;
export const TABLE_SIZE = 8;
export const LINE_FACTOR = 1.38;
