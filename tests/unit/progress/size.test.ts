// The whole course's record must fit SCORM 1.2's suspend_data (4,096 characters) with room to
// spare: at most 4,000 characters in the worst case the course can produce.
import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/lib/progress/actions';
import { attemptsKept, fitProgress, recordSizeLimit } from '../../../src/lib/progress/compact';
import {
  commentLimit,
  emptyProgress,
  type Progress,
  type QuizAttempt,
} from '../../../src/lib/progress/model';
import { encodeProgress } from '../../../src/lib/progress/wire';
import { courseLessonIds as lessonIds, courseQuizzes, postTestId } from '../../support/course-records';

// Every quiz of the course with its real ids; a post-test attempt holds the bank's longest ids.
const quizzes = courseQuizzes.map(({ id, itemIds, perAttempt }) => ({
  id,
  itemIds: [...itemIds].sort((a, b) => b.length - a.length).slice(0, perAttempt),
}));

const largeTime = 4_000_000_000; // the largest times, in 2096: the longest numbers
const attemptFor = (quiz: { itemIds: string[] }, index: number): QuizAttempt => ({
  at: largeTime + index,
  seconds: 99_999,
  score: 99,
  max: 100,
  items: Object.fromEntries(quiz.itemIds.map((id) => [id, 'partial'])),
  // Tags are four characters; eight is the most the record accepts.
  id: 'zzzzzzzz',
});

function worstCase(): Progress {
  let progress = emptyProgress(largeTime);
  for (const id of lessonIds) {
    progress = actions.visitSection(progress, id, 'a-long-section-heading-anchor-name', largeTime);
    progress = actions.addStudyTime(progress, id, 9_999_999, largeTime);
    progress = actions.reachLessonEnd(progress, id, largeTime);
  }
  for (const quiz of quizzes) {
    for (let index = 0; index < attemptsKept + 3; index += 1) {
      // Post-test sittings are counted too, with the items of the last one.
      const record = quiz.id === postTestId ? actions.recordSitting : actions.recordQuizAttempt;
      progress = record(progress, quiz.id, attemptFor(quiz, index));
    }
  }
  // The longest evaluation and name: every character one that JSON must escape (a name needs a
  // letter).
  progress = actions.submitEvaluation(
    progress,
    {
      objectives: Array.from({ length: 20 }, () => 'partly' as const),
      relevance: 5,
      comment: '"'.repeat(400),
    },
    largeTime,
  );
  return actions.setLearnerName(progress, `a${'\\'.repeat(100)}`, largeTime);
}

describe('record size', () => {
  it(`fits ${String(recordSizeLimit)} characters with every lesson complete and several attempts on every quiz`, () => {
    const progress = worstCase();
    const fitted = fitProgress(progress);
    const encoded = encodeProgress(fitted);
    console.info(`Worst-case progress record: ${String(encoded.length)} characters`);
    expect(Object.values(progress.quizzes).every((attempts) => attempts.length === attemptsKept)).toBe(true);
    // Every attempt is kept, and each quiz's latest per-item outcomes (what the topic results read).
    for (const [quizId, attempts] of Object.entries(fitted.quizzes)) {
      expect(attempts).toHaveLength(attemptsKept);
      expect(attempts.at(-1)?.items).toEqual(progress.quizzes[quizId]?.at(-1)?.items);
    }
    // Nothing is trimmed: the last sitting's items are kept, to draw the next one away from them.
    expect(fitProgress(progress).sittings?.[postTestId]?.itemIds).toHaveLength(
      quizzes.find((quiz) => quiz.id === postTestId)?.itemIds.length ?? -1,
    );
    expect(progress.evaluation?.comment).toHaveLength(commentLimit);
    expect(progress.learner?.name).toHaveLength(80);
    expect(encoded.length).toBeLessThanOrEqual(recordSizeLimit);
  });

  it('trims attempts, never lessons, when a record would not fit', () => {
    const progress = worstCase();
    const fitted = fitProgress(progress, 3200);
    expect(encodeProgress(fitted).length).toBeLessThanOrEqual(3200);
    expect(Object.keys(fitted.lessons)).toEqual(Object.keys(progress.lessons));
    for (const attempts of Object.values(fitted.quizzes)) expect(attempts.length).toBeGreaterThanOrEqual(2);
  });
});
