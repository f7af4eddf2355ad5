import { describe, expect, it } from 'vitest';
import { noLms } from '../../../src/lib/lms/adapter';
import type { LmsRules } from '../../../src/lib/lms/tracking';
import { scorm12, scorm2004, scormAdapter } from '../../../src/lib/lms/scorm';
import { lmsCopyKey, startLmsSession } from '../../../src/lib/lms/session';
import * as actions from '../../../src/lib/progress/actions';
import { emptyProgress, type Progress } from '../../../src/lib/progress/model';
import { safeStorage } from '../../../src/lib/progress/safe-storage';
import { createProgressStore, noStorageEvents, progressKey } from '../../../src/lib/progress/store';
import { decodeProgress, encodeProgress } from '../../../src/lib/progress/wire';
import { FakeLms } from '../../support/fake-lms';
import { MemoryStorage } from '../../support/fake-storage';

const rules: LmsRules = {
  lessonIds: ['one', 'two'],
  quizIds: ['post-test'],
  postTestId: 'post-test',
  passMark: 0.8,
};
const attempt = (at: number, score: number) => ({ at, seconds: 60, score, max: 10, items: {} });

/** One browser and one LMS learner; `launch()` opens the course the way the launch page does. */
function setup(dialect = scorm12) {
  const browser = new MemoryStorage();
  let lms = new FakeLms(dialect);
  lms.stored.set(dialect.learnerId, 'learner-1');
  let clock = 1_000_000;
  const launch = () => {
    const local = safeStorage(() => browser);
    const session = startLmsSession({
      adapter: scormAdapter(lms.api(), dialect),
      rules,
      local,
      clock: () => clock,
    });
    const store = createProgressStore({
      storage: session.storage,
      events: noStorageEvents,
      now: () => Math.floor(clock / 1000),
    });
    return { session, store };
  };
  return {
    browser,
    launch,
    lms: () => lms,
    relaunch() {
      lms = lms.relaunch();
      return launch();
    },
    tick(seconds: number) {
      clock += seconds * 1000;
    },
    saved: (): Progress => decodeProgress(lms.stored.get(dialect.suspendData)).progress,
  };
}

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
    store.completeLesson('one', rules.lessonIds);
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
    first.store.completeLesson('one', rules.lessonIds);
    first.store.recordQuizAttempt('post-test', attempt(2000, 9));
    first.session.finish();
    const { store } = course.relaunch();
    expect(store.progress.get().lessons.one?.completedAt).toBeDefined();
    expect(store.progress.get().quizzes['post-test']).toHaveLength(1);
  });

  it('lets the LMS’s record win over a stale copy in this browser', () => {
    const course = setup(dialect);
    const first = course.launch();
    first.store.completeLesson('one', rules.lessonIds);
    first.session.finish();
    // Since then the learner studied on another computer; this browser's copy is older.
    const elsewhere = actions.completeLesson(course.saved(), 'two', rules.lessonIds, 3000);
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
    first.store.completeLesson('one', rules.lessonIds);
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
    first.store.completeLesson('one', rules.lessonIds);
    expect(course.browser.getItem(lmsCopyKey('learner-1'))).toContain('"one"');
    expect(lmsCopyKey('learner-2')).not.toBe(lmsCopyKey('learner-1'));
    expect(course.browser.getItem(progressKey)).toBeNull();
  });

  it('says so when the LMS refuses a save, keeps the work, and clears the notice once a save goes through', () => {
    const course = setup(dialect);
    const { session, store } = course.launch();
    course.lms().refuse.add(`${dialect.calls.setValue} ${dialect.suspendData}`);
    store.completeLesson('one', rules.lessonIds);
    expect(store.notices.get()).toEqual(['lms-unsaved']);
    expect(session.lastError()).toMatchObject({ code: '101' });
    expect(store.progress.get().lessons.one?.completedAt).toBeDefined();
    expect(course.browser.getItem(`${lmsCopyKey('learner-1')}:unsent`)).toBe('1');
    course.lms().refuse.clear();
    store.completeLesson('two', rules.lessonIds);
    expect(store.notices.get()).toEqual([]);
    expect(Object.keys(course.saved().lessons)).toEqual(['one', 'two']);
    expect(course.browser.getItem(`${lmsCopyKey('learner-1')}:unsent`)).toBeNull();
  });

  it('works from this browser and says the LMS is not getting it when Initialize fails', () => {
    const course = setup(dialect);
    course.lms().refuse.add(dialect.calls.initialize);
    const { session, store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-unreachable']);
    expect(session.lastError()).toMatchObject({ call: dialect.calls.initialize });
    store.completeLesson('one', rules.lessonIds);
    expect(decodeProgress(course.browser.getItem(progressKey)).progress.lessons.one).toBeDefined();
    session.finish();
    expect(course.lms().calls).toEqual([dialect.calls.initialize]);
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
    store.completeLesson('two', rules.lessonIds);
    expect(decodeProgress(browser.getItem(progressKey)).progress.lessons.two?.completedAt).toBe(10);
    expect(store.notices.get()).toEqual([]);
  });
});
