import { describe, expect, it } from 'vitest';
import { calendarDay, duration, isoDay, longDate, minutesInWords, percent } from '../../src/lib/format';

describe('how the course writes numbers, times and dates', () => {
  it.each([
    [0, '0%'],
    [0.785, '79%'],
    [1, '100%'],
  ])('writes the share %d as "%s"', (share, words) => {
    expect(percent(share)).toBe(words);
  });

  it.each([
    [0, 'None yet'],
    [20, 'Under a minute'],
    [60, '1 min'],
    [29 * 60 + 40, '30 min'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
  ])('writes %i seconds on task as "%s"', (seconds, words) => {
    expect(duration(seconds)).toBe(words);
  });

  it.each([
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, '1 hour'],
    [61, '1 hour 1 minute'],
    [135, '2 hours 15 minutes'],
    [0, '0 minutes'],
  ])('writes %i minutes of study as "%s"', (minutes, words) => {
    expect(minutesInWords(minutes)).toBe(words);
  });

  it('writes a moment as its UTC day, and a date in full in the given language', () => {
    expect(isoDay(Date.UTC(2026, 11, 1, 23, 59) / 1000)).toBe('2026-12-01');
    expect(longDate(new Date(2026, 11, 1), 'en-GB')).toBe('1 December 2026');
    expect(longDate(new Date(2026, 11, 1), 'en-US')).toBe('December 1, 2026');
  });

  it('keeps a due date on its day whatever the time zone', () => {
    const due = calendarDay('2026-03-01');
    expect([due.getFullYear(), due.getMonth(), due.getDate()]).toEqual([2026, 2, 1]);
  });
});
