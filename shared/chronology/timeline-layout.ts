import type { FuzzyDate } from '../domain/types';
import { DAY_MS, factSpan, type SpanShape } from './fact-span';
import { timeTicks, type Ticks } from './time-ticks';

export interface TimelineFact {
  id: string;
  date: FuzzyDate;
  /** Width in px of the fact's label (number and date), measured or estimated by the caller. */
  labelWidth: number;
}

export interface TimeDomain { startMs: number; endMs: number }

export interface TimelineOptions {
  width: number;
  /** The visible stretch of time; null fits every dated fact. */
  domain: TimeDomain | null;
  maxLanes?: number;
  /** Below this width a day is drawn as a point, and no band is drawn narrower. */
  minBandPx?: number;
  /** Half-width of the haze around an "around" date, and length of a before/after arrow. */
  fuzzPx?: number;
  arrowPx?: number;
  clusterLabelWidth?: number;
  /** Space kept between two things in one lane. */
  gapPx?: number;
  tickSpacingPx?: number;
}

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

export interface TimelineLayout {
  domain: TimeDomain;
  width: number;
  ticks: Ticks & { xs: number[] };
  marks: TimelineMark[];
  laneCount: number;
  /** Facts with no date (or an invalid one), in input order: listed apart, never drawn. */
  undatedIds: string[];
  /** Dated facts outside the visible domain, before and after it. */
  earlierIds: string[];
  laterIds: string[];
}

const DEFAULTS = { maxLanes: 6, minBandPx: 6, fuzzPx: 9, arrowPx: 22, clusterLabelWidth: 72, gapPx: 10, tickSpacingPx: 90 };
const MIN_SPAN_MS = DAY_MS;

interface Placed {
  mark: TimelineMark;
  anchor: number;
  /** The furthest right this item (mark and label) reaches. */
  end: number;
  spans: { startMs: number; endMs: number };
}

/** Every dated fact in view with a little room on either side; at least a day. */
export function fitDomain(facts: readonly Pick<TimelineFact, 'date'>[]): TimeDomain | null {
  let start = Infinity;
  let end = -Infinity;
  for (const f of facts) {
    const span = factSpan(f.date);
    if (!span) continue;
    start = Math.min(start, span.startMs);
    end = Math.max(end, span.endMs);
  }
  if (start > end) return null;
  const centre = (start + end) / 2;
  const half = Math.max(end - start, MIN_SPAN_MS) / 2;
  const pad = half * 0.08;
  return { startMs: centre - half - pad, endMs: centre + half + pad };
}

/** The domain zoomed by factor (2 = twice as close) around a moment (its centre by default). */
export function zoomDomain(domain: TimeDomain, factor: number, aroundMs = (domain.startMs + domain.endMs) / 2): TimeDomain {
  const span = Math.max((domain.endMs - domain.startMs) / factor, MIN_SPAN_MS / 4);
  const share = (aroundMs - domain.startMs) / (domain.endMs - domain.startMs);
  return { startMs: aroundMs - span * share, endMs: aroundMs + span * (1 - share) };
}

/** The domain moved by a share of its own width (negative: earlier). */
export function panDomain(domain: TimeDomain, share: number): TimeDomain {
  const by = (domain.endMs - domain.startMs) * share;
  return { startMs: domain.startMs + by, endMs: domain.endMs + by };
}

/** A cluster's stretch of time with a margin, so zooming into it shows its facts apart. */
export function clusterDomain(cluster: Pick<ClusterMark, 'startMs' | 'endMs'>): TimeDomain {
  return fitDomain([
    { date: { precision: 'exact', start: new Date(cluster.startMs).toISOString(), end: null, timeZone: 'UTC' } },
    { date: { precision: 'exact', start: new Date(cluster.endMs).toISOString(), end: null, timeZone: 'UTC' } },
  ])!;
}

/**
 * The geometry of a timeline drawn to scale: ticks, one mark per fact in view
 * (bands for imprecise dates), lanes so no two labels overlap, and clusters
 * where facts lie too close to draw apart in the lanes there are. Pure: the
 * component only draws it.
 */
