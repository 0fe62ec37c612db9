import type { FuzzyDate } from '../domain/types';
import { DAY_MS, factSpan } from './fact-span';
import { assignLanes, gatherCrowds } from './timeline-lanes';
import type { ClusterMark, Placed, TimelineMark } from './timeline-marks';
import { placeFact } from './timeline-place';

export type { ClusterMark, FactMark, TimelineMark } from './timeline-marks';
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
 * component only draws it. Crowds are gathered only as far as needed: first
 * only cells fuller than the lanes, then ever smaller crowds until all fits.
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
    items.push(placeFact(fact.id, fact.labelWidth, span, xOf, width, o));
  }

  const lanes = { maxLanes: o.maxLanes, gapPx: o.gapPx, clusterWidth: o.clusterLabelWidth, width };
  let result = null;
  for (let crowd = o.maxLanes; crowd >= 1 && !result; crowd -= 1) result = assignLanes(gatherCrowds(items, crowd, lanes), lanes, false);
  result ??= assignLanes(gatherCrowds(items, 1, lanes), lanes, true)!;
  return {
    domain,
    width,
    ticks: { ...ticks, xs: ticks.values.map(xOf) },
    marks: result.marks,
    laneCount: result.laneCount,
    undatedIds,
    earlierIds,
    laterIds,
  };
}
