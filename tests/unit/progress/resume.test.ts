// "Continue where you left off": where it leads and what it says (lib/progress/resume.ts).
import { describe, expect, it } from 'vitest';
import { openLesson, visitSection } from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/model';
import { resumePlace } from '../../../src/lib/progress/resume';

const lessons = [
  {
    id: 'first',
    title: 'First lesson',
    href: '/lessons/first/',
    sections: [{ slug: 'the-reflex-loop', text: 'The reflex loop' }],
  },
];

describe('the resume place', () => {
  it('is nowhere for a new learner', () => {
    expect(resumePlace(emptyProgress(), lessons)).toBeUndefined();
  });

  it('is the lesson, or its section when the learner was in one', () => {
    expect(resumePlace(openLesson(emptyProgress(), 'first', 10), lessons)).toEqual({
      href: '/lessons/first/',
      place: 'First lesson',
    });
    expect(resumePlace(visitSection(emptyProgress(), 'first', 'the-reflex-loop', 10), lessons)).toEqual({
      href: '/lessons/first/#the-reflex-loop',
      place: 'First lesson: The reflex loop',
    });
  });

  it('falls back to the lesson for a section it no longer has, and to nothing for a lesson gone', () => {
    expect(resumePlace(visitSection(emptyProgress(), 'first', 'renamed', 10), lessons)?.href).toBe(
      '/lessons/first/',
    );
    expect(resumePlace(openLesson(emptyProgress(), 'gone', 10), lessons)).toBeUndefined();
  });
});
