// The one interface between the course and an LMS. Three implementations: none (no LMS, the
// plain static site), SCORM 1.2 and SCORM 2004 (scorm.ts). The session (session.ts) talks to
// whichever `connect.ts` found, and nothing else in the course knows which one that is.
import type { LmsTracking } from './tracking';

/** A call the LMS refused, with its own error code and words, for the learner's notice and logs. */
export interface LmsError {
  call: string;
  code: string;
  message: string;
}

export type LmsResult = { ok: true } | { ok: false; error: LmsError };

/** What the LMS holds for this learner when the course starts. */
export interface LmsLaunch {
  /** The LMS's id for the learner; empty when there is no LMS or it would not say. */
  learnerId: string;
  /**
   * The record the LMS kept (suspend_data); '' on a first launch. Undefined when there is no
   * LMS to keep one, so the copy in this browser is the record.
   */
  saved: string | undefined;
  /**
   * Set when the LMS failed to hand its record over (every read refused): `saved` is then ''
   * only for want of a value, and whatever the LMS holds must not be written over.
   */
  unread?: LmsError;
}

/** Opening the session: what the LMS holds, or its refusal (and whom it refused, if it said). */
export type LmsStart =
  | { ok: true; launch: LmsLaunch }
  | { ok: false; error: LmsError; /** '' when the LMS would not say. */ learnerId: string };

/** The end of the session: whether the LMS stored the last values, and whether it closed. */
export interface LmsFinish {
  committed: LmsResult;
  terminated: LmsResult;
}

export interface LmsAdapter {
  /** Opens the session (Initialize) and reads what the LMS kept. */
  start(): LmsStart;
  /** Sets every value of the report that changed since the last call. */
  report(report: LmsTracking, sessionSeconds: number): LmsResult;
  /**
   * Keeps a record the course cannot read in a field of its own (a learner comment), where the
   * data model has one and it fits, to be stored with the next commit. False when it could not.
   */
  keepAside(raw: string): boolean;
  /** Asks the LMS to store what was set (Commit). */
  commit(): LmsResult;
  /**
   * Ends the session once: sets the report (when there is one), marks the session resumable,
   * reports the time, commits and terminates.
   */
  finish(report: LmsTracking | undefined, sessionSeconds: number): LmsFinish;
}

const ok: LmsResult = { ok: true };

/** No LMS: the course keeps progress in the browser only. */
export const noLms: LmsAdapter = {
  start: () => ({ ok: true, launch: { learnerId: '', saved: undefined } }),
  report: () => ok,
  keepAside: () => false,
  commit: () => ok,
  finish: () => ({ committed: ok, terminated: ok }),
};
