// What the course tells an LMS, worked out from the learner's progress: pure, the same for every
// SCORM version. Each adapter (scorm.ts) writes it in its own data model.
import { fitProgress } from '../progress/compact';
import { completedCount, type LessonCompletionRule, type StudyPlan } from '../progress/completion';
import { quizSummary, ratio, type Progress } from '../progress/model';
import { encodeProgress } from '../progress/wire';
import { own } from '../own';

/** What the course knows about itself that the LMS needs. */
export interface LmsRules {
  lessonIds: readonly string[];
  /** The knowledge check closing each lesson that has one: lesson id to quiz id. */
  knowledgeChecks: Readonly<Record<string, string>>;
  /** What completes a lesson (`lessonCompletion` in src/course.ts). */
  lessonCompletion: LessonCompletionRule;
  /** Every quiz of the course, the post-test included. */
  quizIds: readonly string[];
  postTestId: string;
  /** 0 to 1. */
  passMark: number;
}

export interface LmsTracking {
  /** Completed once every lesson of the course is complete, by the course's rule. */
  completion: 'completed' | 'incomplete';
  /** Passed once any post-test attempt reached the pass mark; failed while attempts fall short. */
  success: 'passed' | 'failed' | 'unknown';
  /** The best post-test result, 0 to 1; absent before the first attempt. */
  score?: number;
  /** Share of the lessons complete, 0 to 1. */
  progressMeasure: number;
  /** The bookmark: `lessonId` or `lessonId#sectionId`; empty before the first lesson. */
  location: string;
  /** The whole record, to resume from; never longer than `suspendDataLimit`. */
  suspendData: string;
}

/** SCORM 1.2's cmi.suspend_data holds 4,096 characters (SCORM 2004 holds at least 64,000). */
export const suspendDataLimit = 4096;

/**
 * The record as the LMS keeps it: only this course's lessons and quizzes (an imported file may
 * carry others), trimmed by `fitProgress` until it fits `limit`.
 */
export function suspendData(progress: Progress, rules: LmsRules, limit = suspendDataLimit): string {
  const keep = <T>(record: Record<string, T>, ids: readonly string[]) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));
  const courseOnly: Progress = {
    ...progress,
    lessons: keep(progress.lessons, rules.lessonIds),
    quizzes: keep(progress.quizzes, rules.quizIds),
  };
  if (progress.sittings) courseOnly.sittings = keep(progress.sittings, rules.quizIds);
  const { location } = courseOnly;
  if (location && !rules.lessonIds.includes(location.lessonId)) delete courseOnly.location;
  return encodeProgress(fitProgress(courseOnly, limit));
}

/** The lessons and the completion rule the LMS rules carry, as completion.ts reads them. */
export function studyPlanOf(rules: LmsRules): StudyPlan {
  return {
    lessons: rules.lessonIds.map((id) => ({ id, checkId: own(rules.knowledgeChecks, id) })),
    rule: rules.lessonCompletion,
  };
}

export function lmsTracking(progress: Progress, rules: LmsRules): LmsTracking {
  const postTest = quizSummary(progress, rules.postTestId);
  const score = postTest ? ratio(postTest.best) : undefined;
  const done = completedCount(progress, studyPlanOf(rules));
  const { location } = progress;
  return {
    completion: done === rules.lessonIds.length ? 'completed' : 'incomplete',
    success: score === undefined ? 'unknown' : score >= rules.passMark ? 'passed' : 'failed',
    ...(score === undefined ? {} : { score }),
    progressMeasure: rules.lessonIds.length === 0 ? 1 : done / rules.lessonIds.length,
    location: location ? [location.lessonId, location.sectionId].filter(Boolean).join('#') : '',
    suspendData: suspendData(progress, rules),
  };
}

/**
 * A summary that changes only with a milestone: a lesson's end reached, a quiz submitted, the
 * evaluation or the name saved, a reset. The session commits to the LMS when it changes.
 */
export function milestones(progress: Progress): string {
  const endsReached = Object.values(progress.lessons).filter((lesson) => lesson.endReachedAt).length;
  const attempts = Object.entries(progress.quizzes).map(([id, list]) => `${id}:${String(list.at(-1)?.at)}`);
  return JSON.stringify([
    progress.resetAt,
    endsReached,
    attempts.sort(),
    progress.evaluation?.at,
    progress.learner?.at,
  ]);
}
