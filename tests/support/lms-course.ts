// One learner's course in an LMS, for the session tests: a browser (its storage shared by every
// window), the LMS's database, and launches that open the course the way the launch page does,
// with the page's progress store on top of the session.
import { noLms } from '../../src/lib/lms/adapter';
import type { ScormDialect } from '../../src/lib/lms/scorm';
import { scormAdapter } from '../../src/lib/lms/scorm';
import { startLmsSession } from '../../src/lib/lms/session';
import type { LmsRules } from '../../src/lib/lms/tracking';
import type { Progress } from '../../src/lib/progress/model';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import { createProgressStore, noStorageEvents } from '../../src/lib/progress/store';
import { decodeProgress } from '../../src/lib/progress/wire';
import { FakeLms } from './fake-lms';
import { MemoryStorage } from './fake-storage';

/**
 * A two-lesson course for the session tests, which are about records, not the completion rule:
 * its lessons have no knowledge check, so reaching a lesson's end completes it (the rule's own
 * tests are tests/unit/progress/completion.test.ts and tests/unit/lms/tracking.test.ts).
 */
export const lmsTestRules: LmsRules = {
  lessonIds: ['one', 'two'],
  knowledgeChecks: {},
  lessonCompletion: { reachEnd: true, submitKnowledgeCheck: true },
  quizIds: ['topic', 'post-test'],
  postTestId: 'post-test',
  passMark: 0.8,
};

export const learnerId = 'learner-1';

export function lmsCourse(dialect: ScormDialect, browser = new MemoryStorage()) {
  let lms = new FakeLms(dialect);
  lms.stored.set(dialect.learnerId, learnerId);
  let clock = 1_000_000;

  /** Opens the course in a window on `runtime` (no runtime: no LMS was found). */
  const launchOn = (runtime: FakeLms | undefined) => {
    const session = startLmsSession({
      adapter: runtime ? scormAdapter(runtime.api(), dialect) : noLms,
      rules: lmsTestRules,
      local: safeStorage(() => browser),
      clock: () => clock,
    });
    const store = createProgressStore({
      storage: session.storage,
      events: noStorageEvents,
      now: () => Math.floor(clock / 1000),
      keeper: session.connected ? 'lms' : 'browser',
    });
    return { session, store };
  };

  return {
    browser,
    lms: () => lms,
    launch: () => launchOn(lms),
    /**
     * The learner closed the course and opens it again from the LMS; `prepare` readies the new
     * runtime first (to make it refuse a call, say).
     */
    relaunch(prepare: (runtime: FakeLms) => void = () => undefined) {
      lms = lms.relaunch();
      prepare(lms);
      return launchOn(lms);
    },
    /**
     * The learner opens the activity in a second window while the first is open; `runtime` is
     * that window's LMS runtime, if it was loaded earlier (`lms().anotherWindow()`).
     */
    anotherWindow(runtime = lms.anotherWindow()) {
      return { runtime, ...launchOn(runtime) };
    },
    /** The package opened where no LMS can be found. */
    launchWithoutLms: () => launchOn(undefined),
    tick(seconds: number) {
      clock += seconds * 1000;
    },
    /** The record the LMS stored (committed), as the next launch will read it. */
    saved: (): Progress => decodeProgress(lms.stored.get(dialect.suspendData)).progress,
  };
}
