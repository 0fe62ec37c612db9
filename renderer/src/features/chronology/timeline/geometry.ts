/** Vertical rhythm of the timeline drawing, in px. */
export const MARGIN = 14;
export const AXIS_Y = 30;
export const TOP = 44;
export const LANE_HEIGHT = 48;

/** Where a lane starts, and its marker row. */
export function laneY(lane: number): { top: number; markY: number } {
  const top = TOP + lane * LANE_HEIGHT;
  return { top, markY: top + 7 };
}
