// Two copies of progress become one without losing either's work: used when another tab saves,
// and when a learner imports a file. Merging is commutative and idempotent, so tabs that merge
// each other's saves in any order end with the same record.
import { compactProgress } from './compact';
import type { LessonProgress, Progress, QuizAttempt, SittingRecord } from './model';
import { own } from '../own';

const earliest = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const endReachedAt = earliest(a.endReachedAt, b.endReachedAt);
  return {
    startedAt: Math.min(a.startedAt, b.startedAt),
    // Time is counted by each tab on its own; the larger total never counts a second twice.
    seconds: Math.max(a.seconds, b.seconds),
    ...(endReachedAt === undefined ? {} : { endReachedAt }),
  };
}

// The same attempt reaches a record twice (a tab saving what another already saved): its tag, or
// for an untagged (older) attempt its time and score, say it is the same one.
const attemptKey = (attempt: QuizAttempt) =>
  `${String(attempt.at)}:${String(attempt.score)}:${String(attempt.max)}:${attempt.id ?? ''}`;

function mergeAttempts(a: QuizAttempt[], b: QuizAttempt[]): QuizAttempt[] {
  const byKey = new Map([...a, ...b].map((attempt) => [attemptKey(attempt), attempt]));
  return [...byKey.values()].sort((x, y) => x.at - y.at || x.score - y.score);
}

/** The later of two timed values; on a tie, the one whose JSON sorts last, so order never matters. */
function latest<T extends { at: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * The copy that counted more sittings knows of more (two tabs each submitting one sitting both
 * count one more: the policy errs towards the learner then); on a tie, the later one.
 */
function mergeSittings(a: SittingRecord, b: SittingRecord): SittingRecord {
  if (a.count !== b.count) return a.count > b.count ? a : b;
  return latest(a, b) ?? a;
}

/** Every key of either record; where both have one, `combine` decides. */
function union<T>(a: Record<string, T>, b: Record<string, T>, combine: (x: T, y: T) => T): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const [x, y] = [own(a, key), own(b, key)];
    const value = x === undefined ? y : y === undefined ? x : combine(x, y);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Combines two records. A reset is the one thing that does not merge: the copy reset more
 * recently wins whole, so a reset in one tab is not undone by another tab's older record.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  if (a.resetAt !== b.resetAt) return a.resetAt > b.resetAt ? a : b;
  const location =
    a.location && b.location
      ? b.location.at > a.location.at
        ? b.location
        : a.location
      : (a.location ?? b.location);
  const courseCompletedAt = earliest(a.courseCompletedAt, b.courseCompletedAt);
  // The evaluation and the name each keep their latest version.
  const evaluation = latest(a.evaluation, b.evaluation);
  const learner = latest(a.learner, b.learner);
  const sittings = union(a.sittings ?? {}, b.sittings ?? {}, mergeSittings);
  return compactProgress({
    resetAt: a.resetAt,
    lessons: union(a.lessons, b.lessons, mergeLesson),
    quizzes: union(a.quizzes, b.quizzes, mergeAttempts),
    ...(Object.keys(sittings).length > 0 ? { sittings } : {}),
    ...(location ? { location } : {}),
    ...(courseCompletedAt === undefined ? {} : { courseCompletedAt }),
    ...(evaluation ? { evaluation } : {}),
    ...(learner ? { learner } : {}),
  });
}
