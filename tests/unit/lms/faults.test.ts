// Fault injection for the LMS: for every kind of page that saves, an LMS that refuses each call in
// turn, an LMS that is missing, and two LMS windows. Every case asserts the same two things:
// - no record is lost: what the learner did is in the LMS, or in this browser marked unsent, and
//   the next launch has it (and, in an LMS, sends it);
// - no message claims a save that did not happen: a page says "saved" only when the LMS
//   confirmed it or, where a notice says the work is kept in this browser, the browser kept it.
// The store's return value is what the pages turn into "saved" or "not saved" wording.
import { describe, expect, it } from 'vitest';
import { scorm12, scorm2004, type ScormDialect } from '../../../src/lib/lms/scorm';
import { lmsCopyKey } from '../../../src/lib/lms/session';
import type { Progress } from '../../../src/lib/progress/model';
import { noticeText, type NoticeKind } from '../../../src/lib/progress/notices';
import { progressKey, type ProgressStore } from '../../../src/lib/progress/store';
import { decodeProgress } from '../../../src/lib/progress/wire';
import type { FakeLms } from '../../support/fake-lms';
import { learnerId, lmsCourse } from '../../support/lms-course';

interface PageKind {
  /** What the learner does on the page, through the store, as the page's island does. */
  act(store: ProgressStore): boolean;
  /** Whether a record holds it. */
  holds(progress: Progress): boolean;
}

const attempt = (at: number) => ({ at, seconds: 60, score: 9, max: 10, items: { q1: 'correct' as const } });

const pageKinds: Record<string, PageKind> = {
  lesson: {
    act: (store) => store.reachLessonEnd('one'),
    holds: (progress) => progress.lessons.one?.endReachedAt !== undefined,
  },
  'topic quiz': {
    act: (store) => store.recordQuizAttempt('topic', attempt(5000)),
    holds: (progress) => progress.quizzes.topic?.some((kept) => kept.at === 5000) === true,
  },
  'post-test': {
    act: (store) => store.recordQuizAttempt('post-test', attempt(5001)),
    holds: (progress) => progress.quizzes['post-test']?.some((kept) => kept.at === 5001) === true,
  },
  evaluation: {
    act: (store) =>
      store.submitEvaluation({ objectives: ['yes', 'partly'], relevance: 4, comment: 'Useful' }),
    holds: (progress) => progress.evaluation?.comment === 'Useful',
  },
  'certificate name': {
    act: (store) => store.setLearnerName('Ada Lovelace'),
    holds: (progress) => progress.learner?.name === 'Ada Lovelace',
  },
};

/** Work done before, in an earlier launch: it must survive every fault too. */
const earlier = (progress: Progress) => (progress.lessons.two?.seconds ?? 0) >= 25;

type Fault = 'Initialize' | 'GetValue' | 'SetValue' | 'Commit' | 'Terminate' | 'missing' | 'two windows';
const faults: Fault[] = [
  'Initialize',
  'GetValue',
  'SetValue',
  'Commit',
  'Terminate',
  'missing',
  'two windows',
];

/** Makes the runtime refuse the call a fault names: GetValue is the read of the learner's record. */
function refuse(dialect: ScormDialect, lms: FakeLms, fault: Fault): void {
  const { calls } = dialect;
  const refused: Partial<Record<Fault, string>> = {
    Initialize: calls.initialize,
    GetValue: `${calls.getValue} ${dialect.suspendData}`,
    SetValue: calls.setValue,
    Commit: calls.commit,
    Terminate: calls.terminate,
  };
  const call = refused[fault];
  if (call) lms.refuse.add(call);
}

/** Notices that tell the learner their work is kept in this browser. */
const saysKeptInBrowser = (kind: NoticeKind) => /(saved|kept) in this browser/.test(noticeText[kind]);

const cases = [scorm12, scorm2004].flatMap((dialect) =>
  Object.keys(pageKinds).flatMap((page) => faults.map((fault) => ({ dialect, page, fault }))),
);

describe('LMS faults', () => {
  it('cover every page kind that saves, with each fault, in both SCORM versions', () => {
    expect(cases).toHaveLength(70);
  });

  it.each(cases)('$dialect.apiName, $page page, LMS fault: $fault', ({ dialect, page, fault }) => {
    const kind = pageKinds[page];
    if (!kind) throw new Error(page);
    const course = lmsCourse(dialect);
    // Earlier: the learner studied lesson two; the LMS stored it. Now they are on another computer.
    const before = course.launch();
    before.store.addStudyTime('two', 25);
    before.session.finish();
    course.browser.items.clear();

    const opened =
      fault === 'missing'
        ? [course.launchWithoutLms()]
        : [
            course.relaunch((lms) => {
              refuse(dialect, lms, fault);
            }),
          ];
    if (fault === 'two windows') {
      // The second window, opened from the same stored record, saves something of its own first.
      const second = course.anotherWindow();
      second.store.addStudyTime('two', 30);
      opened.push(second);
    }
    const [window] = opened;
    if (!window) throw new Error('no window');

    const claimedSaved = kind.act(window.store);
    const notices = window.store.notices.get();
    const lmsRecord = () => decodeProgress(course.lms().stored.get(dialect.suspendData)).progress;
    const browserRecord = () =>
      decodeProgress(course.browser.getItem(fault === 'missing' ? progressKey : lmsCopyKey(learnerId)))
        .progress;
    const unsent = () => course.browser.getItem(`${lmsCopyKey(learnerId)}:unsent`) === '1';

    // No message claims a save that did not happen.
    const toldKeptInBrowser = window.store.keeper === 'browser' || notices.some(saysKeptInBrowser);
    if (claimedSaved)
      expect(kind.holds(lmsRecord()) || (toldKeptInBrowser && kind.holds(browserRecord()))).toBe(true);
    else expect(notices.length).toBeGreaterThan(0);
    if (notices.some(saysKeptInBrowser)) expect(kind.holds(browserRecord())).toBe(true);

    // No record is lost: in the LMS, or in this browser marked unsent (or, with no LMS, the browser's record).
    for (const { session } of opened) session.finish();
    const inLms = kind.holds(lmsRecord()) && earlier(lmsRecord());
    const inBrowser = kind.holds(browserRecord()) && (fault === 'missing' || unsent());
    expect(inLms || inBrowser).toBe(true);
    if (fault === 'two windows') expect(lmsRecord().lessons.two?.seconds).toBe(55);

    // The next launch (the LMS working again, or again none) has it, and sends it to the LMS.
    const next = fault === 'missing' ? course.launchWithoutLms() : course.relaunch();
    expect(kind.holds(next.store.progress.get())).toBe(true);
    if (fault !== 'missing') {
      expect(earlier(next.store.progress.get())).toBe(true);
      expect(kind.holds(lmsRecord()) && earlier(lmsRecord())).toBe(true);
      expect(next.store.notices.get()).toEqual([]);
    }
  });
});
