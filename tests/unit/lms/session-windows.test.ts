// Two LMS windows of one learner in one browser: each runtime started from the same stored
// record, and each commits what it holds. The last commit must not undo the other window's work.
import { describe, expect, it } from 'vitest';
import { scorm12, scorm2004 } from '../../../src/lib/lms/scorm';
import { lmsCopyKey } from '../../../src/lib/lms/session';
import type { Progress } from '../../../src/lib/progress/model';
import { learnerId, lmsCourse } from '../../support/lms-course';

const completed = (progress: Progress) =>
  Object.keys(progress.lessons).filter((id) => progress.lessons[id]?.endReachedAt !== undefined);
const attempt = (at: number) => ({ at, seconds: 60, score: 9, max: 10, items: {} });

describe.each([scorm12, scorm2004])('two LMS windows ($apiName)', (dialect) => {
  it('keep each other’s work: every commit carries what the other window saved in this browser', () => {
    const course = lmsCourse(dialect);
    const first = course.launch();
    const second = course.anotherWindow();

    expect(first.store.reachLessonEnd('one')).toBe(true);
    expect(completed(course.saved())).toEqual(['one']);
    // The second window never heard of lesson one; its commit must not take it away.
    expect(second.store.reachLessonEnd('two')).toBe(true);
    expect(completed(course.saved())).toEqual(['one', 'two']);
    expect(first.store.recordQuizAttempt('post-test', attempt(2000))).toBe(true);
    expect(completed(course.saved())).toEqual(['one', 'two']);
    expect(course.saved().quizzes['post-test']).toHaveLength(1);

    // Closed in either order, the last to finish still holds everything.
    second.store.visitSection('two', 'causes');
    first.session.finish();
    second.session.finish();
    expect(completed(course.saved())).toEqual(['one', 'two']);
    expect(course.saved().quizzes['post-test']).toHaveLength(1);
    expect(course.browser.getItem(`${lmsCopyKey(learnerId)}:unsent`)).toBeNull();

    const { store } = course.relaunch();
    expect(completed(store.progress.get())).toEqual(['one', 'two']);
    expect(store.progress.get().quizzes['post-test']).toHaveLength(1);
  });

  it('keep each other’s work when one window only reads and then closes', () => {
    const course = lmsCourse(dialect);
    const first = course.launch();
    const second = course.anotherWindow();
    first.store.reachLessonEnd('one');
    // The second window's only save is its last one, on the way out.
    second.store.addStudyTime('two', 30);
    second.session.finish();
    expect(completed(course.saved())).toEqual(['one']);
    expect(course.saved().lessons.two?.seconds).toBe(30);
  });

  it('keep each other’s work when the second window’s runtime loaded before the first window committed', () => {
    const course = lmsCourse(dialect);
    const first = course.launch();
    // The LMS page of the second window loads now; the course starts in it only later.
    const stale = course.lms().anotherWindow();
    first.store.reachLessonEnd('one');
    const second = course.anotherWindow(stale);
    second.store.reachLessonEnd('two');
    first.session.finish();
    expect(completed(course.saved())).toEqual(['one', 'two']);
    second.session.finish();
    expect(completed(course.saved())).toEqual(['one', 'two']);
  });
});
