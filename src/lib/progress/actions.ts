// The only ways progress changes. Each action is pure: the current progress and the moment in,
// the next progress out; the store (store.ts) applies them and saves the result.
import { checkLearnerName } from '../certificate/name';
import { compactProgress } from './compact';
import { commentLimit, emptyProgress, type Evaluation, type Progress, type QuizAttempt } from './model';
import { own } from '../own';

/** The learner opened a lesson: it is started (once) and becomes the place to resume. */
export function openLesson(progress: Progress, lessonId: string, now: number): Progress {
  const lesson = own(progress.lessons, lessonId) ?? { startedAt: now, seconds: 0 };
  return {
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: lesson },
    location: { lessonId, at: now },
  };
}

/** The learner scrolled to a section: resume there next time. */
export function visitSection(progress: Progress, lessonId: string, sectionId: string, now: number): Progress {
  return { ...openLesson(progress, lessonId, now), location: { lessonId, sectionId, at: now } };
}

/** Adds time the lesson page was visible. */
export function addStudyTime(progress: Progress, lessonId: string, seconds: number, now: number): Progress {
  const whole = Math.max(0, Math.round(seconds));
  if (whole === 0) return progress;
  const lesson = own(progress.lessons, lessonId) ?? { startedAt: now, seconds: 0 };
  return {
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: { ...lesson, seconds: lesson.seconds + whole } },
  };
}

/**
 * The learner reached the end of a lesson. Reaching it twice keeps the first time. Whether that
 * completes the lesson is the course's rule (completion.ts): it may need the knowledge check too.
 */
export function reachLessonEnd(progress: Progress, lessonId: string, now: number): Progress {
  const lesson = own(progress.lessons, lessonId) ?? { startedAt: now, seconds: 0 };
  const endReachedAt = lesson.endReachedAt ?? now;
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { ...lesson, endReachedAt } } };
}

/** A quiz attempt was submitted. Old attempts beyond the kept few are dropped (see compact.ts). */
export function recordQuizAttempt(progress: Progress, quizId: string, attempt: QuizAttempt): Progress {
  const attempts = [...(own(progress.quizzes, quizId) ?? []), attempt];
  return compactProgress({ ...progress, quizzes: { ...progress.quizzes, [quizId]: attempts } });
}

/**
 * A sitting of an exam-mode quiz (the post-test) was submitted: its attempt is recorded as any
 * other, and the sitting is counted, with its items, in one change (so the LMS hears of it once).
 */
export function recordSitting(progress: Progress, quizId: string, attempt: QuizAttempt): Progress {
  const recorded = recordQuizAttempt(progress, quizId, attempt);
  const count = (own(progress.sittings ?? {}, quizId)?.count ?? 0) + 1;
  const sitting = { count, at: attempt.at, itemIds: Object.keys(attempt.items).sort() };
  return { ...recorded, sittings: { ...progress.sittings, [quizId]: sitting } };
}

/** Forget everything. The reset time lets this reset win over copies in other tabs. */
export function resetProgress(_progress: Progress, now: number): Progress {
  return emptyProgress(now);
}

/**
 * Control characters but the line break: stored as JSON each would take six characters, and
 * none belongs in a comment or a name.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/** The learner submitted the course evaluation; a later one replaces an earlier one. */
export function submitEvaluation(
  progress: Progress,
  evaluation: Omit<Evaluation, 'at'>,
  now: number,
): Progress {
  const comment = evaluation.comment.replace(controlCharacters, '').trim().slice(0, commentLimit);
  return { ...progress, evaluation: { ...evaluation, comment, at: now } };
}

/** The name for the certificate, cleaned by `checkLearnerName`; a name it refuses changes nothing. */
export function setLearnerName(progress: Progress, name: string, now: number): Progress {
  const checked = checkLearnerName(name);
  return checked.ok ? { ...progress, learner: { name: checked.name, at: now } } : progress;
}
