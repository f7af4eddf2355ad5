import { describe, expect, it } from 'vitest';
import {
  maySit,
  retakePolicySentence,
  retakesInBrief,
  sittingsLeft,
  sittingsLeftSentence,
} from '../../../src/lib/quiz/retakes';

describe('retake policy', () => {
  it('allows one sitting plus the retakes, then none', () => {
    expect([0, 1, 2, 3, 4].map((submitted) => sittingsLeft(2, submitted))).toEqual([3, 2, 1, 0, 0]);
    expect(maySit(2, 2)).toBe(true);
    expect(maySit(2, 3)).toBe(false);
    expect(maySit(0, 0)).toBe(true);
    expect(maySit(0, 1)).toBe(false);
  });

  it('never runs out when unlimited', () => {
    expect(sittingsLeft('unlimited', 1000)).toBe(Infinity);
    expect(maySit('unlimited', 1000)).toBe(true);
  });

  it('says the policy in words before the first sitting', () => {
    expect(retakePolicySentence('unlimited')).toBe('You may retake the post-test as often as you like.');
    expect(retakePolicySentence(0)).toBe('You may sit the post-test once: there are no retakes.');
    expect(retakePolicySentence(1)).toBe('You may retake the post-test once: 2 sittings in all.');
    expect(retakePolicySentence(2)).toBe('You may retake the post-test twice: 3 sittings in all.');
    expect(retakePolicySentence(5)).toBe('You may retake the post-test 5 times: 6 sittings in all.');
  });

  it('says the policy in a few words where the post-test is mentioned in passing', () => {
    expect(retakesInBrief('unlimited')).toBe('unlimited retakes');
    expect(retakesInBrief(0)).toBe('no retakes');
    expect(retakesInBrief(1)).toBe('1 retake allowed');
    expect(retakesInBrief(2)).toBe('2 retakes allowed');
  });

  it('says how many sittings are left', () => {
    expect(sittingsLeftSentence(2, 1)).toBe('2 sittings left of 3.');
    expect(sittingsLeftSentence(2, 2)).toBe('1 sitting left of 3.');
    expect(sittingsLeftSentence(2, 3)).toBe('You have used all 3 of your sittings: no retake is left.');
    expect(sittingsLeftSentence(0, 1)).toBe('You have used your one sitting: there is no retake.');
    expect(sittingsLeftSentence('unlimited', 7)).toBe('You may retake it as often as you like.');
  });
});
