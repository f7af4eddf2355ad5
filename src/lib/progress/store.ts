// The progress store: one nanostores atom persisted by @nanostores/persistent under one
// localStorage key, plus the notices the learner must see. Components read the atoms and call
// the methods here; nothing else writes progress.
//
// Two tabs: every change is applied to the newest saved copy merged with this tab's own, and a
// save from another tab (a storage event) is merged in rather than taken over, then written
// back if this tab had something the other lacked. See merge.ts for why that never loses work.
import { setPersistentEngine, persistentAtom, type PersistentEvents } from '@nanostores/persistent';
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import * as actions from './actions';
import { fitProgress } from './compact';
import { mergeProgress } from './merge';
import { emptyProgress, type Evaluation, type Progress, type QuizAttempt } from './model';
import type { NoticeKind } from './notices';
import type { SafeStorage } from './safe-storage';
import { readImportFile, type ImportResult } from './transfer';
import { decodeProgress, encodeProgress, type DecodeResult } from './wire';

/** The one localStorage key of the course's progress; the value carries its version. */
export const progressKey = 'clonus-course:progress';
/** Unreadable values found under `progressKey`, kept for recovery: the last few, newest last. */
export const setAsideKey = 'clonus-course:progress:set-aside';
const setAsideKept = 3;

export interface ProgressStoreOptions {
  storage: SafeStorage;
  /** Where storage events from other tabs come from (window in a browser, a fake in tests). */
  events: PersistentEvents;
  /** Unix seconds now. */
  now: () => number;
}

export interface ProgressStore {
  progress: ReadableAtom<Progress>;
  notices: ReadableAtom<NoticeKind[]>;
  openLesson(lessonId: string): void;
  visitSection(lessonId: string, sectionId: string): void;
  addStudyTime(lessonId: string, seconds: number): void;
  completeLesson(lessonId: string, courseLessonIds: readonly string[]): void;
  recordQuizAttempt(quizId: string, attempt: QuizAttempt): void;
  submitEvaluation(evaluation: Omit<Evaluation, 'at'>): void;
  setLearnerName(name: string): void;
  reset(): void;
  /** Reads an export file and, if it is sound, merges it into the current progress. */
  importFile(text: string): ImportResult;
}

export function createProgressStore({ storage, events, now }: ProgressStoreOptions): ProgressStore {
  const notices = atom<NoticeKind[]>([]);
  const notice = (kind: NoticeKind) => {
    if (!notices.get().includes(kind)) notices.set([...notices.get(), kind]);
  };

  // @nanostores/persistent reads and writes a plain object; this one goes through SafeStorage,
  // so a blocked or full browser never throws into a page.
  const engine = new Proxy(
    {},
    {
      get: (_target, key) => (typeof key === 'string' ? (storage.read(key) ?? undefined) : undefined),
      has: (_target, key) => typeof key === 'string' && storage.read(key) !== null,
      set: (_target, key, value: string) => {
        if (typeof key !== 'string') return true;
        if (!storage.write(key, value)) notice(storage.problem() ?? 'blocked');
        // An LMS that refused one save and took the next has everything again.
        else if (notices.get().includes('lms-unsaved'))
          notices.set(notices.get().filter((kind) => kind !== 'lms-unsaved'));
        return true;
      },
      deleteProperty: (_target, key) => {
        if (typeof key === 'string') storage.remove(key);
        return true;
      },
    },
  );
  setPersistentEngine(engine, events);

  /** Copies a value that could not be read fully to the side, once, before it can be overwritten. */
  function setAside(raw: string, result: DecodeResult): void {
    if (result.status !== 'unreadable' && result.status !== 'salvaged') return;
    notice(result.status === 'salvaged' ? 'salvaged' : result.reason === 'future' ? 'future' : 'recovered');
    let kept: { at: number; raw: string }[] = [];
    try {
      const parsed: unknown = JSON.parse(storage.read(setAsideKey) ?? '[]');
      if (Array.isArray(parsed)) kept = parsed as typeof kept;
    } catch {
      // A damaged set-aside list is replaced; it only ever holds copies.
    }
    if (kept.some((entry) => entry.raw === raw)) return;
    storage.write(setAsideKey, JSON.stringify([...kept, { at: now(), raw }].slice(-setAsideKept)));
  }

  /** The saved copy as it is now, with anything unreadable set aside. */
  function readSaved(): DecodeResult {
    const raw = storage.read(progressKey);
    const result = decodeProgress(raw);
    if (raw !== null) setAside(raw, result);
    return result;
  }

  let progress: WritableAtom<Progress> | undefined = undefined;
  progress = persistentAtom<Progress>(progressKey, emptyProgress(), {
    encode: (value) => encodeProgress(fitProgress(value)),
    // Called with the saved value when the atom is created and whenever another tab saves.
    decode: (raw) => {
      const result = decodeProgress(raw);
      setAside(raw, result);
      const mine = progress?.get();
      if (!mine) return result.progress;
      if (result.status === 'unreadable') return mine;
      const merged = mergeProgress(mine, result.progress);
      // This tab knew something the saving tab did not: save the union so both end with it.
      if (encodeProgress(fitProgress(merged)) !== raw) queueMicrotask(() => progress?.set(merged));
      return merged;
    },
  });
  const persisted = progress;
  const problem = storage.problem();
  if (problem) notice(problem);

  function update(change: (base: Progress) => Progress): void {
    const stored = readSaved();
    const mine = persisted.get();
    const base = stored.status === 'unreadable' ? mine : mergeProgress(mine, stored.progress);
    persisted.set(change(base));
  }

  return {
    progress: persisted,
    notices,
    openLesson: (lessonId) => {
      update((p) => actions.openLesson(p, lessonId, now()));
    },
    visitSection: (lessonId, sectionId) => {
      update((p) => actions.visitSection(p, lessonId, sectionId, now()));
    },
    addStudyTime: (lessonId, seconds) => {
      update((p) => actions.addStudyTime(p, lessonId, seconds, now()));
    },
    completeLesson: (lessonId, courseLessonIds) => {
      update((p) => actions.completeLesson(p, lessonId, courseLessonIds, now()));
    },
    recordQuizAttempt: (quizId, attempt) => {
      update((p) => actions.recordQuizAttempt(p, quizId, attempt));
    },
    submitEvaluation: (evaluation) => {
      update((p) => actions.submitEvaluation(p, evaluation, now()));
    },
    setLearnerName: (name) => {
      update((p) => actions.setLearnerName(p, name, now()));
    },
    reset: () => {
      update((p) => actions.resetProgress(p, now()));
    },
    importFile: (text) => {
      const result = readImportFile(text);
      // Imported work joins what is here; a reset in this browser does not discard the file.
      if (result.ok) update((p) => mergeProgress(p, { ...result.progress, resetAt: p.resetAt }));
      return result;
    },
  };
}
