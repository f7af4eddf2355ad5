import { describe, expect, it } from 'vitest';
import { noLms } from '../../../src/lib/lms/adapter';
import { scorm12, scorm2004 } from '../../../src/lib/lms/scorm';
import { lmsCopyKey, startLmsSession } from '../../../src/lib/lms/session';
import * as actions from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/model';
import { noticeText } from '../../../src/lib/progress/notices';
import { safeStorage } from '../../../src/lib/progress/safe-storage';
import { createProgressStore, noStorageEvents, progressKey } from '../../../src/lib/progress/store';
import { decodeProgress, encodeProgress } from '../../../src/lib/progress/wire';
import { MemoryStorage } from '../../support/fake-storage';
import { lmsCourse, lmsTestRules as rules } from '../../support/lms-course';

const attempt = (at: number, score: number) => ({ at, seconds: 60, score, max: 10, items: {} });
const setup = lmsCourse;
const unsentKey = `${lmsCopyKey('learner-1')}:unsent`;

describe.each([scorm12, scorm2004])('an LMS session ($apiName)', (dialect) => {
  const status = dialect === scorm12 ? 'cmi.core.lesson_status' : 'cmi.completion_status';

  it('reports the course as begun and commits at once on a first launch', () => {
    const course = setup(dialect);
    course.launch();
    expect(course.lms().stored.get(status)).toBe('incomplete');
    expect(course.lms().commits()).toBe(1);
  });

  it('commits on milestones and leaves reading and moving around for the next good moment', () => {
    const course = setup(dialect);
    const { session, store } = course.launch();
    store.visitSection('one', 'signs');
    store.addStudyTime('one', 30);
    expect(course.lms().commits()).toBe(1);
    store.reachLessonEnd('one');
    expect(course.lms().commits()).toBe(2);
    store.visitSection('two', 'causes');
    expect(course.saved().location?.lessonId).toBe('one');
    session.flush();
    expect(course.lms().commits()).toBe(3);
    expect(course.saved().location).toMatchObject({ lessonId: 'two', sectionId: 'causes' });
  });

  it('resumes from the LMS’s record on the next launch', () => {
    const course = setup(dialect);
    const first = course.launch();
    first.store.reachLessonEnd('one');
    first.store.recordQuizAttempt('post-test', attempt(2000, 9));
    first.session.finish();
    const { store } = course.relaunch();
    expect(store.progress.get().lessons.one?.endReachedAt).toBeDefined();
    expect(store.progress.get().quizzes['post-test']).toHaveLength(1);
  });

  it('lets the LMS’s record win over a stale copy in this browser', () => {
    const course = setup(dialect);
    const first = course.launch();
    first.store.reachLessonEnd('one');
    first.session.finish();
    // Since then the learner studied on another computer; this browser's copy is older.
    const elsewhere = actions.reachLessonEnd(course.saved(), 'two', 3000);
    course.lms().stored.set(dialect.suspendData, encodeProgress(elsewhere));
    course.browser.setItem(
      lmsCopyKey('learner-1'),
      encodeProgress(actions.resetProgress(emptyProgress(), 2500)),
    );
    const { store } = course.relaunch();
    expect(store.progress.get()).toEqual(elsewhere);
  });

  it('merges work the LMS never confirmed into its record on the next launch', () => {
    const course = setup(dialect);
    const first = course.launch();
    first.store.reachLessonEnd('one');
    course.lms().refuse.add(dialect.calls.commit);
    course.lms().refuse.add(dialect.calls.terminate);
    first.store.recordQuizAttempt('post-test', attempt(2000, 9));
    first.session.finish();
    expect(course.saved().quizzes).toEqual({});
    const { store } = course.relaunch();
    expect(store.progress.get().quizzes['post-test']).toHaveLength(1);
    expect(course.saved().quizzes['post-test']).toHaveLength(1);
  });

  it('keeps each learner’s copy apart on a shared computer', () => {
    const course = setup(dialect);
    const first = course.launch();
    first.store.reachLessonEnd('one');
    expect(course.browser.getItem(lmsCopyKey('learner-1'))).toContain('"one"');
    expect(lmsCopyKey('learner-2')).not.toBe(lmsCopyKey('learner-1'));
    expect(course.browser.getItem(progressKey)).toBeNull();
  });

  it('says so when the LMS refuses a save, keeps the work, and clears the notice once a save goes through', () => {
    const course = setup(dialect);
    const { session, store } = course.launch();
    course.lms().refuse.add(`${dialect.calls.setValue} ${dialect.suspendData}`);
    store.reachLessonEnd('one');
    expect(store.notices.get()).toEqual(['lms-unsaved']);
    expect(session.lastError()).toMatchObject({ code: '101' });
    expect(store.progress.get().lessons.one?.endReachedAt).toBeDefined();
    expect(course.browser.getItem(`${lmsCopyKey('learner-1')}:unsent`)).toBe('1');
    course.lms().refuse.clear();
    store.reachLessonEnd('two');
    expect(store.notices.get()).toEqual([]);
    expect(Object.keys(course.saved().lessons)).toEqual(['one', 'two']);
    expect(course.browser.getItem(`${lmsCopyKey('learner-1')}:unsent`)).toBeNull();
  });

  it('keeps the LMS’s notice until a commit is confirmed: a small step after a refused milestone does not clear it', () => {
    const course = setup(dialect);
    const { session, store } = course.launch();
    course.lms().refuse.add(dialect.calls.commit);
    expect(store.reachLessonEnd('one')).toBe(false);
    expect(store.notices.get()).toEqual(['lms-unsaved']);
    // Values are still accepted, the commit is not: nothing is confirmed, nothing says it is.
    expect(store.visitSection('one', 'signs')).toBe(false);
    expect(store.notices.get()).toEqual(['lms-unsaved']);
    session.flush();
    expect(store.addStudyTime('one', 20)).toBe(false);
    expect(store.notices.get()).toEqual(['lms-unsaved']);
    expect(course.saved().lessons).toEqual({});
    expect(course.browser.getItem(unsentKey)).toBe('1');
    // The LMS recovers: the next step, however small, commits everything and the notice goes.
    course.lms().refuse.clear();
    expect(store.visitSection('one', 'causes')).toBe(true);
    expect(store.notices.get()).toEqual([]);
    expect(course.saved().lessons.one?.endReachedAt).toBeDefined();
    expect(course.browser.getItem(unsentKey)).toBeNull();
  });

  it('keeps the work of a learner the LMS would not start a session for under their own id, and sends it on the next launch', () => {
    const course = setup(dialect);
    // The LMS refuses Initialize (another window or SCO holds the session) but still says who the learner is.
    course.lms().refuse.add(dialect.calls.initialize);
    const { session, store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-unreachable']);
    expect(session.lastError()).toMatchObject({ call: dialect.calls.initialize });
    expect(store.reachLessonEnd('one')).toBe(true);
    expect(course.browser.getItem(progressKey)).toBeNull();
    expect(
      decodeProgress(course.browser.getItem(lmsCopyKey('learner-1'))).progress.lessons.one,
    ).toBeDefined();
    expect(course.browser.getItem(unsentKey)).toBe('1');
    session.finish();
    expect(course.lms().calls.filter((call) => !call.startsWith(dialect.calls.getValue))).toEqual([
      dialect.calls.initialize,
    ]);
    const next = course.relaunch();
    expect(next.store.notices.get()).toEqual([]);
    expect(next.store.progress.get().lessons.one?.endReachedAt).toBeDefined();
    expect(course.saved().lessons.one?.endReachedAt).toBeDefined();
    expect(course.browser.getItem(unsentKey)).toBeNull();
  });

  it('says the work is kept in this browser’s shared record when the LMS neither starts a session nor says who the learner is', () => {
    const course = setup(dialect);
    course.lms().refuse.add(dialect.calls.initialize);
    course.lms().refuse.add(dialect.calls.getValue);
    const { session, store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-unreachable-shared']);
    expect(noticeText['lms-unreachable-shared']).toMatch(/anyone/);
    store.reachLessonEnd('one');
    expect(decodeProgress(course.browser.getItem(progressKey)).progress.lessons.one).toBeDefined();
    session.finish();
    expect(course.lms().calls.filter((call) => !call.startsWith(dialect.calls.getValue))).toEqual([
      dialect.calls.initialize,
    ]);
  });

  it('saves the page’s last work before it finishes, so a normal close leaves nothing unsent', () => {
    const course = setup(dialect);
    const { session, store } = course.launch();
    store.openLesson('one');
    store.addStudyTime('one', 30);
    session.finish();
    expect(course.saved().lessons.one?.seconds).toBe(30);
    expect(course.browser.getItem(unsentKey)).toBeNull();
    // The page's own last save comes after: unchanged, it leaves nothing unsent.
    store.addStudyTime('one', 0.2);
    expect(course.browser.getItem(unsentKey)).toBeNull();
  });

  it('keeps a change made after finishing in this browser, marked unsent, for the next launch', () => {
    const course = setup(dialect);
    const { session, store } = course.launch();
    store.openLesson('one');
    session.finish();
    const calls = course.lms().calls.length;
    expect(store.addStudyTime('one', 40)).toBe(false);
    expect(course.lms().calls).toHaveLength(calls);
    expect(course.browser.getItem(unsentKey)).toBe('1');
    const next = course.relaunch();
    expect(next.store.progress.get().lessons.one?.seconds).toBe(40);
    expect(course.saved().lessons.one?.seconds).toBe(40);
  });

  it('ends the LMS session once, with the time spent', () => {
    const course = setup(dialect);
    const { session } = course.launch();
    course.tick(125);
    session.finish();
    session.finish();
    expect(course.lms().calls.filter((call) => call === dialect.calls.terminate)).toHaveLength(1);
    expect(course.lms().stored.get(dialect.sessionTime(0)[0])).toBe(dialect.sessionTime(125)[1]);
  });

  it('leaves an unreadable LMS record in place for the store to set aside, rather than overwrite it', () => {
    const course = setup(dialect);
    course.lms().stored.set(dialect.suspendData, '{"v":99}');
    const { session, store } = course.launch();
    expect(store.notices.get()).toEqual(['future']);
    session.finish();
    expect(course.lms().stored.get(dialect.suspendData)).toBe('{"v":99}');
  });
});

describe('with no LMS', () => {
  it('keeps progress in this browser under the course’s usual key, as the static site does', () => {
    const browser = new MemoryStorage();
    browser.setItem(progressKey, encodeProgress(actions.openLesson(emptyProgress(), 'one', 5)));
    const session = startLmsSession({
      adapter: noLms,
      rules,
      local: safeStorage(() => browser),
      clock: () => 0,
    });
    const store = createProgressStore({ storage: session.storage, events: noStorageEvents, now: () => 10 });
    expect(store.progress.get().lessons.one).toBeDefined();
    store.reachLessonEnd('two');
    expect(decodeProgress(browser.getItem(progressKey)).progress.lessons.two?.endReachedAt).toBe(10);
    expect(store.notices.get()).toEqual([]);
  });
});
