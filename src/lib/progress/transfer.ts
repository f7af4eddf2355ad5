// Moving progress between browsers as a file. The file is checked in full before anything is
// imported: a file that is not exactly right is refused with a reason, and nothing changes.
import type { Progress } from './model';
import type { ProgressStore } from './store';
import { currentVersion, decodeProgress, encodeProgress } from './wire';

export const exportFormat = 'clonus-course-progress';

/** Larger than any real export by far; refuses a wrong file before parsing it. */
export const importSizeLimit = 100_000;

export type ImportResult =
  | {
      ok: true;
      progress: Progress;
      /** Lessons and quizzes of another course, left out of the import. */
      dropped: number;
    }
  | { ok: false; message: string };

/** An import as the store did it: refused, or merged in and saved for good or not. */
export type ImportOutcome =
  Extract<ImportResult, { ok: false }> | (Extract<ImportResult, { ok: true }> & { saved: boolean });

/** What the learner is told after an import: what was taken, what was left out, whether it was kept. */
export function importSentence(outcome: ImportOutcome): string {
  if (!outcome.ok) return outcome.message;
  const taken = outcome.saved
    ? 'Progress imported and combined with the progress already here.'
    : 'Progress imported, but not saved for good: the note about your progress says why.';
  if (outcome.dropped === 0) return taken;
  const entries = outcome.dropped === 1 ? 'entry' : 'entries';
  return `${taken} ${String(outcome.dropped)} ${entries} from outside this course (another course’s lessons or quizzes) were left out.`;
}

/** The ids of this course: an import keeps only progress on these. */
export interface CourseIds {
  lessonIds: readonly string[];
  quizIds: readonly string[];
}

/**
 * The earliest moment a real record can hold: before the course existed nobody studied it. A
 * time before this, or more than a day after the import (clocks drift, not by years), means the
 * file was made or edited by something other than this course.
 */
export const earliestPlausible = Date.UTC(2025, 0, 1) / 1000;
const clockDrift = 24 * 60 * 60;

/** Every moment a record holds (0 means "never" and is not a moment). */
function momentsOf(progress: Progress): number[] {
  return [
    progress.resetAt,
    ...Object.values(progress.lessons).flatMap((lesson) => [lesson.startedAt, lesson.endReachedAt ?? 0]),
    ...Object.values(progress.quizzes).flatMap((attempts) => attempts.map((attempt) => attempt.at)),
    progress.location?.at ?? 0,
    progress.courseCompletedAt ?? 0,
    progress.evaluation?.at ?? 0,
    progress.learner?.at ?? 0,
    ...Object.values(progress.sittings ?? {}).map((sitting) => sitting.at),
  ].filter((moment) => moment !== 0);
}

/**
 * This course's part of a record, and how many lessons and quizzes of other courses were left
 * out (a resume point in another course's lesson is dropped too, but it holds no work).
 */
export function keepCourse(progress: Progress, course: CourseIds): { progress: Progress; dropped: number } {
  const ours = <T>(record: Record<string, T>, ids: readonly string[]) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));
  const lessons = ours(progress.lessons, course.lessonIds);
  const quizzes = ours(progress.quizzes, course.quizIds);
  const { location, sittings, ...rest } = progress;
  const ourSittings = sittings ? ours(sittings, course.quizIds) : {};
  const keepLocation = location !== undefined && course.lessonIds.includes(location.lessonId);
  const dropped =
    Object.keys(progress.lessons).length -
    Object.keys(lessons).length +
    Object.keys(progress.quizzes).length -
    Object.keys(quizzes).length;
  return {
    progress: {
      ...rest,
      lessons,
      quizzes,
      ...(Object.keys(ourSittings).length > 0 ? { sittings: ourSittings } : {}),
      ...(keepLocation ? { location } : {}),
    },
    dropped,
  };
}

/** The export file's text: the stored record wrapped with what identifies it. */
export function exportFileText(progress: Progress, exportedAt: Date): string {
  const file = {
    format: exportFormat,
    version: currentVersion,
    exportedAt: exportedAt.toISOString(),
    progress: JSON.parse(encodeProgress(progress)) as unknown,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name for an export, dated so several exports do not collide. */
export function exportFileName(exportedAt: Date): string {
  return `clonus-course-progress-${exportedAt.toISOString().slice(0, 10)}.json`;
}

const refuse = (message: string): ImportResult => ({
  ok: false,
  message: `${message} Your current progress has not changed.`,
});

/**
 * Reads an export file for this course, made before `now` (Unix seconds). Only this course's
 * lessons and quizzes are kept; a file with none of them, or with moments no real record can
 * hold, is refused.
 */
export function readImportFile(text: string, course: CourseIds, now: number): ImportResult {
  if (text.length > importSizeLimit)
    return refuse('This file is too large to be a progress export from this course.');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('This file is not a progress export: it is not readable as one.');
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== exportFormat) {
    return refuse('This file is not a progress export from this course.');
  }
  const { version, progress } = file as { version?: unknown; progress?: unknown };
  if (typeof version === 'number' && version > currentVersion) {
    return refuse(
      'This file comes from a newer version of the course. Reload the page to update it, then try again.',
    );
  }
  const decoded = decodeProgress(JSON.stringify(progress ?? null));
  // Files from older versions are read through the same migrations as stored progress.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || decoded.status !== 'ok') {
    return refuse('This progress file is damaged or incomplete, so none of it was imported.');
  }
  const moments = momentsOf(decoded.progress);
  if (moments.some((moment) => moment < earliestPlausible || moment > now + clockDrift)) {
    return refuse(
      'This progress file holds dates that no record of this course can have (before the course existed, or in the future), so none of it was imported.',
    );
  }
  const kept = keepCourse(decoded.progress, course);
  const hasWork =
    Object.keys(kept.progress.lessons).length > 0 ||
    Object.keys(kept.progress.quizzes).length > 0 ||
    kept.progress.evaluation !== undefined;
  if (!hasWork && kept.dropped > 0) {
    return refuse(
      'This progress file holds no progress on this course’s lessons or quizzes (it may be from another course).',
    );
  }
  return { ok: true, progress: kept.progress, dropped: kept.dropped };
}

/**
 * Reads an export file and, if it is sound, merges this course's part into `store`'s progress.
 * Here rather than in the store, which every page loads: only My progress imports.
 */
export function importProgressFile(
  store: Pick<ProgressStore, 'mergeIn'>,
  text: string,
  course: CourseIds,
  now: number,
): ImportOutcome {
  const result = readImportFile(text, course, now);
  if (!result.ok) return result;
  return { ...result, saved: store.mergeIn(result.progress) };
}
