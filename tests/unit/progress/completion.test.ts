import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/lib/progress/actions';
import {
  completedCount,
  courseCompletedAt,
  lessonStatus,
  lessonStudy,
  ruleInWords,
  type StudyPlan,
} from '../../../src/lib/progress/completion';
import { compactProgress, fitProgress } from '../../../src/lib/progress/compact';
import { emptyProgress, type QuizAttempt } from '../../../src/lib/progress/model';

const both = { reachEnd: true, submitKnowledgeCheck: true };
const one = { id: 'one', checkId: 'check-one' };
const plan: StudyPlan = { lessons: [one, { id: 'two', checkId: 'check-two' }], rule: both };
const submitted = (at: number, score = 0): QuizAttempt => ({ at, seconds: 30, score, max: 4, items: {} });
const opened = actions.openLesson(emptyProgress(), 'one', 100);
const read = actions.reachLessonEnd(opened, 'one', 200);
const checked = actions.recordQuizAttempt(opened, 'check-one', submitted(300));

describe('the lesson completion rule', () => {
  it('is not started before the lesson is opened or its check tried', () => {
    expect(lessonStudy(emptyProgress(), one, both)).toEqual({
      status: 'not-started',
      reachedEnd: false,
      checkSubmitted: false,
      needed: ['reach-end', 'submit-check'],
    });
  });

  it('keeps a lesson in progress when the learner only scrolled to its end', () => {
    expect(lessonStudy(read, one, both)).toMatchObject({
      status: 'in-progress',
      reachedEnd: true,
      needed: ['submit-check'],
    });
    expect(lessonStudy(read, one, both)).not.toHaveProperty('completedAt');
  });

  it('keeps a lesson in progress when the check is submitted but the end not reached', () => {
    expect(lessonStudy(checked, one, both)).toMatchObject({ status: 'in-progress', needed: ['reach-end'] });
  });

  it('completes a lesson with both, whatever the score, dated by the later of the two', () => {
    const zero = actions.recordQuizAttempt(read, 'check-one', submitted(300, 0));
    expect(lessonStudy(zero, one, both)).toMatchObject({ status: 'complete', needed: [], completedAt: 300 });
    const checkFirst = actions.reachLessonEnd(checked, 'one', 400);
    expect(lessonStudy(checkFirst, one, both).completedAt).toBe(400);
  });

  it('counts only an attempt at this lesson’s own check', () => {
    const otherCheck = actions.recordQuizAttempt(read, 'check-two', submitted(300, 4));
    expect(lessonStatus(otherCheck, plan, 'one')).toBe('in-progress');
  });

  it('needs only the end of a lesson that has no knowledge check', () => {
    const noCheck = { id: 'one' };
    expect(lessonStudy(read, noCheck, both)).toMatchObject({ status: 'complete', completedAt: 200 });
    expect(lessonStatus(read, { lessons: [], rule: both }, 'one')).toBe('complete');
  });

  it('follows a rule of one step alone', () => {
    const endOnly = { reachEnd: true, submitKnowledgeCheck: false };
    const checkOnly = { reachEnd: false, submitKnowledgeCheck: true };
    expect(lessonStudy(read, one, endOnly).status).toBe('complete');
    expect(lessonStudy(read, one, checkOnly).status).toBe('in-progress');
    expect(lessonStudy(checked, one, checkOnly)).toMatchObject({ status: 'complete', completedAt: 300 });
  });

  it('counts complete lessons and dates the course by its last one', () => {
    let progress = actions.recordQuizAttempt(read, 'check-one', submitted(300));
    expect(completedCount(progress, plan)).toBe(1);
    expect(courseCompletedAt(progress, plan)).toBeUndefined();
    progress = actions.reachLessonEnd(progress, 'two', 500);
    expect(courseCompletedAt(progress, plan)).toBeUndefined();
    progress = actions.recordQuizAttempt(progress, 'check-two', submitted(600, 1));
    expect(completedCount(progress, plan)).toBe(2);
    expect(courseCompletedAt(progress, plan)).toBe(600);
  });

  it('still sees a submitted check after the record is trimmed to fit an LMS', () => {
    let progress = read;
    for (let n = 0; n < 6; n += 1)
      progress = actions.recordQuizAttempt(progress, 'check-one', submitted(300 + n));
    expect(lessonStudy(compactProgress(progress, 1), one, both).status).toBe('complete');
    expect(lessonStudy(fitProgress(progress, 0), one, both).status).toBe('complete');
  });

  it('says the rule in words', () => {
    expect(ruleInWords(both)).toBe(
      'you have read it to its end and submitted its knowledge check (every question answered; any score)',
    );
    expect(ruleInWords({ reachEnd: true, submitKnowledgeCheck: false }, 'the learner')).toBe(
      'the learner has read it to its end',
    );
  });
});
