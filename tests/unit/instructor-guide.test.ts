// The instructor guide against the lessons: an entry per lesson, none for a lesson that is not.
import { describe, expect, it } from 'vitest';
import { instructorGuideProblems } from '../../src/lib/instructor-guide';

describe('instructor guide check', () => {
  it('accepts an entry for every lesson, in any order', () => {
    expect(instructorGuideProblems('guide.yaml', ['b', 'a'], ['a', 'b'])).toEqual([]);
  });

  it('names the file, the field and each lesson without an entry or entry without a lesson', () => {
    expect(instructorGuideProblems('guide.yaml', ['a', 'typo'], ['a', 'b', 'c'])).toEqual([
      'guide.yaml: field "lessons": no entry for b, c.',
      'guide.yaml: field "lessons.typo": there is no lesson "typo".',
    ]);
  });
});
