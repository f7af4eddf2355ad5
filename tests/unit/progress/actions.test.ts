import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/lib/progress/actions';
import { attemptsKept } from '../../../src/lib/progress/compact';
import { lessonStatus, type StudyPlan } from '../../../src/lib/progress/completion';
import { emptyProgress, quizSummary, type QuizAttempt } from '../../../src/lib/progress/model';

const course: StudyPlan = {
  lessons: [{ id: 'first' }, { id: 'second' }],
  rule: { reachEnd: true, submitKnowledgeCheck: true },
};
const attempt = (at: number, score: number, max = 10): QuizAttempt => ({
  at,
  seconds: 60,
  score,
  max,
  items: {},
});

describe('progress actions', () => {
  it('starts a lesson once and makes it the place to resume', () => {
    const opened = actions.openLesson(emptyProgress(), 'first', 100);
    const reopened = actions.openLesson(opened, 'first', 200);
    expect(reopened.lessons.first).toEqual({ startedAt: 100, seconds: 0 });
    expect(reopened.location).toEqual({ lessonId: 'first', at: 200 });
    expect(lessonStatus(reopened, course, 'first')).toBe('in-progress');
    expect(lessonStatus(reopened, course, 'second')).toBe('not-started');
  });

  it('remembers the section in view', () => {
    const progress = actions.visitSection(emptyProgress(), 'first', 'the-reflex-loop', 300);
    expect(progress.location).toEqual({ lessonId: 'first', sectionId: 'the-reflex-loop', at: 300 });
    expect(progress.lessons.first?.startedAt).toBe(300);
  });

  it('adds study time in whole seconds and ignores nothing-at-all', () => {
    let progress = actions.openLesson(emptyProgress(), 'first', 100);
    progress = actions.addStudyTime(progress, 'first', 12.4, 112);
    progress = actions.addStudyTime(progress, 'first', 30, 150);
    expect(progress.lessons.first?.seconds).toBe(42);
    expect(actions.addStudyTime(progress, 'first', 0.2, 151)).toBe(progress);
    expect(actions.addStudyTime(progress, 'first', -5, 151)).toBe(progress);
  });

  it('records the end of a lesson once, keeping the first time, and nothing else', () => {
    let progress = actions.reachLessonEnd(emptyProgress(), 'first', 100);
    expect(progress.lessons.first).toEqual({ startedAt: 100, seconds: 0, endReachedAt: 100 });
    progress = actions.reachLessonEnd(progress, 'first', 500);
    expect(progress.lessons.first?.endReachedAt).toBe(100);
    progress = actions.reachLessonEnd(progress, 'second', 600);
    // Whether that completes anything is the course's rule (completion.ts), not the record's.
    expect(progress.courseCompletedAt).toBeUndefined();
  });

  it('records quiz attempts with best and last, keeping a bounded number', () => {
    let progress = emptyProgress();
    const scores = [3, 9, 4, 5, 6, 7, 2];
    scores.forEach((score, index) => {
      progress = actions.recordQuizAttempt(progress, 'quiz', attempt(index + 1, score));
    });
    const summary = quizSummary(progress, 'quiz');
    expect(summary?.best.score).toBe(9);
    expect(summary?.last.score).toBe(2);
    expect(summary?.attempts).toBe(attemptsKept);
    expect(quizSummary(progress, 'other')).toBeUndefined();
  });

  it('resets to nothing, marked with the time of the reset', () => {
    const progress = actions.reachLessonEnd(emptyProgress(), 'first', 100);
    expect(actions.resetProgress(progress, 900)).toEqual(emptyProgress(900));
  });
});

describe('evaluation and name', () => {
  it('keeps the latest evaluation, trimmed and free of control characters', () => {
    const progress = actions.submitEvaluation(
      emptyProgress(),
      { objectives: ['yes', 'no'], relevance: 4, comment: `  Good\u0007 course\n${'x'.repeat(400)}` },
      50,
    );
    expect(progress.evaluation?.at).toBe(50);
    expect(progress.evaluation?.comment.startsWith('Good course\nx')).toBe(true);
    expect(progress.evaluation?.comment).toHaveLength(300);
  });

  it('sets a tidy name, and ignores an empty one', () => {
    const named = actions.setLearnerName(emptyProgress(), '  Alex \t  Smith ', 10);
    expect(named.learner).toEqual({ name: 'Alex Smith', at: 10 });
    expect(actions.setLearnerName(named, '   ', 11)).toBe(named);
  });
});

describe('post-test sittings', () => {
  const sat = (at: number, ids: string[]) => ({
    at,
    seconds: 60,
    score: 1,
    max: ids.length,
    items: Object.fromEntries(ids.map((id) => [id, 'correct' as const])),
  });

  it('records the attempt and counts the sitting with its items, in one change', () => {
    let progress = actions.recordSitting(emptyProgress(), 'post-test', sat(100, ['b', 'a']));
    expect(progress.quizzes['post-test']).toHaveLength(1);
    expect(progress.sittings?.['post-test']).toEqual({ count: 1, at: 100, itemIds: ['a', 'b'] });
    progress = actions.recordSitting(progress, 'post-test', sat(200, ['c', 'd']));
    expect(progress.sittings?.['post-test']).toEqual({ count: 2, at: 200, itemIds: ['c', 'd'] });
  });

  it('keeps counting after the attempts themselves are trimmed', () => {
    let progress = emptyProgress();
    for (let at = 1; at <= 8; at += 1)
      progress = actions.recordSitting(progress, 'post-test', sat(at, ['a']));
    expect(progress.quizzes['post-test']?.length).toBeLessThan(8);
    expect(progress.sittings?.['post-test']?.count).toBe(8);
  });
});
