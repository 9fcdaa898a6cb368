/** Dates as the guide shows them: "24 November 2026", always in UTC so builds are reproducible. */

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-24" → "24 November 2026". */
export function formatDate(date: Date): string {
  return LONG.format(date);
}

/** The machine-readable form for <time datetime>: "2026-11-24". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date known to the day or only to the month: "25 July 2024" or "July 2024". */
export function formatWhen(when: { date: Date; precision: 'day' | 'month' }): string {
  return when.precision === 'month' ? MONTH.format(when.date) : formatDate(when.date);
}
