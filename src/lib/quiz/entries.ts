import type { QuizEntry, ScoredItem } from '../../schemas/quiz-items';

/** Every scored item of a quiz, case-study items in place, in order. */
export function scoredItems(entries: readonly QuizEntry[]): ScoredItem[] {
  return entries.flatMap((entry) => (entry.type === 'case-study' ? entry.items : [entry]));
}
