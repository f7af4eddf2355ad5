// How the course writes numbers, times and dates for people: the one place for each, so a
// percentage, a duration or a date reads the same on every page and in every report.

/** A share from 0 to 1 as a whole percentage: 0.785 → "79%". */
export function percent(share: number): string {
  return `${String(Math.round(share * 100))}%`;
}

/** "Under a minute", "4 min", "1 h 5 min": time on task in words short enough for a table. */
export function duration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return seconds > 0 ? 'Under a minute' : 'None yet';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${String(minutes)} min`;
  return rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(rest)} min`;
}

/** "1 hour 5 minutes", "45 minutes": study time in words, for screen readers and people alike. */
export function minutesInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${String(hours)} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest > 0 || hours === 0) parts.push(`${String(rest)} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/** A date as the learner's browser writes it in full: "1 December 2026" (or its locale's order). */
export function longDate(date: Date, locale?: string): string {
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** A moment in Unix seconds as its day, YYYY-MM-DD in UTC: for reports a machine may read back. */
export function isoDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * A calendar day (YYYY-MM-DD, as an instructor picks a due date) as a Date at local noon, so no
 * time zone turns it into the day before or after.
 */
export function calendarDay(day: string): Date {
  return new Date(`${day}T12:00:00`);
}

/** A moment in Unix seconds as the learner's browser writes a date and time: "1 Dec 2026, 14:05". */
export function dateTime(seconds: number, locale?: string): string {
  return new Date(seconds * 1000).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
