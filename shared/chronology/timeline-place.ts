import type { FactSpan } from './fact-span';
import type { Placed } from './timeline-marks';

export interface PlaceOptions { minBandPx: number; fuzzPx: number; arrowPx: number }

/** A fact's mark in px: a band for a period, a point, a haze, an arrow; and where its label goes. */
export function placeFact(id: string, labelWidth: number, span: FactSpan, xOf: (ms: number) => number, width: number, o: PlaceOptions): Placed {
  const sx = xOf(span.startMs);
  const ex = xOf(span.endMs);
  let x0 = sx;
  let x1 = ex;
  let isBand = false;
  if (span.shape === 'period' || span.shape === 'range' || (span.shape === 'day' && ex - sx >= o.minBandPx)) {
    isBand = true;
    if (ex - sx < o.minBandPx) { const mid = (sx + ex) / 2; x0 = mid - o.minBandPx / 2; x1 = mid + o.minBandPx / 2; }
  } else if (span.shape === 'around') {
    const mid = (sx + ex) / 2;
    const half = Math.max(o.fuzzPx, (ex - sx) / 2);
    x0 = mid - half; x1 = mid + half;
  } else if (span.shape === 'before') {
    x0 = sx - o.arrowPx; x1 = sx;
  } else if (span.shape === 'after') {
    x0 = sx; x1 = sx + o.arrowPx;
  } else {
    x0 = x1 = (sx + ex) / 2;
  }
  // Clip to the visible width: a band that runs off the edge is drawn to the edge.
  x0 = Math.max(x0, 0);
  x1 = Math.min(x1, width);
  const x = span.shape === 'before' ? x1 : span.shape === 'after' ? x0 : (x0 + x1) / 2;
  const labelStart = isBand ? x0 : x + 6;
  // Near the right edge the label goes to the left of the mark.
  const labelX = labelStart + labelWidth > width ? Math.max(0, (isBand ? x1 : x - 6) - labelWidth) : labelStart;
  return {
    mark: { kind: 'fact', id, shape: span.shape, isBand, x, x0, x1, labelX, lane: 0 },
    anchor: x,
    end: Math.max(x1, labelX + labelWidth),
    spans: { startMs: span.startMs, endMs: span.endMs },
  };
}
