import { describe, expect, it } from 'vitest';
import type { DatePrecision, FuzzyDate } from '@shared/domain/types';
import { factSpan } from '@shared/chronology/fact-span';
import { timeTicks } from '@shared/chronology/time-ticks';
import { fitDomain, layoutTimeline, zoomDomain, type ClusterMark, type FactMark, type TimelineFact, type TimelineLayout } from '@shared/chronology/timeline-layout';

const d = (precision: DatePrecision, start: string | null, end: string | null = null, timeZone: string | null = null): FuzzyDate => ({ precision, start, end, timeZone });
const fact = (id: string, date: FuzzyDate, labelWidth = 100): TimelineFact => ({ id, date, labelWidth });
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const year2026 = { startMs: utc('2026-01-01'), endMs: utc('2027-01-01') };

function factMark(layout: TimelineLayout, id: string): FactMark {
  const mark = layout.marks.find((m): m is FactMark => m.kind === 'fact' && m.id === id);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark;
}

function clusters(layout: TimelineLayout): ClusterMark[] {
  return layout.marks.filter((m): m is ClusterMark => m.kind === 'cluster');
}

/** Every fact is drawn exactly once: on its own or inside one cluster. */
function drawnIds(layout: TimelineLayout): string[] {
  return layout.marks.flatMap((m) => (m.kind === 'fact' ? [m.id] : m.ids)).sort();
}

describe('where a fact sits in time', () => {
  it('covers the whole period its precision names', () => {
    expect(factSpan(d('month', '2026-02'))).toEqual({ startMs: utc('2026-02-01'), endMs: utc('2026-03-01'), shape: 'period' });
    expect(factSpan(d('year', '2025'))).toEqual({ startMs: utc('2025-01-01'), endMs: utc('2026-01-01'), shape: 'period' });
    expect(factSpan(d('between', '2026-01-01', '2026-01-05'))).toEqual({ startMs: utc('2026-01-01'), endMs: utc('2026-01-06'), shape: 'range' });
    expect(factSpan(d('day', '2026-01-05'))).toEqual({ startMs: utc('2026-01-05'), endMs: utc('2026-01-06'), shape: 'day' });
    expect(factSpan(d('exact', '2026-01-05T13:30:00.000Z', null, 'Europe/Madrid'))).toMatchObject({ startMs: Date.parse('2026-01-05T13:30:00Z'), shape: 'instant' });
  });

  it('puts "before" at the start of its day and "after" at the end', () => {
    expect(factSpan(d('before', '2026-02-01'))).toMatchObject({ startMs: utc('2026-02-01'), shape: 'before' });
    expect(factSpan(d('after', '2026-02-01'))).toMatchObject({ startMs: utc('2026-02-02'), shape: 'after' });
  });

  it('has no place for undated or invalid dates', () => {
    expect(factSpan(d('undated', null))).toBeNull();
    expect(factSpan(d('month', '2026-13'))).toBeNull();
  });
});

describe('ticks', () => {
  it('are years over decades, months over a year, days over a fortnight, hours within a day', () => {
    expect(timeTicks(utc('2000-01-01'), utc('2030-01-01'), 10)).toMatchObject({ unit: 'year', step: 5 });
    expect(timeTicks(utc('2000-01-01'), utc('2030-01-01'), 10).values[0]).toBe(utc('2000-01-01'));
    const months = timeTicks(utc('2026-01-01'), utc('2027-01-01'), 12);
    expect(months).toMatchObject({ unit: 'month', step: 1 });
    expect(months.values).toHaveLength(13);
    expect(timeTicks(utc('2026-01-01'), utc('2026-01-10'), 12)).toMatchObject({ unit: 'day', step: 1 });
    expect(timeTicks(utc('2026-01-05'), utc('2026-01-06'), 10)).toMatchObject({ unit: 'hour', step: 3 });
  });

  it('are calendar-aligned and within the span', () => {
    const ticks = timeTicks(utc('2026-01-10'), utc('2026-03-20'), 12);
    expect(ticks).toMatchObject({ unit: 'day', step: 7 });
    for (const ms of ticks.values) {
      expect(new Date(ms).getUTCDay()).toBe(1); // Monday
      expect(ms).toBeGreaterThanOrEqual(utc('2026-01-10'));
      expect(ms).toBeLessThanOrEqual(utc('2026-03-20'));
    }
  });
});

