import { describe, expect, it } from 'vitest';
import { judgementSteps } from '../../../src/schemas/quiz-items';
import {
  confirmSentence,
  judgementGroups,
  questionStateLabel,
  resultsByJudgement,
  resultsByLesson,
  reviewSentence,
  reviewSummary,
} from '../../../src/lib/quiz/exam';
import type { ScoredItem } from '../../../src/schemas/quiz-items';
import { items } from '../../support/quiz-fixtures';

const states = [
  { number: 1, answered: true, flagged: false },
  { number: 2, answered: false, flagged: true },
  { number: 3, answered: true, flagged: true },
  { number: 4, answered: false, flagged: false },
];

describe('a sitting in exam mode, before submitting', () => {
  it('names each question’s state in words', () => {
    expect(states.map(questionStateLabel)).toEqual([
      'Question 1, answered',
      'Question 2, unanswered, flagged for review',
      'Question 3, answered, flagged for review',
      'Question 4, unanswered',
    ]);
  });

  it('counts the answered, the unanswered and the flagged for the review', () => {
    const summary = reviewSummary(states);
    expect(summary).toEqual({ answered: 2, unanswered: [2, 4], flagged: [2, 3] });
    expect(reviewSentence(summary)).toBe('2 answered, 2 unanswered, 2 flagged for review.');
  });

  it('says what submitting means before it is confirmed', () => {
    expect(confirmSentence(reviewSummary(states))).toBe(
      '2 questions have no answer and will score 0. Once submitted, your answers cannot be changed.',
    );
    expect(confirmSentence(reviewSummary(states.slice(0, 2)))).toMatch(/^1 question has no answer/);
    expect(confirmSentence(reviewSummary(states.slice(0, 1)))).toMatch(/^Every question has an answer\./);
  });
});

const tagged = (id: string, lesson: string, judgement?: ScoredItem['judgement']): ScoredItem => ({
  ...items.single,
  id,
  ref: { lesson, section: 's' },
  ...(judgement ? { judgement } : {}),
});

describe('results of a submitted sitting', () => {
  it('group by every step of the model, in its order, then recall, then untagged', () => {
    expect(judgementGroups).toEqual([...judgementSteps, 'recall', 'not-tagged']);
  });

  const sitting = [
    tagged('a', 'one', 'take-action'),
    tagged('b', 'two', 'recognize-cues'),
    tagged('c', 'one', 'take-action'),
    tagged('d', 'two'),
    tagged('e', 'two', 'recall'),
  ];
  const outcomes = { a: 'correct', b: 'partial', c: 'incorrect', d: 'correct', e: 'incorrect' } as const;

  it('by clinical-judgement step, in the model’s order, recall and untagged items last', () => {
    expect(resultsByJudgement(sitting, outcomes)).toEqual([
      { group: 'recognize-cues', questions: 1, correct: 0, partial: 1, share: 0.5 },
      { group: 'take-action', questions: 2, correct: 1, partial: 0, share: 0.5 },
      { group: 'recall', questions: 1, correct: 0, partial: 0, share: 0 },
      { group: 'not-tagged', questions: 1, correct: 1, partial: 0, share: 1 },
    ]);
  });

  it('by lesson, in course order, leaving out lessons with no question', () => {
    expect(resultsByLesson(sitting, outcomes, ['zero', 'two', 'one'])).toEqual([
      { group: 'two', questions: 3, correct: 1, partial: 1, share: 0.5 },
      { group: 'one', questions: 2, correct: 1, partial: 0, share: 0.5 },
    ]);
  });
});
