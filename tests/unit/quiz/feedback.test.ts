import { describe, expect, it } from 'vitest';
import { feedbackSentence, quizResultSentence, shownVerdict } from '../../../src/lib/quiz/feedback';

describe('quiz feedback words', () => {
  it('says the outcome, the points and what happens next', () => {
    expect(feedbackSentence({ score: 1, max: 2, outcome: 'partial', verdicts: {} }, 1, false)).toBe(
      'Partly correct: 1 of 2 points. You have 1 more try.',
    );
    expect(feedbackSentence({ score: 0, max: 1, outcome: 'incorrect', verdicts: {} }, 0, true)).toBe(
      'Incorrect: 0 of 1 point. The correct answer is now shown.',
    );
    expect(feedbackSentence({ score: 3, max: 3, outcome: 'correct', verdicts: {} }, 1, true)).toBe(
      'Correct: 3 of 3 points.',
    );
  });

  it('marks only the learner’s own picks until the item is finished', () => {
    expect(shownVerdict('incorrect', false)).toBe('incorrect');
    expect(shownVerdict('missed', false)).toBeUndefined();
    expect(shownVerdict('missed', true)).toBe('missed');
    expect(shownVerdict(undefined, true)).toBeUndefined();
  });

  it('states the quiz result against the pass mark', () => {
    expect(quizResultSentence(7, 9, 7 / 9, 0.8, false)).toBe(
      '7 of 9 points (78%). The pass mark is 80%: review the sections linked above and try again.',
    );
    expect(quizResultSentence(9, 9, 1, 0.8, true)).toBe(
      '9 of 9 points (100%). You reached the pass mark of 80%.',
    );
  });
});
