// The words and tallies of a quiz sat as an exam (the post-test): each question's state in the
// navigator, the review before submitting, and the results by lesson and by clinical-judgement
// step once it is submitted. Pure: plain data in, plain data out.
// Types only from the schemas: this module ships to the browser, where the schemas' full zod
// would weigh more than the page and ask the page's CSP for eval.
import type { JudgementStep, ScoredItem } from '../../schemas/quiz-items';
import type { ItemOutcome } from '../progress/model';
import { judgementStepLabels } from './judgement-labels';

/** One question of a sitting as the navigator and the review see it. */
export interface QuestionState {
  /** 1-based, in sitting order. */
  number: number;
  answered: boolean;
  flagged: boolean;
}

/** "Question 3, answered, flagged": the state in words, never by colour alone. */
export function questionStateLabel(state: QuestionState): string {
  const parts = [`Question ${String(state.number)}`, state.answered ? 'answered' : 'unanswered'];
  if (state.flagged) parts.push('flagged for review');
  return parts.join(', ');
}

export interface ReviewSummary {
  answered: number;
  /** Numbers of the questions without an answer, and of those flagged for review. */
  unanswered: number[];
  flagged: number[];
}

export function reviewSummary(states: readonly QuestionState[]): ReviewSummary {
  return {
    answered: states.filter((state) => state.answered).length,
    unanswered: states.filter((state) => !state.answered).map((state) => state.number),
    flagged: states.filter((state) => state.flagged).map((state) => state.number),
  };
}

const plural = (count: number, one: string, many: string) => `${String(count)} ${count === 1 ? one : many}`;

/** "15 answered, 2 unanswered, 3 flagged for review." */
export function reviewSentence(summary: ReviewSummary): string {
  const { answered, unanswered, flagged } = summary;
  return `${String(answered)} answered, ${String(unanswered.length)} unanswered, ${String(flagged.length)} flagged for review.`;
}

/** What submitting now means, said before the learner confirms. */
export function confirmSentence(summary: ReviewSummary): string {
  const missing = summary.unanswered.length;
  const unanswered =
    missing === 0
      ? 'Every question has an answer.'
      : `${plural(missing, 'question has', 'questions have')} no answer and will score 0.`;
  return `${unanswered} Once submitted, your answers cannot be changed.`;
}

/** The judgement steps in the order of the NCSBN model, recall after them, untagged last. */
export type JudgementGroup = JudgementStep | 'not-tagged';

export const judgementLabel: Record<JudgementGroup, string> = {
  ...judgementStepLabels,
  'not-tagged': 'Not tagged',
};

/** Every group, in the order results show them (the schemas' `judgementSteps`, then the rest). */
export const judgementGroups = Object.keys(judgementLabel) as JudgementGroup[];

export interface GroupResult<G extends string> {
  group: G;
  questions: number;
  correct: number;
  partial: number;
  /** Share of credit, 0 to 1: a partly correct answer counts half (as results by topic do). */
  share: number;
}

function tally<G extends string>(
  items: readonly ScoredItem[],
  outcomes: Readonly<Record<string, ItemOutcome>>,
  groupOf: (item: ScoredItem) => G,
  order: readonly G[],
): GroupResult<G>[] {
  const counts = new Map<G, { questions: number; correct: number; partial: number }>();
  for (const item of items) {
    const outcome = outcomes[item.id];
    if (outcome === undefined) continue;
    const group = groupOf(item);
    const count = counts.get(group) ?? { questions: 0, correct: 0, partial: 0 };
    count.questions += 1;
    if (outcome === 'correct') count.correct += 1;
    if (outcome === 'partial') count.partial += 1;
    counts.set(group, count);
  }
  return order.flatMap((group) => {
    const count = counts.get(group);
    return count ? [{ group, ...count, share: (count.correct + count.partial / 2) / count.questions }] : [];
  });
}

/** A submitted sitting's results by clinical-judgement step; items with no tag go under "not tagged". */
export function resultsByJudgement(
  items: readonly ScoredItem[],
  outcomes: Readonly<Record<string, ItemOutcome>>,
): GroupResult<JudgementGroup>[] {
  return tally(items, outcomes, (item) => item.judgement ?? 'not-tagged', judgementGroups);
}

/** A submitted sitting's results by lesson (`ref.lesson`), in the order of `lessons`. */
export function resultsByLesson(
  items: readonly ScoredItem[],
  outcomes: Readonly<Record<string, ItemOutcome>>,
  lessons: readonly string[],
): GroupResult<string>[] {
  return tally(items, outcomes, (item) => item.ref.lesson, lessons);
}
