// One LMS session: the launch page opens it once, the course pages inside it read and write
// progress through it, and it ends once when the learner leaves.
//
// Where progress lives while the course runs in an LMS:
// - The LMS's record (suspend_data) is the learner's record. On launch it wins over any copy in
//   this browser (opening.ts): the learner may have studied elsewhere since, and a shared
//   computer may hold someone else's copy (copies are kept per learner id, browser-copy.ts).
// - While the course runs, this browser's copy is the live record: every change is written to
//   it, marked unsent until the LMS confirms a commit, and every commit sends what it holds
//   then. Two windows of one learner share it, so each commit carries the other window's work;
//   and each window merges its own work back in, should the other have written over it.
//   An unsent copy is work the LMS never received (a refused commit, a window closed too soon):
//   the next launch merges it into the LMS's record, so nothing the learner did is lost.
// - A save counts as saved only once the LMS confirms a commit; until then the page says it was
//   not, and the notice stays.
// - What the LMS holds is never written over blind: a record it failed to hand over is left as it
//   is (no progress is sent this visit), and a record the course cannot read is kept aside first.
// - With no LMS (`noLms`), the browser's copy under the course's usual key is the record, as on
//   the static site. With an LMS that refused the session, the work stays in this browser: under
//   the learner's own copy when the LMS said who they are, else under that usual key.
import { fitProgress } from '../progress/compact';
import { mergeProgress } from '../progress/merge';
import type { SafeStorage, StorageProblem } from '../progress/safe-storage';
import { progressKey } from '../progress/store';
import { decodeProgress, encodeProgress } from '../progress/wire';
import type { LmsAdapter, LmsError } from './adapter';
import { keepInBrowser, lmsCopyKey, lmsUnsentKey } from './browser-copy';
import { openRecord } from './opening';
import { lmsTracking, milestones, type LmsRules } from './tracking';

export { lmsCopyKey, lmsSetAsideKey } from './browser-copy';

export interface LmsSessionOptions {
  adapter: LmsAdapter;
  rules: LmsRules;
  /** This browser's storage. */
  local: SafeStorage;
  /** Milliseconds now. */
  clock: () => number;
}

export interface LmsSession {
  /** Whether an LMS took the session and said who the learner is. */
  connected: boolean;
  /** Storage for the course pages: progress goes to the LMS, everything else to `local`. */
  storage: SafeStorage;
  /** A good moment to commit (a page was left, the window hidden): sends anything not yet committed. */
  flush(): void;
  /** The learner is leaving: reports and ends the LMS session, once. */
  finish(): void;
  /** The last call the LMS refused, if the latest one failed. */
  lastError(): LmsError | undefined;
}

/** The LMS is not getting this visit: progress stays in this browser, and the pages say so. */
function keptInBrowser(
  local: SafeStorage,
  learnerId: string,
  error: LmsError,
  finish: () => void = () => undefined,
): LmsSession {
  const copyKey = lmsCopyKey(learnerId);
  // Known, the learner's own copy, marked unsent, which the next launch that reaches the LMS
  // sends; unknown, the browser's shared record, which the learner is told to export.
  const storage: SafeStorage = learnerId
    ? {
        read: (key) => local.read(key === progressKey ? copyKey : key),
        write(key, value) {
          if (key !== progressKey) return local.write(key, value);
          const kept = local.write(copyKey, value);
          return local.write(lmsUnsentKey(learnerId), '1') && kept;
        },
        remove: (key) => {
          local.remove(key === progressKey ? copyKey : key);
        },
        heldInMemory: (key) => local.heldInMemory(key === progressKey ? copyKey : key),
        problem: () => local.problem() ?? 'lms-unreachable',
      }
    : { ...local, problem: () => local.problem() ?? 'lms-unreachable-shared' };
  return { connected: false, storage, flush: () => undefined, finish, lastError: () => error };
}

