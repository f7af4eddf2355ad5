// When a lesson counts as complete: the course's one rule (`lessonCompletion` in src/course.ts),
// applied to the learner's record. Every status mark, the course bar, the certificate gate, the
// completion report and the LMS completion ask here, so they always agree.
//
// "Submitted its knowledge check" is derived, not stored: a quiz records an attempt only once
// every item has a final answer (right, or wrong after the last try; see
// components/quiz/quiz-session.svelte.ts), with any score. So a lesson's check is submitted when
// the record holds an attempt at it. Trimming the record never drops a quiz's last attempt
// (compact.ts keeps at least one per quiz), so this holds inside an LMS's suspend_data too.
import { own } from '../own';
import type { LessonStatus, Progress } from './model';

/** A lesson's status as the learner reads it. */
export const statusLabel: Record<LessonStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

/** What completes a lesson: the course metadata's `lessonCompletion`. */
export interface LessonCompletionRule {
  /** The learner has reached the end of the lesson (its navigation has been on screen). */
  reachEnd: boolean;
  /** The learner has submitted the lesson's knowledge check: every item answered, any score. */
  submitKnowledgeCheck: boolean;
}

/** A lesson as the rule sees it: its id and the knowledge check that closes it, if any. */
export interface StudyLesson {
  id: string;
  /** Quiz id of the lesson's knowledge check; a lesson without one needs only its end reached. */
  checkId?: string | undefined;
}

/** The course's lessons, in order, and its rule: all the pages and the LMS need to judge study. */
export interface StudyPlan {
  lessons: readonly StudyLesson[];
  rule: LessonCompletionRule;
}

/** One step of the rule a learner still has to take for a lesson. */
export type StudyStep = 'reach-end' | 'submit-check';

export interface LessonStudy {
  status: LessonStatus;
  reachedEnd: boolean;
  checkSubmitted: boolean;
  /** The steps the rule asks for that are not done yet, in page order; empty when complete. */
  needed: StudyStep[];
  /** When the last step the rule asks for was taken; present only when complete. */
  completedAt?: number;
}

/** The study of one lesson, judged by the rule. */
export function lessonStudy(
  progress: Progress,
  lesson: StudyLesson,
  rule: LessonCompletionRule,
): LessonStudy {
  const record = own(progress.lessons, lesson.id);
  const endAt = record?.endReachedAt;
  const attempts = lesson.checkId === undefined ? [] : (own(progress.quizzes, lesson.checkId) ?? []);
  const checkAt = attempts[0]?.at;
  const hasCheck = lesson.checkId !== undefined;
  const needed: StudyStep[] = [];
  if (rule.reachEnd && endAt === undefined) needed.push('reach-end');
  if (rule.submitKnowledgeCheck && hasCheck && checkAt === undefined) needed.push('submit-check');
  const started = record !== undefined || checkAt !== undefined;
  const status: LessonStatus = !started ? 'not-started' : needed.length > 0 ? 'in-progress' : 'complete';
  const moments = [rule.reachEnd ? endAt : undefined, rule.submitKnowledgeCheck ? checkAt : undefined];
  const done = moments.filter((moment) => moment !== undefined);
  return {
    status,
    reachedEnd: endAt !== undefined,
    checkSubmitted: checkAt !== undefined,
    needed,
    // A rule of neither step makes opening the lesson enough: then it is complete since it started.
    ...(status === 'complete' ? { completedAt: Math.max(...done, record?.startedAt ?? checkAt ?? 0) } : {}),
  };
}

/** A lesson's status by the course's rule; an id the plan does not list has no check. */
export function lessonStatus(progress: Progress, plan: StudyPlan, lessonId: string): LessonStatus {
  return lessonStudy(progress, studyLesson(plan, lessonId), plan.rule).status;
}

/** How many of the plan's lessons are complete. */
export function completedCount(progress: Progress, plan: StudyPlan): number {
  return plan.lessons.filter((lesson) => lessonStudy(progress, lesson, plan.rule).status === 'complete')
    .length;
}

/** When the last lesson of the plan was completed, or undefined while any is not. */
export function courseCompletedAt(progress: Progress, plan: StudyPlan): number | undefined {
  let latest = 0;
  for (const lesson of plan.lessons) {
    const { completedAt } = lessonStudy(progress, lesson, plan.rule);
    if (completedAt === undefined) return undefined;
    latest = Math.max(latest, completedAt);
  }
  return latest;
}

/** The plan's entry for a lesson; an id it does not list is a lesson without a check. */
export function studyLesson(plan: StudyPlan, lessonId: string): StudyLesson {
  return plan.lessons.find((lesson) => lesson.id === lessonId) ?? { id: lessonId };
}

/**
 * The rule in words, completing "A lesson is complete when …": said to the learner (the
 * certificate's checklist) or about them (the instructor guide).
 */
export function ruleInWords(rule: LessonCompletionRule, learner: 'you' | 'the learner' = 'you'): string {
  const steps = [
    ...(rule.reachEnd ? ['read it to its end'] : []),
    ...(rule.submitKnowledgeCheck
      ? ['submitted its knowledge check (every question answered; any score)']
      : []),
  ];
  return `${learner} ${learner === 'you' ? 'have' : 'has'} ${steps.length > 0 ? steps.join(' and ') : 'opened it'}`;
}
