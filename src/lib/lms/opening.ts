// What a launch in an LMS starts from, and whether it may send progress: the LMS's record and
// this browser's copy, weighed before anything is written. Pure: the session (session.ts) does
// the reading, the keeping aside and the writing.
import { mergeProgress } from '../progress/merge';
import type { StorageProblem } from '../progress/safe-storage';
import { decodeProgress, encodeProgress } from '../progress/wire';
import type { LmsLaunch } from './adapter';

export interface Opening {
  /**
   * The record to start from, which becomes this browser's copy (null: none, a first launch);
   * undefined to leave the copy as it is.
   */
  record: string | null | undefined;
  /** A value the pages read in place of the copy, never written: a record from a newer version. */
  fixed?: string;
  /** Whether progress may be sent: false while the LMS holds a record the course must not overwrite. */
  send: boolean;
  /** What the learner is told for the whole visit, if anything. */
  notice?: StorageProblem;
}

/** Where an unreadable record could be kept before it is written over. */
export interface KeptAside {
  browser: boolean;
  lms: boolean;
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

const setAsideNotice = (kept: KeptAside): StorageProblem =>
  kept.browser && kept.lms
    ? 'lms-set-aside'
    : kept.browser
      ? 'lms-set-aside-browser'
      : kept.lms
        ? 'lms-set-aside-lms'
        : 'lms-unkept';

/**
 * Decides the starting point:
 * - the LMS failed to hand its record over: start from this browser's copy, send no progress
 *   (nothing may overwrite a record the course has not read);
 * - the record is from a newer version of the course: the pages see it and stop saving;
 * - the record cannot be read, or only in part: keep it aside (`keepAside`) and start afresh, or
 *   from what could be read, with this browser's unsent work; kept nowhere, it is not overwritten;
 * - otherwise the LMS's record wins, merged with any unsent work in this browser.
 */
export function openRecord(
  launch: LmsLaunch & { saved: string },
  copy: { value: string | null; unsent: boolean },
  keepAside: (raw: string) => KeptAside,
): Opening {
  if (launch.unread) return { record: undefined, send: false, notice: 'lms-unread' };
  const theirs = decodeProgress(launch.saved);
  if (theirs.status === 'unreadable' && theirs.reason === 'future')
    return { record: undefined, fixed: launch.saved, send: false };
  if (theirs.status === 'unreadable' || theirs.status === 'salvaged') {
    const kept = keepAside(launch.saved);
    const readable = theirs.status === 'salvaged' ? encodeProgress(theirs.progress) : '';
    return {
      record: startingRecord(readable, copy.value, copy.unsent),
      send: kept.browser || kept.lms,
      notice: setAsideNotice(kept),
    };
  }
  return { record: startingRecord(launch.saved, copy.value, copy.unsent), send: true };
}
