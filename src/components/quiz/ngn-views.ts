// The views of the Next-Gen item types (drop-down cloze and rationale, bow-tie), which only an
// unfolding case holds: one chunk, loaded by a quiz island only when its quiz has one of them
// (item-view-loaders.ts).
import type { ItemView } from './item-views';
import BowTie from './BowTie.svelte';
import DropdownPassage from './DropdownPassage.svelte';

export const ngnViews = {
  cloze: DropdownPassage as ItemView,
  rationale: DropdownPassage as ItemView,
  bowtie: BowTie as ItemView,
};
