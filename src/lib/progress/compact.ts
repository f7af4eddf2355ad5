import { ratio, type Progress, type QuizAttempt } from './model';
import { encodeProgress } from './wire';

/**
 * Attempts kept per quiz: the best one and the most recent others, up to this many in all.
 * Enough to show the best and the last score and the one before, and small enough that the
 * whole record of the course fits SCORM 1.2's 4,096-character suspend_data
 * (tests/unit/progress/size.test.ts).
 */
export const attemptsKept = 3;

/** The best attempt plus the most recent ones, `keep` in all, oldest first. */
export function keepAttempts(attempts: readonly QuizAttempt[], keep: number): QuizAttempt[] {
  if (attempts.length <= keep) return [...attempts];
  const best = attempts.reduce((top, attempt) => (ratio(attempt) > ratio(top) ? attempt : top));
  const recent = attempts.filter((attempt) => attempt !== best).slice(-(keep - 1));
  return [best, ...recent].sort((a, b) => a.at - b.at);
}

/** Trims every quiz's attempts to `keep` (default `attemptsKept`). */
export function compactProgress(progress: Progress, keep = attemptsKept): Progress {
  const quizzes = Object.fromEntries(
    Object.entries(progress.quizzes).map(([quizId, attempts]) => [quizId, keepAttempts(attempts, keep)]),
  );
  return { ...progress, quizzes };
}

/**
 * Characters the stored record may take: SCORM 1.2's suspend_data holds 4,096, and the LMS
 * adapter needs a little room around the record.
 */
export const recordSizeLimit = 4000;

/**
 * The record, trimmed if need be so its encoding fits `limit`: fewer attempts are kept per quiz
 * (always the best and the last) until it fits. Lessons and the resume point are never trimmed.
 */
export function fitProgress(progress: Progress, limit = recordSizeLimit): Progress {
  let fitted = progress;
  for (let keep = attemptsKept; keep >= 2; keep -= 1) {
    fitted = compactProgress(progress, keep);
    if (encodeProgress(fitted).length <= limit) break;
  }
  return fitted;
}