export function startLmsSession({ adapter, rules, local, clock }: LmsSessionOptions): LmsSession {
  const startedAt = clock();
  const seconds = () => Math.round((clock() - startedAt) / 1000);
  const started = adapter.start();
  if (!started.ok) return keptInBrowser(local, started.learnerId, started.error);
  const { learnerId, saved } = started.launch;
  if (saved === undefined) {
    const nothing = () => undefined;
    return { connected: false, storage: local, flush: nothing, finish: nothing, lastError: nothing };
  }
  if (!learnerId) {
    // Whose record this is, the course cannot tell: it sends nothing and keeps no one's copy.
    return keptInBrowser(local, '', unidentified, () => {
      adapter.finish(undefined, seconds());
    });
  }

  const copyKey = lmsCopyKey(learnerId);
  const unsentKey = lmsUnsentKey(learnerId);
  const now = () => Math.floor(clock() / 1000);
  /** Whether this browser kept the latest change to the copy (before any: whether it works at all). */
  let browserKeeps = local.problem() === undefined;
  const opening = openRecord(
    { ...started.launch, saved },
    { value: local.read(copyKey), unsent: local.read(unsentKey) !== null },
    (raw) => ({ browser: keepInBrowser(local, learnerId, raw, now()), lms: adapter.keepAside(raw) }),
  );
  if (opening.record === null) local.remove(copyKey);
  else if (opening.record !== undefined) browserKeeps = local.write(copyKey, opening.record);

  /** The value of the copy the LMS last confirmed with a commit. */
  let confirmed: string | null | undefined;
  /** The milestones of that value (tracking.ts): a new one is committed at once. */
  let committedMilestones: string | undefined;
  /** A refusal not yet made good by a confirmed commit. */
  let refused: LmsError | undefined;
  let error = started.launch.unread;
  let finished = false;
  /** Something changed after the session ended: it is in this browser only, marked unsent. */
  let changedAfterEnd = false;

  const readRecord = () => opening.fixed ?? local.read(copyKey);
  /** The latest record this window wrote or started from. */
  let own = readRecord();

  /**
   * What to send: the shared copy, with this window's own work merged back in should another
   * window have written over it (one that started from an older record of the LMS's). The union
   * goes back to the copy, so the other window's next commit carries it too.
   */
  function current(): string | null {
    const shared = readRecord();
    if (own === shared || own === null || opening.fixed !== undefined) return shared;
    const [theirs, mine] = [decodeProgress(shared), decodeProgress(own)];
    if (theirs.status === 'unreadable' || mine.status === 'unreadable') return shared;
    const merged = encodeProgress(fitProgress(mergeProgress(theirs.progress, mine.progress)));
    if (merged !== shared) keep(merged);
    own = merged;
    return merged;
  }

  function refuse(refusal: LmsError): false {
    refused = refusal;
    error = refusal;
    return false;
  }

  function confirm(value: string | null, marks: string): void {
    confirmed = value;
    committedMilestones = marks;
    refused = undefined;
    error = undefined;
    if (local.read(copyKey) === value) local.remove(unsentKey);
  }

  /**
   * Sends the record as this browser holds it now (another window's work included). Commits on a
   * milestone, when `now`, or while a refusal is outstanding; true once everything is confirmed
   * or merely set between milestones with nothing refused.
   */
  function send(now = false): boolean {
    if (!opening.send || finished) return false;
    const value = current();
    const record = decodeProgress(value);
    // A newer version's record, from another window: that window's pages hold, and so does this.
    if (record.status === 'unreadable') return false;
    const reported = adapter.report(lmsTracking(record.progress, rules), seconds());
    if (!reported.ok) return refuse(reported.error);
    const marks = milestones(record.progress);
    if (now || refused || marks !== committedMilestones) {
      const committed = adapter.commit();
      if (!committed.ok) return refuse(committed.error);
      confirm(value, marks);
    }
    return true;
  }

  /** Keeps a change in this browser's copy: false when the browser would not keep it. */
  function keep(value: string): boolean {
    const kept = local.write(copyKey, value);
    if (value === confirmed) local.remove(unsentKey);
    browserKeeps = kept && (value === confirmed || local.write(unsentKey, '1'));
    return browserKeeps;
  }

  /** Why the learner's progress is not kept as usual, if it is not. */
  function problem(): StorageProblem | undefined {
    // While this browser alone holds the work, a browser that cannot keep it matters most.
    const browserHoldsWork = !opening.send || refused !== undefined || changedAfterEnd;
    if (browserHoldsWork && !browserKeeps) return local.problem() ?? 'blocked';
    if (refused || changedAfterEnd) return 'lms-unsaved';
    return opening.notice;
  }

  // Report the starting point at once, so the LMS shows the course as begun (and receives any
  // unsent work, and the comment keeping an unreadable record aside).
  send(true);

  const storage: SafeStorage = {
    read: (key) => (key === progressKey ? readRecord() : local.read(key)),
    write(key, value) {
      if (key !== progressKey) return local.write(key, value);
      own = value;
      const kept = keep(value);
      if (!opening.send) return kept;
      if (!finished) return send();
      // After the end, only what the LMS already has counts as saved.
      if (value === confirmed) return true;
      changedAfterEnd = true;
      return false;
    },
    remove(key) {
      local.remove(key === progressKey ? copyKey : key);
    },
    heldInMemory: (key) => local.heldInMemory(key === progressKey ? copyKey : key),
    problem,
  };

  return {
    connected: true,
    storage,
    flush() {
      if (!finished && (refused !== undefined || readRecord() !== confirmed)) send(true);
    },
    finish() {
      if (finished) return;
      finished = true;
      const value = current();
      const record = decodeProgress(value);
      const sending = opening.send && record.status !== 'unreadable';
      // Holding, the LMS gets only the time and the resumable exit; its record is left as it was.
      const report = sending ? lmsTracking(record.progress, rules) : undefined;
      const { committed, terminated } = adapter.finish(report, seconds());
      if (!committed.ok) refuse(committed.error);
      else if (sending) confirm(value, milestones(record.progress));
      if (!terminated.ok) error = terminated.error;
    },
    lastError: () => error,
  };
}

const unidentified: LmsError = {
  call: 'GetValue(learner id)',
  code: '',
  message: 'The LMS did not say who the learner is',
};
