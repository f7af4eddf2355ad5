// Every item type's view: for the server render, the post-test (which may draw from every type)
// and the component tests. In the browser a quiz island loads the views it needs instead
// (quiz-island.ts), so this registry must stay out of its bundle.
import type { Component } from 'svelte';
import type { ScoredItem } from '../../schemas/quiz-items';
import type { ItemState } from './item-state.svelte';
import { coreViews } from './core-views';
import { ngnViews } from './ngn-views';

/** What QuizItem hands every view; each view takes the props it needs. */
export interface ItemViewProps {
  itemState: ItemState;
  item: ScoredItem;
  /** Unique prefix for element ids. */
  uid: string;
  /** Says something to screen readers through the quiz's live region. */
  announce: (message: string) => void;
}

/** The answer controls of one item type (ChoiceList, MatrixGrid…). */
export type ItemView = Component<ItemViewProps>;

/** Views by item type: every type a quiz holds must have one. */
export type ItemViews = Partial<Record<ScoredItem['type'], ItemView>>;

export const itemViews = { ...coreViews, ...ngnViews } satisfies Record<ScoredItem['type'], ItemView>;
