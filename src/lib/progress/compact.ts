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
  const others = attempts.filter((attempt) => attempt !== best);
  const recent = keep > 1 ? others.slice(-(keep - 1)) : [];
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
 * Every quiz's attempts with per-item outcomes on the latest one only. Nothing reads an older
 * attempt's outcomes (the topic results read the latest), so this loses nothing a page shows.
 */
function latestOutcomesOnly(progress: Progress): Progress {
  const quizzes = Object.fromEntries(
    Object.entries(progress.quizzes).map(([id, attempts]) => [
      id,
      attempts.map((attempt, index) => (index === attempts.length - 1 ? attempt : { ...attempt, items: {} })),
    ]),
  );
  return { ...progress, quizzes };
}

/** Lighter and lighter versions of a record, each losing less than the next. */
function* lighter(progress: Progress): Generator<Progress> {
  yield compactProgress(progress, attemptsKept);
  for (let keep = attemptsKept; keep >= 1; keep -= 1)
    yield latestOutcomesOnly(compactProgress(progress, keep));
  const best = compactProgress(progress, 1);
  const noComment = best.evaluation ? { ...best, evaluation: { ...best.evaluation, comment: '' } } : best;
  yield noComment;
  // Per-item outcomes only feed the "weakest topic" advice; scores stay. The last sitting's items
  // only steer the next draw; the count of sittings stays, for the retake policy.
  const quizzes = Object.fromEntries(
    Object.entries(noComment.quizzes).map(([id, attempts]) => [
      id,
      attempts.map((a) => ({ ...a, items: {} })),
    ]),
  );
  const sittings = noComment.sittings
    ? Object.fromEntries(
        Object.entries(noComment.sittings).map(([id, sitting]) => [id, { ...sitting, itemIds: [] }]),
      )
    : undefined;
  yield { ...noComment, quizzes, ...(sittings ? { sittings } : {}) };
  // Only a record an imported file filled with unknown ids gets here: lessons and scores remain.
  const { resetAt, lessons, courseCompletedAt } = noComment;
  yield { resetAt, lessons, quizzes, ...(courseCompletedAt === undefined ? {} : { courseCompletedAt }) };
}

/**
 * The record, trimmed if need be so its encoding fits `limit`. Step by step, until it fits:
 * per-item outcomes on each quiz's latest attempt only (nothing reads older ones), then fewer
 * attempts per quiz (always the best and the last, then the best alone), then the
 * evaluation's comment, then per-item outcomes and the last sitting's items. Lessons are never trimmed. A record of the
 * course's own lessons and quizzes fits `recordSizeLimit` keeping three attempts per quiz
 * (tests/unit/progress/size.test.ts); any record of them fits SCORM 1.2's suspend_data
 * (tests/unit/lms/suspend-data.test.ts).
 */
export function fitProgress(progress: Progress, limit = recordSizeLimit): Progress {
  let fitted = progress;
  for (fitted of lighter(progress)) if (encodeProgress(fitted).length <= limit) return fitted;
  return fitted;
}
