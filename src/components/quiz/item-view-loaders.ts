// Each item type's view as its own chunk, for quiz islands in the browser: a quiz loads only the
// views of the item types it holds (quiz-island.ts). Types that share a view share its loader, so
// the bundler makes one chunk per view.
import type { ScoredItem } from '../../schemas/quiz-items';
import type { ItemView, ItemViews } from './item-views';

type ViewModule = Promise<{ default: unknown }>;

const choiceList = () => import('./ChoiceList.svelte');
const dropdownPassage = () => import('./DropdownPassage.svelte');

const loaders: Record<ScoredItem['type'], () => ViewModule> = {
  single: choiceList,
  multiple: choiceList,
  matrix: () => import('./MatrixGrid.svelte'),
  ordering: () => import('./OrderingList.svelte'),
  highlight: () => import('./HighlightPassage.svelte'),
  cloze: dropdownPassage,
  rationale: dropdownPassage,
  bowtie: () => import('./BowTie.svelte'),
};

/** Loads the views of these item types (each module once), by type. */
export async function loadItemViews(types: Iterable<ScoredItem['type']>): Promise<ItemViews> {
  const views: ItemViews = {};
  await Promise.all(
    [...new Set(types)].map(async (type) => {
      // Each view's props name its own item types (see item-views.ts).
      views[type] = (await loaders[type]()).default as ItemView;
    }),
  );
  return views;
}
