// The progress store: plain nanostores atoms over an injected storage and an injected source of
// other tabs' changes. Components read the atoms and call the methods here; nothing else writes
// what the course keeps for a learner (their progress and their saved assignment).
//
// Nothing here is global: `createProgressStore` builds a store from what it is given, so a test
// can open two stores on one fake browser as two tabs would, and a page gets its one store from
// browser.ts, the only module that knows about `window`.
//
// Two tabs: every change is applied to the newest saved copy merged with this tab's own, and a
// save from another tab is merged in rather than taken over, then written back if this tab had
// something the other lacked. See merge.ts for why that never loses work.
import { atom, type ReadableAtom } from 'nanostores';
import { assignmentKey } from '../assignment/key';
import * as actions from './actions';
import { fitProgress } from './compact';
import { mergeProgress } from './merge';
import { emptyProgress, type Evaluation, type Progress, type QuizAttempt } from './model';
import type { Keeper } from './keeper';
import type { NoticeKind } from './notices';
import type { SafeStorage } from './safe-storage';
import { keepAside } from './set-aside';
import { decodeProgress, encodeProgress, type DecodeResult } from './wire';

/** The one storage key of the course's progress; the value carries its version. */
export const progressKey = 'clonus-course:progress';
/**
 * Unfinished quiz sittings (lib/quiz/draft.ts, kept by lib/quiz/drafts-store.ts): in the browser
 * only, never in an LMS record.
 */
export const draftsKey = 'clonus-course:drafts';
/** Unreadable values found under `progressKey`, kept for recovery: the last few, newest last. */
export const setAsideKey = 'clonus-course:progress:set-aside';
const setAsideKept = 3;

/**
 * Where the store hears that another tab changed the storage (the browser's `storage` event).
 * `listen` starts calling `listener` with the changed key (null: everything was cleared) and
 * returns the function that stops it.
 */
export interface StorageEvents {
  listen(listener: (key: string | null) => void): () => void;
}

/** For storage no other tab shares (an LMS session, a test with one page). */
export const noStorageEvents: StorageEvents = { listen: () => () => undefined };

export interface ProgressStoreOptions {
  storage: SafeStorage;
  /** Who holds the record: an LMS (the session's storage is connected to one) or the browser. @default 'browser' */
  keeper?: Keeper;
  /** Other tabs' changes to `storage`. */
  events: StorageEvents;
  /** Unix seconds now. */
  now: () => number;
  /** A new attempt's tag (see model.ts). @default four random letters and digits */
  attemptTag?: () => string;
}

/**
 * Another value kept beside the progress, in the same storage and with the same notices when the
 * storage refuses it. Quiz drafts (lib/quiz/drafts-store.ts) are kept this way: apart from the
 * store, so a lesson's or the home page's script does not load what only quizzes need.
 */
export interface SideValue {
  read(): string | null;
  /** Stores the value; false (and a notice) when the storage kept it only for this page. */
  write(value: string): boolean;
  /** Calls `listener` whenever another tab changes this value; returns the function that stops it. */
  listen(listener: () => void): () => void;
}

/**
 * Each change returns whether it was saved for good (true) or kept only while this page is open
 * (false: the storage refused it, and `notices` says why).
 */
export interface ProgressStore {
  /** Who holds the learner's record, for pages to say so truthfully (see keeper.ts). */
  keeper: Keeper;
  progress: ReadableAtom<Progress>;
  notices: ReadableAtom<NoticeKind[]>;
  /** The saved assignment link's value (see lib/assignment), or null when there is none. */
  assignment: ReadableAtom<string | null>;
  /**
   * A saved value this page could neither read nor keep a copy of (no room): it is not written
   * over until the learner has taken it (`releaseUnkept`, after downloading it).
   */
  unkept: ReadableAtom<string | null>;
  releaseUnkept(): void;
  /** Another value of the learner's, under `key`, kept in the same storage (see SideValue). */
  sideValue(key: string): SideValue;
  openLesson(lessonId: string): boolean;
  visitSection(lessonId: string, sectionId: string): boolean;
  addStudyTime(lessonId: string, seconds: number): boolean;
  reachLessonEnd(lessonId: string): boolean;
  recordQuizAttempt(quizId: string, attempt: QuizAttempt): boolean;
  /** Records a submitted post-test sitting: its attempt, and the sitting counted (actions.ts). */
  recordSitting(quizId: string, attempt: QuizAttempt): boolean;
  submitEvaluation(evaluation: Omit<Evaluation, 'at'>): boolean;
  setLearnerName(name: string): boolean;
  reset(): boolean;
  /**
   * Merges a record from elsewhere (an imported file, read by transfer.ts) into the current
   * progress. A reset in this browser does not discard it.
   */
  mergeIn(other: Progress): boolean;
  saveAssignment(value: string): boolean;
  removeAssignment(): void;
  /** Stops listening to other tabs (a page's store lives as long as the page). */
  stop(): void;
}

/** Four letters or digits: over a million tags, for attempts that already differ in time or quiz. */
function randomTag(): string {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return (value % 36 ** 4).toString(36).padStart(4, '0');
}

