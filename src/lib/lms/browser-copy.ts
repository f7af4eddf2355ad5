// This browser's copy of an LMS learner's record (how the session uses it: session.ts). One key per
// learner, which every window of the course that learner has open here shares; a flag beside it
// while it holds work the LMS has not confirmed; and, kept before anything wrote over them, the
// records the LMS held that the course could not read.
import { fnv1a } from '../hash';
import type { SafeStorage } from '../progress/safe-storage';
import { keepAside } from '../progress/set-aside';

/** The browser's copy of an LMS learner's record: one key per learner id, never the id itself. */
export function lmsCopyKey(learnerId: string): string {
  return `clonus-course:lms:${fnv1a(learnerId).toString(36)}`;
}

/** Present while the learner's copy holds work the LMS has not confirmed with a commit. */
export const lmsUnsentKey = (learnerId: string) => `${lmsCopyKey(learnerId)}:unsent`;

/** Records the LMS held for a learner that the course could not read: the last few, newest last. */
export const lmsSetAsideKey = (learnerId: string) => `${lmsCopyKey(learnerId)}:set-aside`;
const setAsideKept = 3;

/** Adds `raw` to the learner's set-aside list; false when this browser would not keep it. */
export const keepInBrowser = (local: SafeStorage, learnerId: string, raw: string, at: number) =>
  keepAside(local, lmsSetAsideKey(learnerId), raw, at, setAsideKept);
