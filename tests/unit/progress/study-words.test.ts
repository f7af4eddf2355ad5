import { describe, expect, it } from 'vitest';
import { lessonSteps, stillNeeded } from '../../../src/lib/progress/study-words';

const both = { reachEnd: true, submitKnowledgeCheck: true };
const lesson = { id: 'one', checkId: 'check-one' };

describe('what a lesson page says about completing it', () => {
  it('lists the rule’s steps with the same words whether done or not', () => {
    expect(lessonSteps(both, lesson, 4)).toEqual([
      { text: 'Read to the end', done: false },
      { text: 'Answer all 4 knowledge-check questions', done: false },
    ]);
    expect(lessonSteps(both, lesson, 4, { reachedEnd: true, checkSubmitted: false })).toEqual([
      { text: 'Read to the end', done: true },
      { text: 'Answer all 4 knowledge-check questions', done: false },
    ]);
  });

  it('leaves out the check for a lesson without one, or a rule without it', () => {
    expect(lessonSteps(both, { id: 'one' }, 0)).toEqual([{ text: 'Read to the end', done: false }]);
    expect(lessonSteps({ reachEnd: true, submitKnowledgeCheck: false }, lesson, 4)).toHaveLength(1);
  });

  it('tells what is still needed at the end, and when the end was not saved for good', () => {
    expect(stillNeeded({ needed: ['submit-check'] }, 4, true)).toBe(
      'Reached the end ✓ — still needed to complete this lesson: answer all 4 knowledge-check questions.',
    );
    expect(stillNeeded({ needed: ['submit-check'] }, 1, false)).toBe(
      'Reached the end ✓ — still needed to complete this lesson: answer the knowledge-check question. Your progress was not saved for good: the note at the top of the page says why.',
    );
  });
});
