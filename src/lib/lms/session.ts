// One LMS session: the launch page opens it once, the course pages inside it read and write
// progress through it, and it ends once when the learner leaves.
//
// Where progress lives while the course runs in an LMS:
// - The LMS's record (suspend_data) is the learner's record. On launch it wins over any copy in
//   this browser: the learner may have studied elsewhere since, and a shared computer may hold
//   someone else's copy (copies are kept per learner id, so another learner's is never read).
// - Every change is also kept in this browser, marked unsent until the LMS confirms a commit.
//   An unsent copy is work the LMS never received (a failed commit, a closed tab): on the next
//   launch it is merged into the LMS's record, so nothing the learner did is lost.
// - With no LMS (`noLms`), the browser's copy under the course's usual key is the record, as on
//   the static site.
import { fnv1a } from '../hash';
import { mergeProgress } from '../progress/merge';
import type { Progress } from '../progress/model';
import type { SafeStorage, StorageProblem } from '../progress/safe-storage';
import { progressKey } from '../progress/store';
import { decodeProgress, encodeProgress } from '../progress/wire';
import type { LmsAdapter, LmsError } from './adapter';
import { lmsTracking, milestones, type LmsRules } from './tracking';

/** The browser's copy of an LMS learner's record: one key per learner id, never the id itself. */
export function lmsCopyKey(learnerId: string): string {
  return `clonus-course:lms:${fnv1a(learnerId).toString(36)}`;
}

export interface LmsSessionOptions {
  adapter: LmsAdapter;
  rules: LmsRules;
  /** This browser's storage. */
  local: SafeStorage;
  /** Milliseconds now. */
  clock: () => number;
}

export interface LmsSession {
  /** Whether an LMS took the session: false when none was found or it refused to start one. */
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

/** The LMS's record, or, when this browser holds work the LMS never confirmed, both merged. */
export function startingRecord(saved: string, copy: string | null, unsent: boolean): string | null {
  if (!unsent || copy === null) return saved || null;
  if (!saved) return copy;
  const [theirs, mine] = [decodeProgress(saved), decodeProgress(copy)];
  if (mine.status === 'unreadable') return saved;
  if (theirs.status === 'unreadable') return copy;
  return encodeProgress(mergeProgress(theirs.progress, mine.progress));
}

/** The browser's storage, with the LMS's refusal to connect as its standing problem. */
function unreachable(local: SafeStorage): SafeStorage {
  return { ...local, problem: () => 'lms-unreachable' };
}

export function startLmsSession({ adapter, rules, local, clock }: LmsSessionOptions): LmsSession {
  const startedAt = clock();
  const seconds = () => Math.round((clock() - startedAt) / 1000);
  const started = adapter.start();
  if (!started.ok) {
    // The course still works, from this browser, and the pages say the LMS is not getting it.
    return {
      connected: false,
      storage: unreachable(local),
      flush: () => undefined,
      finish: () => undefined,
      lastError: () => started.error,
    };
  }

  const { learnerId, saved } = started.launch;
  const copyKey = saved === undefined ? progressKey : lmsCopyKey(learnerId);
  const unsentKey = `${copyKey}:unsent`;
  const unsent = local.read(unsentKey) !== null;
  let current =
    saved === undefined ? local.read(copyKey) : startingRecord(saved, local.read(copyKey), unsent);
  let latest: Progress | undefined;
  let committed = '';
  let pending = false;
  let problem: StorageProblem | undefined;
  let error: LmsError | undefined;
  let finished = false;

  function failed(refused: LmsError): false {
    problem = 'lms-unsaved';
    error = refused;
    return false;
  }

  function commit(): boolean {
    const result = adapter.commit();
    if (!result.ok) return failed(result.error);
    pending = false;
    problem = undefined;
    error = undefined;
    local.remove(unsentKey);
    return true;
  }

  /** Sets the values; commits when a milestone was reached (or `now`), else leaves it pending. */
  function send(progress: Progress, now = false): boolean {
    latest = progress;
    pending = true;
    const reported = adapter.report(lmsTracking(progress, rules), seconds());
    if (!reported.ok) return failed(reported.error);
    const mark = milestones(progress);
    if (!now && mark === committed) return true;
    committed = mark;
    return commit();
  }

  // Report the starting point at once, so the LMS shows the course as begun (and receives any
  // unsent work). An unreadable record is left for the store to set aside, not overwritten here.
  const first = decodeProgress(current);
  if (first.status !== 'unreadable') send(first.progress, true);

  const storage: SafeStorage = {
    read: (key) => (key === progressKey ? current : local.read(key)),
    write(key, value) {
      if (key !== progressKey) return local.write(key, value);
      current = value;
      local.write(copyKey, value);
      local.write(unsentKey, '1');
      const decoded = decodeProgress(value);
      return decoded.status === 'unreadable' ? true : send(decoded.progress);
    },
    remove(key) {
      if (key === progressKey) current = null;
      local.remove(key === progressKey ? copyKey : key);
    },
    // Progress goes to the LMS and, marked unsent until a commit, to this browser.
    heldInMemory: (key) => (key === progressKey ? false : local.heldInMemory(key)),
    problem: () => problem,
  };

  return {
    connected: saved !== undefined,
    storage,
    flush() {
      if (pending && latest && !finished) send(latest, true);
    },
    finish() {
      if (finished) return;
      finished = true;
      // With nothing readable ever sent, the LMS's record is left as it was.
      const result = adapter.finish(latest && lmsTracking(latest, rules), seconds());
      if (result.ok) local.remove(unsentKey);
    },
    lastError: () => error,
  };
}
