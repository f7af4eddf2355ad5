/**
 * The learner's progress, as the course works with it in memory. How it is stored (a compact,
 * versioned JSON string) is defined in `wire.ts`; how two copies combine, in `merge.ts`.
 *
 * Times are whole seconds since 1970 (Unix time): small, sortable and enough for study records.
 *
 * What the words mean:
 * - A lesson is *started* when the learner first opens it.
 * - A lesson's *end is reached* when the lesson navigation at its foot, after the key points and
 *   the knowledge check, has been on screen. Never undone except by a reset.
 * - A lesson is *complete* by the course's rule (`lessonCompletion` in src/course.ts): its end
 *   reached and its knowledge check submitted. The record stores only the facts (the end reached,
 *   the attempts); `completion.ts` derives the status from them, for every page and the LMS.
 */
import { own } from '../own';

/** Study of one lesson. */
export interface LessonProgress {
  /** When the learner first opened the lesson. */
  startedAt: number;
  /** When the learner first reached the end of the lesson; absent until then. */
  endReachedAt?: number;
  /** Seconds the lesson page has been visible, summed over visits. */
  seconds: number;
}

/** Where the learner last was, for "Continue where you left off". */
export interface Location {
  lessonId: string;
  /** Heading anchor of the section in view; absent at the top of the lesson. */
  sectionId?: string;
  at: number;
}

/** How the learner did on one item of one attempt. */
export type ItemOutcome = 'correct' | 'partial' | 'incorrect';

/** One submitted attempt at a quiz. */
export interface QuizAttempt {
  /** When the attempt was submitted. */
  at: number;
  /** Seconds from the first answer to submission. */
  seconds: number;
  /** Points earned, by the NCLEX scoring rules of each item. */
  score: number;
  /** Points possible. */
  max: number;
  /** Outcome per item id. */
  items: Record<string, ItemOutcome>;
  /**
   * A random tag given when the attempt is recorded (see store.ts), so two attempts finished in
   * the same second with the same score, in two tabs, stay two when their records merge. Absent
   * on attempts recorded before the tag existed.
   */
  id?: string;
}

/**
 * The submitted sittings of an exam-mode quiz (the post-test): how many, and the items of the
 * last one. Kept apart from the attempts, which are trimmed to a few: the count enforces the
 * retake policy (src/lib/quiz/retakes.ts) and the items let the next sitting be drawn away from
 * the last (src/lib/quiz/draw.ts).
 */
export interface SittingRecord {
  /** Sittings submitted since the last reset. */
  count: number;
  /** When the last one was submitted. */
  at: number;
  /** The last sitting's item ids. */
  itemIds: string[];
}

/** An answer to "did the course meet this objective?". */
export type ObjectiveAnswer = 'yes' | 'partly' | 'no';

/** The course evaluation a continuing-education learner submits. */
export interface Evaluation {
  at: number;
  /** One answer per course outcome, in the order of the course metadata. */
  objectives: ObjectiveAnswer[];
  /** Relevance to the learner's practice, 1 (not relevant) to 5 (very relevant). */
  relevance: number;
  /** Free text, at most `commentLimit` characters. */
  comment: string;
}

/** Keeps the record within SCORM 1.2's suspend_data with room to spare. */
export const commentLimit = 300;

export interface Progress {
  /** When progress was last reset (0: never). A reset in one tab must win over older copies. */
  resetAt: number;
  /** Per lesson id. */
  lessons: Record<string, LessonProgress>;
  location?: Location;
  /** Attempts per quiz id, oldest first; `compact.ts` keeps the list short. */
  quizzes: Record<string, QuizAttempt[]>;
  /** Submitted sittings per exam-mode quiz id (the post-test); absent before the first. */
  sittings?: Record<string, SittingRecord>;
  /**
   * When the end of every lesson had been reached: written by versions before completion needed
   * the knowledge checks, and kept so their records round-trip. Nothing reads it; whether and
   * when the course is complete is derived (`completion.ts`).
   */
  courseCompletedAt?: number;
  /** The latest course evaluation the learner submitted. */
  evaluation?: Evaluation;
  /** The name the learner typed for their certificate (at most 80 characters), and when. */
  learner?: { name: string; at: number };
}

export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

export function emptyProgress(resetAt = 0): Progress {
  return { resetAt, lessons: {}, quizzes: {} };
}

/** The best and the latest attempt at a quiz, or undefined before any attempt. */
export function quizSummary(
  progress: Progress,
  quizId: string,
): { best: QuizAttempt; last: QuizAttempt; attempts: number } | undefined {
  const attempts = own(progress.quizzes, quizId) ?? [];
  const last = attempts.at(-1);
  if (!last) return undefined;
  const best = attempts.reduce((top, attempt) => (ratio(attempt) > ratio(top) ? attempt : top));
  return { best, last, attempts: attempts.length };
}

/** Share of the points earned, 0 to 1. */
export function ratio(attempt: Pick<QuizAttempt, 'score' | 'max'>): number {
  return attempt.max === 0 ? 0 : attempt.score / attempt.max;
}
