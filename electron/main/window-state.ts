import { z } from 'zod';

/**
 * The main window's remembered size and position. Pure: the file and the
 * displays come in as values, so a corrupt file or an unplugged monitor can be
 * tested without a screen.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  width: number;
  height: number;
  /** Absent → let the OS centre the window. */
  position: { x: number; y: number } | null;
  isMaximized: boolean;
}

export const MIN_WINDOW_WIDTH = 720;
export const MIN_WINDOW_HEIGHT = 480;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, position: null, isMaximized: false };

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().positive().max(100_000);

const savedWindowState = z
  .object({ x: coordinate.optional(), y: coordinate.optional(), width: extent, height: extent, isMaximized: z.boolean() })
  .refine((state) => (state.x === undefined) === (state.y === undefined), 'x and y come together');

/** Reads the saved JSON text; anything malformed is treated as "nothing saved". */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = savedWindowState.safeParse(json);
  if (!parsed.success) return null;
  const { x, y, width, height, isMaximized } = parsed.data;
  return { width, height, position: x !== undefined && y !== undefined ? { x, y } : null, isMaximized };
}

/** What gets written back: the window's normal (un-maximised) bounds plus the maximised flag. */
export function serializeWindowState(bounds: Rect, isMaximized: boolean): string {
  return JSON.stringify({ ...bounds, isMaximized });
}

function clamp(value: number, low: number, high: number): number {
  // When the display is smaller than our minimum, the display wins: the window must fit.
  return Math.max(Math.min(value, high), Math.min(low, high));
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function fitSize(state: WindowState, area: Rect): { width: number; height: number } {
  return {
    width: clamp(state.width, MIN_WINDOW_WIDTH, area.width),
    height: clamp(state.height, MIN_WINDOW_HEIGHT, area.height),
  };
}

/**
 * Keeps the window wholly on the display that shows most of it; if it would
 * be on no display at all (monitor unplugged), it is centred on the primary
 * display instead. `workAreas[0]` is the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) return state;
  const position = state.position;
  if (position === null) return { ...state, ...fitSize(state, primary) };

  const windowRect: Rect = { ...position, width: state.width, height: state.height };
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(windowRect, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  if (best === null) return { ...state, ...fitSize(state, primary), position: null };

  const size = fitSize(state, best);
  return {
    ...state,
    ...size,
    position: {
      x: clamp(position.x, best.x, best.x + best.width - size.width),
      y: clamp(position.y, best.y, best.y + best.height - size.height),
    },
  };
}

/** Saved file text + current displays → the state to open the window with. */
export function restoreWindowState(text: string | null, workAreas: readonly Rect[]): WindowState {
  return fitToDisplays(parseWindowState(text) ?? DEFAULT_WINDOW_STATE, workAreas);
}