export function layoutTimeline(facts: readonly TimelineFact[], options: TimelineOptions): TimelineLayout {
  const o = { ...DEFAULTS, ...options };
  const width = Math.max(o.width, 1);
  const domain = o.domain ?? fitDomain(facts) ?? { startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2000, 0, 2) };
  const msPerPx = (domain.endMs - domain.startMs) / width;
  const xOf = (ms: number) => (ms - domain.startMs) / msPerPx;
  const ticks = timeTicks(domain.startMs, domain.endMs, width / o.tickSpacingPx);

  const undatedIds: string[] = [];
  const earlierIds: string[] = [];
  const laterIds: string[] = [];
  const items: Placed[] = [];
  for (const fact of facts) {
    const span = factSpan(fact.date);
    if (!span) { undatedIds.push(fact.id); continue; }
    if (span.endMs < domain.startMs || (span.endMs === domain.startMs && span.startMs < span.endMs)) { earlierIds.push(fact.id); continue; }
    if (span.startMs > domain.endMs) { laterIds.push(fact.id); continue; }
    items.push(placeFact(fact, span, xOf, width, o));
  }
  items.sort((a, b) => boxStart(a) - boxStart(b) || a.anchor - b.anchor);

  const lanes: Placed[] = [];
  // Which cluster a placed fact ended up in.
  const clusterOf = new Map<Placed, ClusterMark>();
  for (const item of items) {
    const start = boxStart(item);
    const free = lanes.findIndex((last) => last.end + o.gapPx <= start);
    if (free >= 0 || lanes.length < o.maxLanes) {
      const lane = free >= 0 ? free : lanes.length;
      item.mark.lane = lane;
      lanes[lane] = item;
      continue;
    }
    // No lane has room: join the nearest thing in the lanes (by where it sits in time), as a cluster.
    let best = 0;
    for (let i = 1; i < lanes.length; i += 1) if (Math.abs(lanes[i]!.anchor - item.anchor) < Math.abs(lanes[best]!.anchor - item.anchor)) best = i;
    lanes[best] = mergeIntoCluster(lanes[best]!, item, width, o.clusterLabelWidth, clusterOf);
  }

  const marks: TimelineMark[] = [];
  const seen = new Set<TimelineMark>();
  for (const item of items) {
    const mark = clusterOf.get(item) ?? item.mark;
    if (!seen.has(mark)) { seen.add(mark); marks.push(mark); }
  }
  return {
    domain,
    width,
    ticks: { ...ticks, xs: ticks.values.map(xOf) },
    marks,
    laneCount: Math.max(lanes.length, 1),
    undatedIds,
    earlierIds,
    laterIds,
  };
}

function boxStart(item: Placed): number {
  return item.mark.kind === 'fact' ? Math.min(item.mark.x0, item.mark.labelX) : item.mark.x0;
}

function placeFact(fact: TimelineFact, span: { startMs: number; endMs: number; shape: SpanShape }, xOf: (ms: number) => number, width: number, o: typeof DEFAULTS): Placed {
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
  const labelX = labelStart + fact.labelWidth > width ? Math.max(0, (isBand ? x1 : x - 6) - fact.labelWidth) : labelStart;
  const end = Math.max(x1, labelX + fact.labelWidth);
  return {
    mark: { kind: 'fact', id: fact.id, shape: span.shape, isBand, x, x0, x1, labelX, lane: 0 },
    anchor: x,
    end,
    spans: { startMs: span.startMs, endMs: span.endMs },
  };
}

function mergeIntoCluster(host: Placed, joining: Placed, width: number, labelWidth: number, clusterOf: Map<Placed, ClusterMark>): Placed {
  const hostMark = host.mark;
  const cluster: ClusterMark = hostMark.kind === 'cluster' ? hostMark : {
    kind: 'cluster', key: `cluster-${hostMark.id}`, ids: [hostMark.id], x0: hostMark.x0, x1: hostMark.x1, lane: hostMark.lane,
    startMs: host.spans.startMs, endMs: host.spans.endMs,
  };
  if (hostMark.kind === 'fact') clusterOf.set(host, cluster);
  if (joining.mark.kind === 'fact') { cluster.ids.push(joining.mark.id); clusterOf.set(joining, cluster); }
  cluster.x0 = Math.min(cluster.x0, joining.mark.x0);
  cluster.x1 = Math.max(cluster.x1, joining.mark.x1);
  if (cluster.x0 + labelWidth > width) cluster.x0 = Math.max(0, Math.min(cluster.x0, width - labelWidth));
  cluster.startMs = Math.min(cluster.startMs, joining.spans.startMs);
  cluster.endMs = Math.max(cluster.endMs, joining.spans.endMs);
  return {
    mark: cluster,
    anchor: Math.max(host.anchor, joining.anchor),
    end: Math.max(cluster.x1, cluster.x0 + labelWidth),
    spans: { startMs: cluster.startMs, endMs: cluster.endMs },
  };
}
