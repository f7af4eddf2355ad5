// The words of quiz feedback. Right and wrong are always said in words (and marked with a
// shape), never shown by colour alone.
import { percent } from '../format';
import type { ItemOutcome } from '../progress/model';
import type { ScoredItem } from '../../schemas/quiz-items';
import type { ChoiceVerdict, ItemScore } from './scoring';

export const outcomeLabel: Record<ItemOutcome, string> = {
  correct: 'Correct',
  partial: 'Partly correct',
  incorrect: 'Incorrect',
};

export const outcomeMark: Record<ItemOutcome, string> = { correct: '✓', partial: '◐', incorrect: '✗' };

export const verdictLabel: Record<ChoiceVerdict, string> = {
  correct: '✓ Correct choice',
  incorrect: '✗ Incorrect choice',
  missed: '✓ Correct answer, not chosen',
  unpicked: 'Not a correct answer',
};

/**
 * Which verdict to show on a choice. Before the item is finished, only the learner's own picks
 * are marked, so a second try is still a real try; once finished, everything is shown.
 */
export function shownVerdict(
  verdict: ChoiceVerdict | undefined,
  finished: boolean,
): ChoiceVerdict | undefined {
  if (verdict === undefined) return undefined;
  return finished || verdict === 'correct' || verdict === 'incorrect' ? verdict : undefined;
}

/** What "Check answer" asks for when the item cannot be checked yet. */
export function unansweredHint(item: Pick<ScoredItem, 'type'>): string {
  switch (item.type) {
    case 'cloze':
    case 'rationale':
      return 'Choose an option in every drop-down before checking.';
    case 'bowtie':
      return 'Choose the condition, 2 actions and 2 parameters before checking.';
    default:
      return 'Choose an answer before checking.';
  }
}

const points = (n: number) => `${String(n)} ${n === 1 ? 'point' : 'points'}`;

/** "Partly correct: 1 of 2 points. You have 1 more try." */
export function feedbackSentence(result: ItemScore, triesLeft: number, finished: boolean): string {
  const head = `${outcomeLabel[result.outcome]}: ${String(result.score)} of ${points(result.max)}.`;
  if (!finished) return `${head} You have ${String(triesLeft)} more ${triesLeft === 1 ? 'try' : 'tries'}.`;
  return result.outcome === 'correct' ? head : `${head} The correct answer is now shown.`;
}

/** "7 of 9 points (78%). You reached the pass mark of 80%." */
export function quizResultSentence(
  score: number,
  max: number,
  ratio: number,
  passMark: number,
  passed: boolean,
): string {
  const verdict = passed
    ? `You reached the pass mark of ${percent(passMark)}.`
    : `The pass mark is ${percent(passMark)}: review the sections linked above and try again.`;
  return `${String(score)} of ${points(max)} (${percent(ratio)}). ${verdict}`;
}
