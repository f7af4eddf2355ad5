// What the LMS holds is never written over blind: a record the LMS failed to hand over, and a
// record the course cannot read, each with the learner told the truth.
import { describe, expect, it } from 'vitest';
import { scorm12, scorm2004, type ScormDialect } from '../../../src/lib/lms/scorm';
import { lmsCopyKey, lmsSetAsideKey } from '../../../src/lib/lms/session';
import * as actions from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/model';
import { encodeProgress } from '../../../src/lib/progress/wire';
import { MemoryStorage, ReadOnlyStorage } from '../../support/fake-storage';
import { learnerId, lmsCourse } from '../../support/lms-course';

const unsentKey = `${lmsCopyKey(learnerId)}:unsent`;
const attempt = { at: 900, seconds: 60, score: 9, max: 10, items: {} };

/** The elements that say how the learner stands: a record must not regress them. */
const standing = (dialect: ScormDialect) =>
  dialect === scorm12
    ? ['cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.suspend_data']
    : ['cmi.completion_status', 'cmi.success_status', 'cmi.score.raw', 'cmi.suspend_data'];

/** Where the LMS keeps a learner's comment: SCORM 1.2 has one, SCORM 2004 a list. */
const commentOf = (dialect: ScormDialect, stored: Map<string, string>) =>
  stored.get(dialect === scorm12 ? 'cmi.comments' : 'cmi.comments_from_learner.0.comment') ?? '';

describe.each([scorm12, scorm2004])('a record the LMS failed to hand over ($apiName)', (dialect) => {
  /** A learner who completed lesson one and passed the post-test, back on a computer that kept nothing. */
  function returningLearner() {
    const course = lmsCourse(dialect);
    const first = course.launch();
    first.store.reachLessonEnd('one');
    first.store.recordQuizAttempt('post-test', attempt);
    first.session.finish();
    course.browser.items.clear();
    const before = new Map(standing(dialect).map((element) => [element, course.lms().stored.get(element)]));
    return { course, before };
  }

  it('tells "failed" from "empty", sends nothing that could overwrite the record, and keeps the work unsent in this browser', () => {
    const { course, before } = returningLearner();
    const { session, store } = course.relaunch((lms) => {
      lms.refuse.add(`${dialect.calls.getValue} ${dialect.suspendData}`);
    });
    const lms = course.lms();
    expect(store.notices.get()).toEqual(['lms-unread']);
    expect(store.reachLessonEnd('two')).toBe(true);
    session.flush();
    session.finish();
    for (const [element, value] of before) expect(lms.stored.get(element), element).toBe(value);
    expect(lms.stored.get(dialect.exit[0])).toBe('suspend');
    expect(course.browser.getItem(unsentKey)).toBe('1');

    // The next launch reads the record: both lessons and the post-test are there, and reach the LMS.
    const next = course.relaunch();
    expect(next.store.notices.get()).toEqual([]);
    const progress = next.store.progress.get();
    expect(Object.keys(progress.lessons).filter((id) => progress.lessons[id]?.endReachedAt)).toEqual([
      'one',
      'two',
    ]);
    expect(progress.quizzes['post-test']).toHaveLength(1);
    expect(course.browser.getItem(unsentKey)).toBeNull();
  });

  it('reads the record on a later try when the LMS fails a read or two', () => {
    const { course, before } = returningLearner();
    const { store } = course.relaunch((lms) => {
      lms.refuseTimes.set(`${dialect.calls.getValue} ${dialect.suspendData}`, 2);
    });
    const lms = course.lms();
    expect(store.notices.get()).toEqual([]);
    expect(store.progress.get().lessons.one?.endReachedAt).toBeDefined();
    expect(lms.stored.get(dialect.suspendData)).toBe(before.get(dialect.suspendData));
  });
});

describe.each([scorm12, scorm2004])('a record the course cannot read ($apiName)', (dialect) => {
  const legacy = 'lesson1=done|quiz1=80|bookmark=page7';

  it('is kept aside, in this browser for this learner and in the LMS’s comments, before the course starts afresh', () => {
    const course = lmsCourse(dialect);
    course.lms().stored.set(dialect.suspendData, legacy);
    const { store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-set-aside']);
    expect(course.browser.getItem(lmsSetAsideKey(learnerId))).toContain(JSON.stringify(legacy).slice(1, -1));
    expect(commentOf(dialect, course.lms().stored)).toContain(JSON.stringify(legacy));
    store.reachLessonEnd('one');
    expect(course.saved().lessons.one?.endReachedAt).toBeDefined();
    expect(commentOf(dialect, course.lms().stored)).toContain(JSON.stringify(legacy));
  });

  it('is kept aside and the learner told even when this browser holds unsent work, which is kept too', () => {
    const course = lmsCourse(dialect);
    course.lms().stored.set(dialect.suspendData, legacy);
    course.browser.setItem(
      lmsCopyKey(learnerId),
      encodeProgress(actions.reachLessonEnd(emptyProgress(), 'two', 800)),
    );
    course.browser.setItem(unsentKey, '1');
    const { store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-set-aside']);
    expect(store.progress.get().lessons.two?.endReachedAt).toBe(800);
    expect(course.browser.getItem(lmsSetAsideKey(learnerId))).toContain('lesson1=done');
    expect(commentOf(dialect, course.lms().stored)).toContain(JSON.stringify(legacy));
  });

  it('says where it is kept when only this browser could keep it', () => {
    const course = lmsCourse(dialect);
    const long = `${legacy};${'x'.repeat(4200)}`;
    course.lms().stored.set(dialect.suspendData, long);
    const { store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-set-aside-browser']);
    expect(course.browser.getItem(lmsSetAsideKey(learnerId))).toContain(long);
  });

  it('says where it is kept when only the LMS could keep it', () => {
    const course = lmsCourse(dialect, new ReadOnlyStorage());
    course.lms().stored.set(dialect.suspendData, legacy);
    const { store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-set-aside-lms']);
    expect(commentOf(dialect, course.lms().stored)).toContain(JSON.stringify(legacy));
  });

  it('is never written over when it could be kept nowhere', () => {
    // This browser has room for the learner's progress, not for a record that long.
    const course = lmsCourse(dialect, new MemoryStorage(3000));
    const long = `${legacy};${'x'.repeat(4200)}`;
    course.lms().stored.set(dialect.suspendData, long);
    const { session, store } = course.launch();
    expect(store.notices.get()).toEqual(['lms-unkept']);
    expect(store.reachLessonEnd('one')).toBe(true);
    session.finish();
    expect(course.lms().stored.get(dialect.suspendData)).toBe(long);
    expect(course.browser.getItem(`${lmsCopyKey(learnerId)}:unsent`)).toBe('1');
  });
});
