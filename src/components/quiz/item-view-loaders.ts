// The views a quiz island loads on demand (quiz-island.ts): those of the item types few quizzes
// hold. The others come with the quiz itself (core-views.ts, in quiz-mount.ts).
import type { ScoredItem } from '../../schemas/quiz-items';
import type { ItemViews } from './item-views';
import type { ngnViews } from './ngn-views';

type ItemType = ScoredItem['type'];
/** The types whose views ngn-views.ts holds (item-views.ts checks that every type has a view). */
const ngnTypes = new Set<ItemType>(['cloze', 'rationale', 'bowtie'] satisfies (keyof typeof ngnViews)[]);

/** The views, by type, of those of these item types that are loaded on demand. */
export async function loadItemViews(types: Iterable<ItemType>): Promise<ItemViews> {
  // Only ever needed in the browser: the server renders with every view (item-views.ts), and
  // this keeps the dynamic import, and with it a stylesheet of its own, out of its build.
  if (import.meta.env.SSR || ![...types].some((type) => ngnTypes.has(type))) return {};
  return (await import('./ngn-views')).ngnViews;
}
