import { describe, expect, it } from 'vitest';
import { cmiTimespan, isoDuration } from '../../../src/lib/lms/timespan';

describe('session time formats', () => {
  it.each([
    [0, '00:00:00', 'PT0H0M0S'],
    [59.9, '00:00:59', 'PT0H0M59S'],
    [3665, '01:01:05', 'PT1H1M5S'],
    [100 * 3600, '100:00:00', 'PT100H0M0S'],
  ])('%d seconds is %s in SCORM 1.2 and %s in SCORM 2004', (seconds, v12, v2004) => {
    expect(cmiTimespan(seconds)).toBe(v12);
    expect(isoDuration(seconds)).toBe(v2004);
  });

  it('caps SCORM 1.2 at its four-digit hours and never goes below zero', () => {
    expect(cmiTimespan(20_000 * 3600)).toBe('9999:59:59');
    expect(cmiTimespan(-5)).toBe('00:00:00');
    expect(isoDuration(-5)).toBe('PT0H0M0S');
  });
});
