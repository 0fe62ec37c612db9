import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

// Building an Intl.DateTimeFormat costs a fraction of a millisecond; a 50,000-row CSV import asks about the same zone several times a row.
const knownZones = new Map<string, boolean>();

/** True when the runtime knows this IANA time zone ("Europe/Madrid", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  let isKnown = knownZones.get(zone);
  if (isKnown === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      isKnown = true;
    } catch {
      isKnown = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, isKnown);
  }
  return isKnown;
}

const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock time as a user typed it (yyyy-mm-ddThh:mm[:ss], the value of
 * <input type="datetime-local">) in the given zone, as an ISO UTC instant.
 * Null when the text is not a real date and time.
 */
export function wallTimeToUtc(local: string, zone: string): string | null {
  // Checking a form converts each date several times (rules, warnings, storing); the zone arithmetic is the costly part.
  const key = `${zone}\u0000${local}`;
  if (recentConversions.has(key)) return recentConversions.get(key)!;
  const utc = convertWallTime(local, zone);
  if (recentConversions.size >= 256) recentConversions.clear();
  recentConversions.set(key, utc);
  return utc;
}

const recentConversions = new Map<string, string | null>();

function convertWallTime(local: string, zone: string): string | null {
  const m = LOCAL_DATETIME.exec(local);
  if (!m || !isTimeZone(zone)) return null;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const probe = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!));
  if (probe.getUTCMonth() !== mo! - 1 || probe.getUTCDate() !== d! || h! > 23 || mi! > 59) return null;
  const instant = fromZonedTime(local.length === 16 ? `${local}:00` : local, zone);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The inverse, for editing: an ISO instant as wall-clock text in the zone. */
export function utcToWallTime(iso: string, zone: string): string {
  return formatInTimeZone(new Date(iso), zone, "yyyy-MM-dd'T'HH:mm");
}
