import type { QuizEntry, ScoredItem } from '../../schemas/quiz-items';

/** Every scored item of a quiz, case-study items in place, in order. */
export function scoredItems(entries: readonly QuizEntry[]): ScoredItem[] {
  return entries.flatMap((entry) => (entry.type === 'case-study' ? entry.items : [entry]));
}

/**
 * A quiz's entries as the learner's browser needs them: without `evidence`. The source passages
 * behind each key are for authors and for the build, which checks them against the source; sent
 * to the browser they would only add weight to every page that carries the quiz.
 */
export function forLearners(entries: readonly QuizEntry[]): QuizEntry[] {
  return entries.map((entry) =>
    entry.type === 'case-study'
      ? { ...entry, items: entry.items.map(withoutEvidence) }
      : withoutEvidence(entry),
  );
}

function withoutEvidence<Item extends { evidence?: string[] | undefined }>(item: Item): Item {
  const copy = { ...item };
  delete copy.evidence;
  return copy;
}