describe('timeline layout', () => {
  it('places facts to scale', () => {
    const layout = layoutTimeline([fact('a', d('day', '2026-01-01')), fact('b', d('exact', '2026-07-02T12:00:00.000Z', null, 'UTC'))], { width: 3650, domain: year2026, tickSpacingPx: 300 });
    expect(factMark(layout, 'b').x).toBeCloseTo(3650 * (182.5 / 365), 0);
    expect(layout.ticks.unit).toBe('month');
    expect(layout.ticks.xs[1]).toBeCloseTo(310, 0); // 1 February: 31 days in
  });

  it('draws a month or year as a band over the whole period, and "between" over its range', () => {
    const layout = layoutTimeline([
      fact('month', d('month', '2026-03')), fact('year', d('year', '2026')), fact('range', d('between', '2026-06-01', '2026-06-30')),
    ], { width: 365, domain: year2026 });
    expect(factMark(layout, 'month')).toMatchObject({ isBand: true, x0: 59, x1: 90 });
    expect(factMark(layout, 'year')).toMatchObject({ isBand: true, x0: 0, x1: 365 });
    expect(factMark(layout, 'range')).toMatchObject({ isBand: true, x0: 151, x1: 181 });
  });

  it('draws a day as a point when zoomed out and as a band when a day is wide', () => {
    const out = layoutTimeline([fact('a', d('day', '2026-03-05'))], { width: 365, domain: year2026 });
    expect(factMark(out, 'a').isBand).toBe(false);
    const close = layoutTimeline([fact('a', d('day', '2026-03-05'))], { width: 700, domain: { startMs: utc('2026-03-01'), endMs: utc('2026-03-08') } });
    expect(factMark(close, 'a')).toMatchObject({ isBand: true, x0: 400, x1: 500 });
  });

  it('gives "before" an arrow to the left, "after" one to the right, "around" a haze either side', () => {
    const layout = layoutTimeline([
      fact('before', d('before', '2026-03-01')), fact('after', d('after', '2026-09-01')), fact('around', d('approximate', '2026-06-01')),
    ], { width: 365, domain: year2026, arrowPx: 20, fuzzPx: 8 });
    const before = factMark(layout, 'before');
    expect(before.x1).toBe(before.x);
    expect(before.x - before.x0).toBe(20);
    const after = factMark(layout, 'after');
    expect(after.x0).toBe(after.x);
    expect(after.x1 - after.x).toBe(20);
    const around = factMark(layout, 'around');
    expect(around.x - around.x0).toBe(8);
    expect(around.x1 - around.x).toBe(8);
  });

  it('lists undated facts apart and counts facts outside the view', () => {
    const layout = layoutTimeline([
      fact('u1', d('undated', null)), fact('in', d('day', '2026-05-01')), fact('old', d('year', '2020')), fact('new', d('day', '2030-01-01')), fact('u2', d('undated', null)),
    ], { width: 800, domain: year2026 });
    expect(layout.undatedIds).toEqual(['u1', 'u2']);
    expect(layout.earlierIds).toEqual(['old']);
    expect(layout.laterIds).toEqual(['new']);
    expect(drawnIds(layout)).toEqual(['in']);
  });

  it('fits all dated facts with a margin', () => {
    const domain = fitDomain([fact('a', d('month', '2026-01')), fact('b', d('day', '2026-12-31')), fact('u', d('undated', null))])!;
    expect(domain.startMs).toBeLessThan(utc('2026-01-01'));
    expect(domain.endMs).toBeGreaterThan(utc('2027-01-01'));
    expect(domain.endMs - domain.startMs).toBeLessThan(400 * 86_400_000);
    expect(fitDomain([fact('u', d('undated', null))])).toBeNull();
  });

  it('keeps labels apart: facts whose labels would overlap go to different lanes', () => {
    const layout = layoutTimeline([fact('a', d('day', '2026-03-01')), fact('b', d('day', '2026-03-03')), fact('c', d('day', '2026-10-01'))], { width: 730, domain: year2026 });
    expect(factMark(layout, 'a').lane).not.toBe(factMark(layout, 'b').lane);
    expect(factMark(layout, 'c').lane).toBe(0);
    assertNoOverlapsInLanes(layout, 100);
  });

  it('turns labels to the left at the right edge, never past it', () => {
    const layout = layoutTimeline([fact('a', d('day', '2026-12-30'), 120)], { width: 730, domain: year2026 });
    const mark = factMark(layout, 'a');
    expect(mark.labelX + 120).toBeLessThanOrEqual(730);
  });

  it('clusters facts too close to draw apart, and every fact is still drawn once', () => {
    const same = Array.from({ length: 10 }, (_, i) => fact(`same${i}`, d('day', '2026-03-05')));
    const layout = layoutTimeline([...same, fact('far', d('day', '2026-10-01'))], { width: 730, domain: year2026, maxLanes: 3 });
    expect(clusters(layout).length).toBeGreaterThan(0);
    expect(clusters(layout).flatMap((c) => c.ids).every((id) => id.startsWith('same'))).toBe(true);
    expect(factMark(layout, 'far')).toBeDefined();
    expect(drawnIds(layout)).toEqual([...same.map((f) => f.id), 'far'].sort());
    expect(layout.laneCount).toBeLessThanOrEqual(3);
    const [cluster] = clusters(layout);
    expect(cluster!.startMs).toBe(utc('2026-03-05'));
    expect(cluster!.endMs).toBe(utc('2026-03-06'));
  });

  it('makes one cluster of a crowd on one day, not a few facts beside a smaller cluster', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => fact(`c${i}`, d('day', '2026-02-20')));
    const layout = layoutTimeline([...crowd, fact('alone', d('day', '2026-06-01'))], { width: 1200, domain: year2026, maxLanes: 6 });
    expect(clusters(layout)).toHaveLength(1);
    expect(clusters(layout)[0]!.ids).toHaveLength(8);
    expect(layout.marks.filter((m) => m.kind === 'fact').map((m) => (m as FactMark).id)).toEqual(['alone']);
  });

  it('separates a cluster when zoomed into its span', () => {
    const week = Array.from({ length: 6 }, (_, i) => fact(`f${i}`, d('day', `2026-03-0${i + 1}`), 80));
    const out = layoutTimeline(week, { width: 730, domain: year2026, maxLanes: 3 });
    expect(clusters(out)).not.toHaveLength(0);
    const close = layoutTimeline(week, { width: 730, domain: { startMs: utc('2026-03-01'), endMs: utc('2026-03-08') }, maxLanes: 3 });
    expect(clusters(close)).toHaveLength(0);
    assertNoOverlapsInLanes(close, 80);
  });

  it('stays within its lanes and draws few marks for 1,000 facts', () => {
    const many = Array.from({ length: 1000 }, (_, i) => fact(`f${i}`, d('day', new Date(utc('2024-01-01') + i * 86_400_000 * 0.73).toISOString().slice(0, 10)), 130));
    const started = performance.now();
    const layout = layoutTimeline(many, { width: 1000, domain: null });
    expect(performance.now() - started).toBeLessThan(200);
    expect(layout.laneCount).toBeLessThanOrEqual(6);
    expect(layout.marks.length).toBeLessThan(100);
    expect(drawnIds(layout)).toHaveLength(1000);
  });
});

describe('zoom', () => {
  it('halves the span around its centre', () => {
    const zoomed = zoomDomain(year2026, 2);
    expect(zoomed.endMs - zoomed.startMs).toBe((year2026.endMs - year2026.startMs) / 2);
    expect((zoomed.startMs + zoomed.endMs) / 2).toBe((year2026.startMs + year2026.endMs) / 2);
  });
});

function assertNoOverlapsInLanes(layout: TimelineLayout, labelWidth: number): void {
  const boxes = layout.marks.map((m) => ({ lane: m.lane, start: m.kind === 'fact' ? Math.min(m.x0, m.labelX) : m.x0, end: m.kind === 'fact' ? Math.max(m.x1, m.labelX + labelWidth) : m.x1 }));
  for (const a of boxes) for (const b of boxes) {
    if (a === b || a.lane !== b.lane) continue;
    expect(a.end <= b.start || b.end <= a.start, `overlap in lane ${a.lane}`).toBe(true);
  }
}
