import type { TickUnit } from '@shared/chronology/time-ticks';

/** A tick's label: with the year where it changes (and on the first tick), shorter in between. */
export function tickLabel(ms: number, unit: TickUnit, isFirst: boolean, locale: string): string {
  const date = new Date(ms);
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date).replace(/\.$/, '');
  const isNewYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  switch (unit) {
    case 'year': return String(date.getUTCFullYear());
    case 'month': return isFirst || isNewYear ? fmt({ month: 'short', year: 'numeric' }) : fmt({ month: 'short' });
    case 'day': return isFirst || isNewYear ? fmt({ day: 'numeric', month: 'short', year: 'numeric' }) : fmt({ day: 'numeric', month: 'short' });
    case 'hour': return isFirst || date.getUTCHours() === 0 ? fmt({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) : fmt({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
}
