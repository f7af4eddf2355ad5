// Svelte's hydration of one quiz island, loaded with the quiz when it comes into view
// (quiz-island.ts): the page's first script stays a few hundred bytes.
import { hydrate, type ComponentProps } from 'svelte';
import Quiz from './Quiz.svelte';
import { coreViews } from './core-views';
import type { ItemViews } from './item-views';

type QuizProps = ComponentProps<typeof Quiz>;

/** What QuizIsland.astro writes in the island's `data-quiz-props`: every prop but the views. */
export type QuizIslandProps = Omit<QuizProps, 'views' | 'caseStudy'>;

/**
 * Takes over the quiz the server rendered in `island`, with the views loaded for it on demand
 * (and those that come with the quiz) and the case-study frame if it has a case.
 */
export function hydrateQuiz(
  island: HTMLElement,
  props: QuizIslandProps,
  views: ItemViews,
  caseStudy: QuizProps['caseStudy'],
): void {
  const all: ItemViews = { ...coreViews, ...views };
  // The linter reads Svelte components' types as `any`; svelte-check checks this call.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  hydrate(Quiz, { target: island, props: { ...props, views: all, caseStudy } });
  // Live now: the server's copy was marked pending (QuizIsland.astro), as the figure's is, so the
  // byte measurement (scripts/browser-weight.ts) knows when everything a page loads has arrived.
  delete island.dataset.islandPending;
}
