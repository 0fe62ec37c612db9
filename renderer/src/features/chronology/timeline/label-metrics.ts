/** Label sizes shared by the layout estimate and the SVG that draws them. */
export const TITLE_FONT = '600 12px "Segoe UI", system-ui, "DejaVu Sans", sans-serif';
export const DATE_FONT = '11px "Segoe UI", system-ui, "DejaVu Sans", sans-serif';

let context: CanvasRenderingContext2D | null | undefined;

/** Width in px of a text in a font, measured once on an offscreen canvas (an estimate where there is none). */
export function textWidth(text: string, font: string): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7;
  context.font = font;
  return context.measureText(text).width;
}

/** The width a two-line fact label needs, with a little air. */
export function labelWidth(title: string, date: string): number {
  return Math.ceil(Math.max(textWidth(title, TITLE_FONT), textWidth(date, DATE_FONT))) + 8;
}
