// What a lesson page says about the course's completion rule: the steps it asks of this lesson,
// each done or not, and what is still needed once the learner reaches the end. Pure words from
// the rule and the learner's study (completion.ts), for the lesson's island and its placeholder.
import type { LessonCompletionRule, LessonStudy, StudyLesson } from './completion';

export interface LessonStep {
  /** The same words whether done or not, so the line keeps its shape as marks change. */
  text: string;
  done: boolean;
}

const questions = (items: number) =>
  `${items === 1 ? 'the' : `all ${String(items)}`} knowledge-check ${items === 1 ? 'question' : 'questions'}`;

/** The steps the rule asks of this lesson, in page order; `study` absent: a new learner's. */
export function lessonSteps(
  rule: LessonCompletionRule,
  lesson: StudyLesson,
  checkItems: number,
  study?: Pick<LessonStudy, 'reachedEnd' | 'checkSubmitted'>,
): LessonStep[] {
  const steps: LessonStep[] = [];
  if (rule.reachEnd) steps.push({ text: 'Read to the end', done: study?.reachedEnd ?? false });
  if (rule.submitKnowledgeCheck && lesson.checkId !== undefined)
    steps.push({ text: `Answer ${questions(checkItems)}`, done: study?.checkSubmitted ?? false });
  return steps;
}

/**
 * Said when the learner reaches the end and the lesson is not complete yet:
 * "Reached the end ✓ — still needed: answer all 4 knowledge-check questions."
 */
export function stillNeeded(study: Pick<LessonStudy, 'needed'>, checkItems: number, saved: boolean): string {
  const needs = study.needed.map((step) =>
    step === 'submit-check' ? `answer ${questions(checkItems)}` : 'read to the end',
  );
  const kept = saved
    ? ''
    : ' Your progress was not saved for good: the note at the top of the page says why.';
  return `Reached the end ✓ — still needed to complete this lesson: ${needs.join(' and ')}.${kept}`;
}
