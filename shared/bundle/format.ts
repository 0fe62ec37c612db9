import type { FuzzyDate } from '../domain/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "d MMM yyyy" as court bundle indexes write it. A calendar date (yyyy-mm-dd)
 * is printed as is; an instant is shown in the capture's time zone when known
 * (a post made at 00:30 in Madrid is dated that day, not the UTC day before).
 */
export function formatDate(value: string | null, timeZone?: string | null): string {
  if (!value) return '';
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (calendar) return `${Number(calendar[3])} ${MONTHS[Number(calendar[2]) - 1] ?? '?'} ${calendar[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const { y, m, d } = partsIn(date, timeZone ?? 'UTC');
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** "d MMM yyyy, HH:mm zone" for capture facts, where the time matters. */
export function formatDateTime(value: string | null, timeZone?: string | null): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const zone = timeZone ?? 'UTC';
  const { hh, mm } = partsIn(date, zone);
  return `${formatDate(value, zone)}, ${hh}:${mm} (${zone}) · ${date.toISOString().replace('.000Z', 'Z')}`;
}

/** Building an Intl formatter is slow (~50 µs); a bundle formats thousands of dates in a handful of zones. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

function partsIn(date: Date, timeZone: string): { y: number; m: number; d: number; hh: string; mm: string } {
  try {
    const parts = formatterFor(timeZone).formatToParts(date);
    const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '0';
    return { y: Number(get('year')), m: Number(get('month')), d: Number(get('day')), hh: get('hour'), mm: get('minute') };
  } catch {
    // Unknown zone name: fall back to UTC rather than failing the bundle.
    return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), hh: pad2(date.getUTCHours()), mm: pad2(date.getUTCMinutes()) };
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A chronology date with its precision ("c. 3 Feb 2026", "Feb 2026", "before 2025"). */
export function formatFuzzyDate(date: FuzzyDate): string {
  const start = date.start ?? '';
  const day = formatDate(start.length > 10 ? start : start.slice(0, 10), date.timeZone);
  const month = start.length >= 7 ? `${MONTHS[Number(start.slice(5, 7)) - 1] ?? '?'} ${start.slice(0, 4)}` : start;
  switch (date.precision) {
    case 'exact': return start.length > 10 ? formatDateTime(start, date.timeZone).split(' · ')[0] ?? day : day;
    case 'day': return day;
    case 'month': return month;
    case 'year': return start.slice(0, 4);
    case 'approximate': return `c. ${day}`;
    case 'before': return `before ${day}`;
    case 'after': return `after ${day}`;
    case 'between': return `${day} – ${formatDate(date.end ? date.end.slice(0, 10) : null)}`;
    case 'undated': return 'undated';
  }
}

/** Sort key for a fuzzy date; undated facts go last. */
export function fuzzySortKey(date: FuzzyDate): string {
  return date.precision === 'undated' || !date.start ? '9999' : date.start;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
