// Every item type's view, loaded together: for the server render, the post-test (which draws from
// every type) and the component tests. A quiz island in the browser loads only the views of its
// own item types instead (item-view-loaders.ts), so this registry must stay out of its bundle.
import type { Component } from 'svelte';
import type { ScoredItem } from '../../schemas/quiz-items';
import type { ItemState } from './item-state.svelte';
import BowTie from './BowTie.svelte';
import ChoiceList from './ChoiceList.svelte';
import DropdownPassage from './DropdownPassage.svelte';
import HighlightPassage from './HighlightPassage.svelte';
import MatrixGrid from './MatrixGrid.svelte';
import OrderingList from './OrderingList.svelte';

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

// Each view's props name its own item types: QuizItem hands a view only items of its types.
export const itemViews = {
  single: ChoiceList as ItemView,
  multiple: ChoiceList as ItemView,
  matrix: MatrixGrid as ItemView,
  ordering: OrderingList as ItemView,
  highlight: HighlightPassage as ItemView,
  cloze: DropdownPassage as ItemView,
  rationale: DropdownPassage as ItemView,
  bowtie: BowTie as ItemView,
} satisfies Record<ScoredItem['type'], ItemView>;
