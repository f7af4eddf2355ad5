import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/lib/progress/actions';
import { mergeProgress } from '../../../src/lib/progress/merge';
import { lessonStatus } from '../../../src/lib/progress/completion';
import { emptyProgress, quizSummary, type Progress } from '../../../src/lib/progress/model';
import { encodeProgress } from '../../../src/lib/progress/wire';

const attempt = (at: number, score: number) => ({
  at,
  seconds: 30,
  score,
  max: 5,
  items: { i1: 'correct' as const },
});

// Two tabs that started from the same record and each did something different.
const tabOne: Progress = actions.recordQuizAttempt(
  actions.addStudyTime(actions.reachLessonEnd(emptyProgress(), 'a', 100), 'a', 50, 150),
  'quiz',
  attempt(160, 4),
);
const tabTwo: Progress = actions.recordQuizAttempt(
  actions.visitSection(actions.openLesson(emptyProgress(), 'b', 120), 'b', 'intro', 200),
  'quiz',
  attempt(170, 2),
);

describe('merging two copies of progress', () => {
  it('keeps the work of both', () => {
    const merged = mergeProgress(tabOne, tabTwo);
    expect(merged.lessons.a?.endReachedAt).toBe(100);
    expect(merged.lessons.a?.seconds).toBe(50);
    expect(merged.lessons.b?.startedAt).toBe(120);
    expect(merged.quizzes.quiz?.map((x) => x.score)).toEqual([4, 2]);
    expect(merged.location).toEqual({ lessonId: 'b', sectionId: 'intro', at: 200 });
  });

  it('gives the same result in either order and when repeated', () => {
    const ab = mergeProgress(tabOne, tabTwo);
    expect(encodeProgress(mergeProgress(tabTwo, tabOne))).toBe(encodeProgress(ab));
    expect(encodeProgress(mergeProgress(ab, tabOne))).toBe(encodeProgress(ab));
    expect(encodeProgress(mergeProgress(ab, ab))).toBe(encodeProgress(ab));
  });

  it('keeps the earliest start and completion and the most time', () => {
    const early = actions.reachLessonEnd(actions.openLesson(emptyProgress(), 'a', 10), 'a', 20);
    const late = actions.addStudyTime(
      actions.reachLessonEnd(actions.openLesson(emptyProgress(), 'a', 30), 'a', 40),
      'a',
      99,
      41,
    );
    expect(mergeProgress(early, late).lessons.a).toEqual({ startedAt: 10, endReachedAt: 20, seconds: 99 });
  });

  it('lets the most recent reset win whole, so another tab cannot undo it', () => {
    const reset = actions.resetProgress(tabOne, 1000);
    expect(mergeProgress(tabOne, reset)).toEqual(reset);
    expect(mergeProgress(reset, tabTwo)).toEqual(reset);
  });

  it('counts an attempt seen by both tabs once', () => {
    expect(mergeProgress(tabOne, tabOne).quizzes.quiz).toHaveLength(1);
  });
});

describe('merging evaluations and names', () => {
  it('keeps the later of each, whichever copy it is in', () => {
    const early = actions.setLearnerName(
      actions.submitEvaluation(emptyProgress(), { objectives: ['no'], relevance: 1, comment: 'a' }, 10),
      'Early',
      10,
    );
    const late = actions.setLearnerName(
      actions.submitEvaluation(emptyProgress(), { objectives: ['yes'], relevance: 5, comment: 'b' }, 20),
      'Late',
      20,
    );
    for (const merged of [mergeProgress(early, late), mergeProgress(late, early)]) {
      expect(merged.evaluation?.comment).toBe('b');
      expect(merged.learner?.name).toBe('Late');
    }
  });

  it('treats an id that Object.prototype also has ("constructor") as any other id', () => {
    const forged = actions.openLesson(
      actions.recordQuizAttempt(emptyProgress(), 'constructor', attempt(5, 1)),
      'constructor',
      5,
    );
    // A lesson and its check both named so: neither may find Object.prototype's function.
    const plan = {
      lessons: [{ id: 'constructor', checkId: 'constructor' }],
      rule: { reachEnd: true, submitKnowledgeCheck: true },
    };
    expect(mergeProgress(tabOne, forged).quizzes.constructor).toEqual([attempt(5, 1)]);
    expect(lessonStatus(mergeProgress(forged, tabOne), plan, 'constructor')).toBe('in-progress');
    expect(quizSummary(tabOne, 'constructor')).toBeUndefined();
    expect(lessonStatus(tabOne, plan, 'constructor')).toBe('not-started');
  });

  it('keeps two attempts finished in the same second with the same score in two tabs', () => {
    const one = actions.recordQuizAttempt(emptyProgress(), 'quiz', { ...attempt(160, 4), id: 'aaaa' });
    const two = actions.recordQuizAttempt(emptyProgress(), 'quiz', { ...attempt(160, 4), id: 'bbbb' });
    expect(mergeProgress(one, two).quizzes.quiz).toHaveLength(2);
    // The same attempt met twice is still one.
    expect(mergeProgress(one, one).quizzes.quiz).toHaveLength(1);
  });
});

describe('merging post-test sittings', () => {
  const sitting = (count: number, at: number, itemIds: string[]): Progress => ({
    ...emptyProgress(),
    sittings: { 'post-test': { count, at, itemIds } },
  });

  it('keeps the copy that counted more sittings, else the later, in either order', () => {
    const one = sitting(1, 100, ['a']);
    const two = sitting(2, 50, ['b']);
    expect(mergeProgress(one, two).sittings).toEqual(two.sittings);
    expect(mergeProgress(two, one).sittings).toEqual(two.sittings);
    const later = sitting(2, 60, ['c']);
    expect(mergeProgress(two, later).sittings).toEqual(later.sittings);
    expect(mergeProgress(later, two).sittings).toEqual(later.sittings);
    expect(mergeProgress(emptyProgress(), one).sittings).toEqual(one.sittings);
  });
});
