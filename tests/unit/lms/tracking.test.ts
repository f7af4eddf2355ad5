import { describe, expect, it } from 'vitest';
import { lmsTracking, milestones, suspendData, type LmsRules } from '../../../src/lib/lms/tracking';
import * as actions from '../../../src/lib/progress/actions';
import { emptyProgress, type Progress } from '../../../src/lib/progress/model';
import { decodeProgress } from '../../../src/lib/progress/wire';

const rules: LmsRules = {
  lessonIds: ['one', 'two'],
  // Lesson one closes with a knowledge check, lesson two has none: it needs only its end.
  knowledgeChecks: { one: 'check-one' },
  lessonCompletion: { reachEnd: true, submitKnowledgeCheck: true },
  quizIds: ['check-one', 'post-test'],
  postTestId: 'post-test',
  passMark: 0.8,
};

const attempt = (at: number, score: number) => ({ at, seconds: 60, score, max: 15, items: {} });

/** The lessons read to their end, and lesson one's knowledge check submitted (any score). */
function withLessons(...ids: string[]): Progress {
  const read = ids.reduce(
    (p, id) => actions.reachLessonEnd(actions.openLesson(p, id, 10), id, 20),
    emptyProgress(),
  );
  return ids.includes('one') ? actions.recordQuizAttempt(read, 'check-one', attempt(30, 0)) : read;
}

describe('the LMS report', () => {
  it('is incomplete with no score before anything is done', () => {
    expect(lmsTracking(emptyProgress(), rules)).toMatchObject({
      completion: 'incomplete',
      success: 'unknown',
      progressMeasure: 0,
      location: '',
    });
    expect(lmsTracking(emptyProgress(), rules)).not.toHaveProperty('score');
  });

  it('is completed when every lesson is, and measures progress by lessons', () => {
    expect(lmsTracking(withLessons('one'), rules)).toMatchObject({
      completion: 'incomplete',
      progressMeasure: 0.5,
    });
    const onlyRead = actions.reachLessonEnd(actions.reachLessonEnd(emptyProgress(), 'one', 20), 'two', 20);
    expect(lmsTracking(onlyRead, rules)).toMatchObject({ completion: 'incomplete', progressMeasure: 0.5 });
    expect(lmsTracking(withLessons('one', 'two'), rules)).toMatchObject({
      completion: 'completed',
      progressMeasure: 1,
    });
  });

  it('fails below the pass mark and passes once any attempt reaches it, scoring the best attempt', () => {
    const failed = actions.recordQuizAttempt(emptyProgress(), 'post-test', attempt(100, 11));
    expect(lmsTracking(failed, rules)).toMatchObject({ success: 'failed', score: 11 / 15 });
    const passed = actions.recordQuizAttempt(failed, 'post-test', attempt(200, 12));
    const retaken = actions.recordQuizAttempt(passed, 'post-test', attempt(300, 5));
    expect(lmsTracking(retaken, rules)).toMatchObject({ success: 'passed', score: 12 / 15 });
  });

  it('ignores other quizzes for success', () => {
    const checked = actions.recordQuizAttempt(emptyProgress(), 'check-one', attempt(100, 15));
    expect(lmsTracking(checked, rules).success).toBe('unknown');
  });

  it('bookmarks the lesson and section to resume', () => {
    const progress = actions.visitSection(emptyProgress(), 'two', 'signs', 50);
    expect(lmsTracking(progress, rules).location).toBe('two#signs');
    expect(lmsTracking(actions.openLesson(progress, 'one', 60), rules).location).toBe('one');
  });

  it('carries the whole record as suspend data, readable again', () => {
    const progress = actions.recordQuizAttempt(withLessons('one', 'two'), 'post-test', attempt(100, 13));
    expect(decodeProgress(lmsTracking(progress, rules).suspendData)).toEqual({ status: 'ok', progress });
  });
});

describe('suspend data', () => {
  it('leaves out lessons and quizzes that are not this course’s', () => {
    let progress = withLessons('one', 'elsewhere');
    progress = actions.recordQuizAttempt(progress, 'another-course-quiz', attempt(100, 3));
    const saved = decodeProgress(suspendData(progress, rules)).progress;
    expect(Object.keys(saved.lessons)).toEqual(['one']);
    expect(Object.keys(saved.quizzes)).toEqual(['check-one']);
    expect(saved.location).toBeUndefined();
  });

  it('trims to the limit it is given, keeping every lesson', () => {
    let progress = withLessons('one', 'two');
    for (let n = 0; n < 3; n += 1)
      progress = actions.recordQuizAttempt(progress, 'post-test', attempt(100 + n, 10 + n));
    const full = suspendData(progress, rules);
    const trimmed = suspendData(progress, rules, full.length - 1);
    expect(trimmed.length).toBeLessThan(full.length);
    expect(Object.keys(decodeProgress(trimmed).progress.lessons)).toEqual(['one', 'two']);
  });
});

describe('milestones', () => {
  it('change with a lesson’s end reached, a submitted quiz, the evaluation, the name and a reset', () => {
    const start = actions.openLesson(emptyProgress(), 'one', 10);
    const steps = [
      actions.reachLessonEnd(start, 'one', 20),
      actions.recordQuizAttempt(start, 'check-one', attempt(30, 4)),
      actions.submitEvaluation(start, { objectives: ['yes'], relevance: 4, comment: '' }, 40),
      actions.setLearnerName(start, 'Ada', 50),
      actions.resetProgress(start, 60),
    ];
    for (const step of steps) expect(milestones(step)).not.toBe(milestones(start));
  });

  it('stay the same while the learner only reads and moves around', () => {
    const start = actions.openLesson(emptyProgress(), 'one', 10);
    const moved = actions.addStudyTime(actions.visitSection(start, 'two', 'signs', 20), 'two', 30, 20);
    expect(milestones(moved)).toBe(milestones(start));
  });
});
