import { boxStart, type ClusterMark, type FactMark, type Placed, type TimelineMark } from './timeline-marks';

export interface LaneOptions { maxLanes: number; gapPx: number; clusterWidth: number; width: number }

/**
 * Facts too close to draw apart, grouped: the plot is cut into cells as wide
 * as a cluster's pill, and a cell holding more than `crowd` point-like facts
 * becomes one cluster ("12 facts") drawn over that cell. Bands wider than a
 * cell stay on their own.
 */
export function gatherCrowds(items: readonly Placed[], crowd: number, o: LaneOptions): Placed[] {
  // Whole cells across the width, so the last pill never hangs over the edge.
  const count = Math.max(1, Math.floor(o.width / (o.clusterWidth + o.gapPx)));
  const cell = o.width / count;
  const cells = new Map<number, Placed[]>();
  const loners: Placed[] = [];
  for (const item of items) {
    if (item.mark.kind === 'fact' && item.mark.isBand && item.mark.x1 - item.mark.x0 > cell) { loners.push(item); continue; }
    const index = Math.min(Math.max(Math.floor(item.anchor / cell), 0), count - 1);
    const members = cells.get(index);
    if (members) members.push(item); else cells.set(index, [item]);
  }
  const out = [...loners];
  for (const [index, members] of cells) {
    if (members.length <= crowd) { out.push(...members); continue; }
    const x0 = index * cell + o.gapPx / 2;
    const x1 = x0 + cell - o.gapPx;
    const ids = members.map((m) => (m.mark as FactMark).id);
    const startMs = Math.min(...members.map((m) => m.spans.startMs));
    const endMs = Math.max(...members.map((m) => m.spans.endMs));
    const mark: ClusterMark = { kind: 'cluster', key: `cluster-${ids[0]}`, ids, x0, x1, lane: 0, startMs, endMs };
    out.push({ mark, anchor: (x0 + x1) / 2, end: x1, spans: { startMs, endMs } });
  }
  return out.sort((a, b) => boxStart(a) - boxStart(b) || a.anchor - b.anchor);
}

/**
 * Lanes, first fit from the left, so that no two labels overlap. When a
 * thing fits in no lane: null, or with `mustFit` it joins the nearest thing
 * in the lanes as a cluster. Returns the marks and how many lanes they use.
 */
export function assignLanes(items: readonly Placed[], o: LaneOptions, mustFit: boolean): { marks: TimelineMark[]; laneCount: number } | null {
  const lanes: Placed[] = [];
  const owner = new Map<Placed, ClusterMark>();
  for (const item of items) {
    const start = boxStart(item);
    const free = lanes.findIndex((last) => last.end + o.gapPx <= start);
    if (free >= 0 || lanes.length < o.maxLanes) {
      const lane = free >= 0 ? free : lanes.length;
      item.mark.lane = lane;
      lanes[lane] = item;
      continue;
    }
    if (!mustFit) return null;
    let best = 0;
    for (let i = 1; i < lanes.length; i += 1) if (Math.abs(lanes[i]!.anchor - item.anchor) < Math.abs(lanes[best]!.anchor - item.anchor)) best = i;
    lanes[best] = mergeIntoCluster(lanes[best]!, item, o, owner);
  }
  const marks: TimelineMark[] = [];
  const seen = new Set<TimelineMark>();
  for (const item of items) {
    const mark = owner.get(item) ?? item.mark;
    if (!seen.has(mark)) { seen.add(mark); marks.push(mark); }
  }
  return { marks, laneCount: Math.max(lanes.length, 1) };
}

function mergeIntoCluster(host: Placed, joining: Placed, o: LaneOptions, owner: Map<Placed, ClusterMark>): Placed {
  const hostMark = host.mark;
  const cluster: ClusterMark = hostMark.kind === 'cluster' ? hostMark : {
    kind: 'cluster', key: `cluster-${hostMark.id}`, ids: [hostMark.id], x0: hostMark.x0, x1: hostMark.x1, lane: hostMark.lane,
    startMs: host.spans.startMs, endMs: host.spans.endMs,
  };
  if (hostMark.kind === 'fact') owner.set(host, cluster);
  const joiningMark = joining.mark;
  if (joiningMark.kind === 'fact') { cluster.ids.push(joiningMark.id); owner.set(joining, cluster); }
  else { cluster.ids.push(...joiningMark.ids); owner.set(joining, cluster); }
  cluster.x0 = Math.max(0, Math.min(cluster.x0, joiningMark.x0, o.width - o.clusterWidth));
  cluster.x1 = Math.max(cluster.x1, joiningMark.x1, cluster.x0 + o.clusterWidth);
  cluster.startMs = Math.min(cluster.startMs, joining.spans.startMs);
  cluster.endMs = Math.max(cluster.endMs, joining.spans.endMs);
  return { mark: cluster, anchor: Math.max(host.anchor, joining.anchor), end: cluster.x1, spans: { startMs: cluster.startMs, endMs: cluster.endMs } };
}
