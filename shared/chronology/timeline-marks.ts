import type { SpanShape } from './fact-span';

export interface FactMark {
  kind: 'fact';
  id: string;
  shape: SpanShape;
  /** Drawn as a band from x0 to x1 (else a point at x). */
  isBand: boolean;
  x: number;
  x0: number;
  x1: number;
  /** Where the label starts; labels flip to the left of the mark near the right edge. */
  labelX: number;
  lane: number;
}

export interface ClusterMark {
  kind: 'cluster';
  key: string;
  ids: string[];
  x0: number;
  x1: number;
  lane: number;
  startMs: number;
  endMs: number;
}

export type TimelineMark = FactMark | ClusterMark;

/** A mark while the layout works on it: where it sits, how far right it (and its label) reach, its time. */
export interface Placed {
  mark: TimelineMark;
  anchor: number;
  end: number;
  spans: { startMs: number; endMs: number };
}

export function boxStart(item: Placed): number {
  return item.mark.kind === 'fact' ? Math.min(item.mark.x0, item.mark.labelX) : item.mark.x0;
}
