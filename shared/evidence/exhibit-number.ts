/** Exhibit numbers: the case's prefix and a zero-padded counter ("E-0001"), stable once given. */

export const DEFAULT_EXHIBIT_PREFIX = 'E-';
export const EXHIBIT_DIGITS = 4;

export function formatExhibitNo(prefix: string, n: number, digits = EXHIBIT_DIGITS): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Exhibit counter must be a positive integer, got ${n}`);
  return `${prefix}${String(n).padStart(digits, '0')}`;
}

/** The counter of an exhibit number with this prefix, or null if it is not one of ours. */
export function parseExhibitNo(prefix: string, exhibitNo: string): number | null {
  if (!exhibitNo.startsWith(prefix)) return null;
  const digits = exhibitNo.slice(prefix.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/**
 * The next counter after every number ever given in the case, archived and
 * deleted items included (numbers are never reused).
 */
export function nextExhibitCounter(prefix: string, used: Iterable<string>): number {
  let max = 0;
  for (const no of used) {
    const n = parseExhibitNo(prefix, no);
    if (n !== null && n > max) max = n;
  }
  return max + 1;
}
