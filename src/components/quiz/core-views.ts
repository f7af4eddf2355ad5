// The views of the item types nearly every quiz holds (every knowledge check, every topic quiz,
// the post-test): loaded with the quiz itself, in the chunk it shares with the post-test. Split
// per type, each would cost more in its own file's overhead (about 0.3 KB compressed: the
// runtime's imports, and compression starting afresh) than a page without it would save.
import type { ItemView } from './item-views';
import ChoiceList from './ChoiceList.svelte';
import HighlightPassage from './HighlightPassage.svelte';
import MatrixGrid from './MatrixGrid.svelte';
import OrderingList from './OrderingList.svelte';

// Each view's props name its own item types: QuizItem hands a view only items of its types.
export const coreViews = {
  single: ChoiceList as ItemView,
  multiple: ChoiceList as ItemView,
  matrix: MatrixGrid as ItemView,
  ordering: OrderingList as ItemView,
  highlight: HighlightPassage as ItemView,
};
