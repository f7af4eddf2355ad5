// An unfolding case study (NCSBN's Next Generation case format): the learner meets its items one
// at a time, and the vignette gains what is learned before each item (`updates` in the schema)
// when the learner reaches that item. A learner reaches an item once every item before it in the
// case is finished (right, or out of tries), so an item never shows before the facts it needs.
// A case study without updates is not unfolding: all its items show at once, as before.
import type { CaseStudy, ScoredItem } from '../../schemas/quiz-items';

export interface CaseUpdate {
  /** The item the update comes before, and its place in the case (1 for the first item). */
  itemId: string;
  position: number;
  text: string;
}

export interface UnfoldedCase {
  /** Whether the case unfolds (it has updates). */
  unfolding: boolean;
  /** The items the learner has reached, in order. */
  shown: ScoredItem[];
  /** How many items are still to come. */
  waiting: number;
  /** The updates of the items reached, in order. */
  updates: CaseUpdate[];
}

/** How far a case study has unfolded, given which of its items are finished. */
export function unfoldCase(study: CaseStudy, isFinished: (itemId: string) => boolean): UnfoldedCase {
  const updates = study.updates ?? {};
  if (Object.keys(updates).length === 0)
    return { unfolding: false, shown: study.items, waiting: 0, updates: [] };
  const firstOpen = study.items.findIndex((item) => !isFinished(item.id));
  const shown = firstOpen === -1 ? study.items : study.items.slice(0, firstOpen + 1);
  return {
    unfolding: true,
    shown,
    waiting: study.items.length - shown.length,
    updates: shown.flatMap((item, index) => {
      const text = Object.hasOwn(updates, item.id) ? updates[item.id] : undefined;
      return text === undefined ? [] : [{ itemId: item.id, position: index + 1, text }];
    }),
  };
}
