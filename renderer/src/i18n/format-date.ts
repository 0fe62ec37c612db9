/**
 * Dates are shown in the user's locale; stored values stay ISO (UTC instants,
 * or yyyy-mm-dd calendar dates). The region comes from the system when it
 * speaks the interface language (en-GB → "15 March 2027"), else the language alone.
 */
export function displayLocale(language: string): string {
  const system = typeof navigator === 'undefined' ? [] : navigator.languages;
  return system.find((tag) => tag.toLowerCase().startsWith(`${language.toLowerCase()}-`)) ?? language;
}

/** An instant, in the given zone (a capture's own zone) or the machine's. */
export function formatInstant(iso: string, language: string, timeZone?: string | null): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  try {
    return new Intl.DateTimeFormat(displayLocale(language), options).format(date);
  } catch {
    return new Intl.DateTimeFormat(displayLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

/** A calendar date (yyyy-mm-dd) has no time zone: format it as the same day everywhere. */
export function formatCalendarDate(ymd: string, language: string): string {
  const date = new Date(`${ymd}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return ymd;
  return new Intl.DateTimeFormat(displayLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
