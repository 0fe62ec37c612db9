import { DAY_MS } from './fact-span';

export type TickUnit = 'hour' | 'day' | 'month' | 'year';

const HOUR_MS = 3_600_000;
const MONTH_MS = 30.44 * DAY_MS;
const YEAR_MS = 365.25 * DAY_MS;

interface Interval { unit: TickUnit; step: number; approxMs: number }

// From finest to coarsest; the first one that gives few enough ticks wins.
const INTERVALS: readonly Interval[] = [
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, approxMs: step * HOUR_MS })),
  ...[1, 2, 7, 14].map((step) => ({ unit: 'day' as const, step, approxMs: step * DAY_MS })),
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step, approxMs: step * MONTH_MS })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((step) => ({ unit: 'year' as const, step, approxMs: step * YEAR_MS })),
];

export interface Ticks {
  unit: TickUnit;
  step: number;
  /** UTC ms of each tick, ascending, all within [startMs, endMs]. */
  values: number[];
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function* candidates(startMs: number, endMs: number, { unit, step }: Interval): Generator<number> {
  const from = new Date(startMs);
  if (unit === 'year') {
    for (let y = Math.ceil(from.getUTCFullYear() / step) * step - step; ; y += step) {
      const ms = Date.UTC(y, 0, 1);
      if (ms > endMs) return;
      yield ms;
    }
  }
  if (unit === 'month') {
    for (let m = from.getUTCFullYear() * 12 + from.getUTCMonth(); ; m += 1) {
      const ms = Date.UTC(Math.floor(m / 12), mod(m, 12), 1);
      if (ms > endMs) return;
      if (mod(m, step) === 0) yield ms;
    }
  }
  const size = unit === 'day' ? DAY_MS : HOUR_MS;
  // Weeks start on Mondays (1970-01-05 is day 4 of the epoch).
  const offset = unit === 'day' && step >= 7 ? 4 : 0;
  for (let n = Math.floor(startMs / size); ; n += 1) {
    const ms = n * size;
    if (ms > endMs) return;
    if (mod(n - offset, step) === 0) yield ms;
  }
}

/** Calendar-aligned ticks (years, months, weeks, days or hours) for a span, at most maxTicks of them. */
export function timeTicks(startMs: number, endMs: number, maxTicks: number): Ticks {
  const span = Math.max(endMs - startMs, 1);
  const limit = Math.max(2, Math.floor(maxTicks));
  const interval = INTERVALS.find((i) => span / i.approxMs <= limit) ?? INTERVALS[INTERVALS.length - 1]!;
  const values: number[] = [];
  for (const ms of candidates(startMs, endMs, interval)) if (ms >= startMs) values.push(ms);
  return { unit: interval.unit, step: interval.step, values };
}
