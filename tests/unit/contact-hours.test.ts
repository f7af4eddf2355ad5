import { describe, expect, it } from 'vitest';
import { contactHours, deriveContactHours, hoursInWords, quizMinutes } from '../../src/lib/contact-hours';

describe('contact hours', () => {
  it.each([
    [0, 0],
    [14, 0],
    [15, 0.25],
    [59, 0.75],
    [60, 1],
    [74, 1],
    [75, 1.25],
    [89, 1.25],
    [90, 1.5],
    [119, 1.75],
    [120, 2],
  ])('%i minutes make %f hours, rounded down to the quarter hour', (minutes, hours) => {
    expect(contactHours(minutes)).toBe(hours);
  });

  it('never claims time for a negative total', () => {
    expect(contactHours(-30)).toBe(0);
  });

  it('counts quiz items at the stated minutes per item, rounded down to whole minutes', () => {
    expect(quizMinutes(20, 1)).toBe(20);
    expect(quizMinutes(15, 1.5)).toBe(22);
  });

  it('shows how the hours were derived', () => {
    expect(deriveContactHours({ lessons: 42, quizzes: 18, postTest: 20 })).toEqual({
      minutes: 80,
      hours: 1.25,
      derivation:
        'Lessons 42 min + quizzes 18 min + post-test 20 min = 80 min → 1.25 contact hours, rounded down to the quarter hour',
    });
    expect(deriveContactHours({ lessons: 60, quizzes: 0, postTest: 0 }).derivation).toBe(
      'Lessons 60 min = 60 min → 1 contact hour, rounded down to the quarter hour',
    );
  });

  it('says hours in words', () => {
    expect(hoursInWords(1)).toBe('1 contact hour');
    expect(hoursInWords(0.75)).toBe('0.75 contact hours');
  });
});
