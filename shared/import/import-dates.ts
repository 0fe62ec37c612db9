import { formatInTimeZone } from 'date-fns-tz';

/** How the slash dates of a file are written; ISO (yyyy-mm-dd) is always read as well. */
export const dateFormats = ['iso', 'dmy', 'mdy'] as const;
export type DateFormat = (typeof dateFormats)[number];

export type ParsedDate =
  | { status: 'ok'; wallTime: string; hasTime: boolean }
  | { status: 'invalid' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?)?$/i;

const two = (n: number) => String(n).padStart(2, '0');

function wall(y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  const base = `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}`;
  return s ? `${base}:${two(s)}` : base;
}

/**
 * A date cell as the wall-clock text the register form holds
 * (yyyy-mm-ddThh:mm[:ss]), read in the capture zone. A cell that names its
 * own offset ("…Z", "+01:00") is an instant, shown in that zone. A date
 * without a time means midnight (the caller warns). Whether the day exists
 * is left to the form's rules.
 */
export function parseDateCell(text: string, format: DateFormat, zone: string): ParsedDate {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(iso[i] ?? 0)) as [number, number, number, number, number, number];
    const hasTime = iso[4] !== undefined;
    if (iso[7]) {
      const offset = iso[7].toUpperCase() === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
      const instant = new Date(`${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${offset}`);
      if (Number.isNaN(instant.getTime())) return { status: 'invalid' };
      try {
        const local = formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ss");
        return { status: 'ok', wallTime: local.endsWith(':00') ? local.slice(0, 16) : local, hasTime };
      } catch {
        return { status: 'invalid' };
      }
    }
    return { status: 'ok', wallTime: wall(y, mo, d, h, mi, s), hasTime };
  }
  const slashed = format === 'iso' ? null : SLASHED.exec(value);
  if (!slashed) return { status: 'invalid' };
  const [a, b, y, h0, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(slashed[i] ?? 0)) as [number, number, number, number, number, number];
  const [d, mo] = format === 'dmy' ? [a, b] : [b, a];
  const meridiem = slashed[7]?.toLowerCase();
  if (meridiem && (h0 < 1 || h0 > 12)) return { status: 'invalid' };
  const h = meridiem === 'p' ? (h0 % 12) + 12 : meridiem === 'a' ? h0 % 12 : h0;
  return { status: 'ok', wallTime: wall(y, mo, d, h, mi, s), hasTime: slashed[4] !== undefined };
}

/** True for a slash date whose day and month could be swapped (05/01/2026). */
export function isAmbiguousDate(text: string): boolean {
  const m = SLASHED.exec(text.trim());
  return !!m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

export interface DateFormatSuggestion {
  format: DateFormat;
  /** True when no value in the file tells day/month from month/day: the format is a guess to confirm. */
  isGuess: boolean;
}

/**
 * The format the date cells are written in: a first part over 12 can only be
 * a day (dd/mm), a second part over 12 only a day too (mm/dd). A file with
 * no such value is ambiguous; `fallback` (the user's habit) is the guess.
 */
export function suggestDateFormat(values: Iterable<string>, fallback: 'dmy' | 'mdy' = 'dmy'): DateFormatSuggestion {
  let hasSlashed = false;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const m = SLASHED.exec(value.trim());
    if (!m) continue;
    hasSlashed = true;
    if (Number(m[1]) > 12) dayFirst += 1;
    if (Number(m[2]) > 12) monthFirst += 1;
  }
  if (!hasSlashed) return { format: 'iso', isGuess: false };
  if (dayFirst > 0 && monthFirst === 0) return { format: 'dmy', isGuess: false };
  if (monthFirst > 0 && dayFirst === 0) return { format: 'mdy', isGuess: false };
  if (dayFirst > 0 && monthFirst > 0) return { format: dayFirst >= monthFirst ? 'dmy' : 'mdy', isGuess: true };
  return { format: fallback, isGuess: true };
}