export function createProgressStore({
  storage,
  events,
  now,
  keeper = 'browser',
  attemptTag = randomTag,
}: ProgressStoreOptions): ProgressStore {
  const notices = atom<NoticeKind[]>([]);
  const notice = (kind: NoticeKind) => {
    if (!notices.get().includes(kind)) notices.set([...notices.get(), kind]);
  };

  const unkept = atom<string | null>(null);
  /**
   * Why this page must not write over the saved record, if it must not: it was saved by a newer
   * version of the course, which this page would overwrite with an older shape; or it could not
   * be read and there was no room to keep a copy.
   */
  let holding: 'future' | 'unkept' | undefined;
  /** An unkept value the learner has taken (downloaded), which may now be written over. */
  let released: string | undefined;

  /**
   * Before a value that could not be read fully can be overwritten, copies it to the side, once.
   * A value from a newer version is not copied but left alone: this page stops saving.
   */
  function setAside(raw: string, result: DecodeResult): void {
    if (result.status !== 'unreadable' && result.status !== 'salvaged') return;
    if (result.status === 'unreadable' && result.reason === 'future') {
      holding = 'future';
      notice('future');
      return;
    }
    if (raw !== released && !keepCopy(raw)) {
      holding = 'unkept';
      unkept.set(raw);
      notice('unkept');
      return;
    }
    notice(result.status === 'salvaged' ? 'salvaged' : 'recovered');
  }

  /** Adds `raw` to the set-aside list; false when the storage would not keep it. */
  const keepCopy = (raw: string) => keepAside(storage, setAsideKey, raw, now(), setAsideKept);

  /** The saved copy as it is now, with anything unreadable set aside. */
  function readSaved(): { raw: string | null; result: DecodeResult } {
    const raw = storage.read(progressKey);
    const result = decodeProgress(raw);
    holding = undefined;
    if (raw !== null) setAside(raw, result);
    return { raw, result };
  }

  /** Stores a value; false (and a notice) when the storage kept it only for this page. */
  function write(key: string, value: string): boolean {
    if (!storage.write(key, value)) {
      notice(storage.problem() ?? 'blocked');
      return false;
    }
    // An LMS that refused one save and took the next has everything again.
    if (notices.get().includes('lms-unsaved'))
      notices.set(notices.get().filter((kind) => kind !== 'lms-unsaved'));
    return true;
  }

  const first = readSaved().result;
  const progress = atom<Progress>(first.status === 'unreadable' ? emptyProgress() : first.progress);
  const assignment = atom<string | null>(storage.read(assignmentKey));
  const problem = storage.problem();
  if (problem) notice(problem);

  function save(value: Progress): boolean {
    progress.set(value);
    if (holding) return false;
    return write(progressKey, encodeProgress(fitProgress(value)));
  }

  function update(change: (base: Progress) => Progress): boolean {
    const { result } = readSaved();
    const mine = progress.get();
    const base = result.status === 'unreadable' ? mine : mergeProgress(mine, result.progress);
    return save(change(base));
  }

  /** Another tab saved: take in its work, and give back ours if it lacked any. */
  function heardFromAnotherTab(): void {
    const { raw, result } = readSaved();
    if (result.status === 'unreadable') return;
    const merged = mergeProgress(progress.get(), result.progress);
    if (encodeProgress(fitProgress(merged)) === raw) progress.set(merged);
    else save(merged);
  }

  const stop = events.listen((key) => {
    if (key === null || key === progressKey) heardFromAnotherTab();
    if (key === null || key === assignmentKey) assignment.set(storage.read(assignmentKey));
  });

  return {
    keeper,
    progress,
    notices,
    assignment,
    unkept,
    releaseUnkept: () => {
      if (holding !== 'unkept') return;
      holding = undefined;
      released = unkept.get() ?? undefined;
      unkept.set(null);
      notices.set(notices.get().filter((kind) => kind !== 'unkept'));
      save(progress.get());
    },
    openLesson: (lessonId) => update((p) => actions.openLesson(p, lessonId, now())),
    visitSection: (lessonId, sectionId) => update((p) => actions.visitSection(p, lessonId, sectionId, now())),
    addStudyTime: (lessonId, seconds) => update((p) => actions.addStudyTime(p, lessonId, seconds, now())),
    reachLessonEnd: (lessonId) => update((p) => actions.reachLessonEnd(p, lessonId, now())),
    recordQuizAttempt: (quizId, attempt) =>
      update((p) => actions.recordQuizAttempt(p, quizId, { ...attempt, id: attempt.id ?? attemptTag() })),
    recordSitting: (quizId, attempt) =>
      update((p) => actions.recordSitting(p, quizId, { ...attempt, id: attempt.id ?? attemptTag() })),
    submitEvaluation: (evaluation) => update((p) => actions.submitEvaluation(p, evaluation, now())),
    setLearnerName: (name) => update((p) => actions.setLearnerName(p, name, now())),
    reset: () => update((p) => actions.resetProgress(p, now())),
    // Imported work joins what is here; a reset in this browser does not discard the file.
    mergeIn: (other) => update((p) => mergeProgress(p, { ...other, resetAt: p.resetAt })),
    saveAssignment: (value) => {
      assignment.set(value);
      return write(assignmentKey, value);
    },
    removeAssignment: () => {
      assignment.set(null);
      storage.remove(assignmentKey);
    },
    sideValue: (key) => ({
      read: () => storage.read(key),
      write: (value) => write(key, value),
      listen: (listener) =>
        events.listen((changed) => {
          if (changed === null || changed === key) listener();
        }),
    }),
    stop,
  };
}
