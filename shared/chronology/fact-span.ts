import type { FuzzyDate } from '../domain/types';
import { validateFuzzyDate } from './fuzzy-date';

export const DAY_MS = 86_400_000;

/**
 * How a fact is drawn on a timeline: an instant; a day (a band once a day is
 * wide enough to see); a period (month, year) or range (between) as a band
 * over all of it; "around" a day, drawn fuzzy; "before" / "after" a day, an
 * open-ended marker.
 */
export type SpanShape = 'instant' | 'day' | 'period' | 'range' | 'around' | 'before' | 'after';

/** The stretch of time (UTC ms, end exclusive) a fact's date covers; before/after are the edge of their day. */
export interface FactSpan {
  startMs: number;
  endMs: number;
  shape: SpanShape;
}

function dayMs(ymd: string): number {
  return Date.parse(`${ymd}T00:00:00Z`);
}

/** Where a fact sits in time, honestly as wide as its precision; null for undated (and invalid) dates. */
export function factSpan(date: FuzzyDate): FactSpan | null {
  if (date.precision === 'undated' || !date.start || validateFuzzyDate(date) !== null) return null;
  const { start } = date;
  switch (date.precision) {
    case 'exact': {
      const ms = Date.parse(start);
      return { startMs: ms, endMs: ms, shape: 'instant' };
    }
    case 'day': return { startMs: dayMs(start), endMs: dayMs(start) + DAY_MS, shape: 'day' };
    case 'approximate': return { startMs: dayMs(start), endMs: dayMs(start) + DAY_MS, shape: 'around' };
    case 'before': return { startMs: dayMs(start), endMs: dayMs(start), shape: 'before' };
    case 'after': return { startMs: dayMs(start) + DAY_MS, endMs: dayMs(start) + DAY_MS, shape: 'after' };
    case 'month': {
      const [y, m] = start.split('-').map(Number) as [number, number];
      return { startMs: Date.UTC(y, m - 1, 1), endMs: Date.UTC(y, m, 1), shape: 'period' };
    }
    case 'year': {
      const y = Number(start);
      return { startMs: Date.UTC(y, 0, 1), endMs: Date.UTC(y + 1, 0, 1), shape: 'period' };
    }
    case 'between': return { startMs: dayMs(start), endMs: dayMs(date.end ?? start) + DAY_MS, shape: 'range' };
  }
}
