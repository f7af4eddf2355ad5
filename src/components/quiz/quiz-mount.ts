// Svelte's hydration of one quiz island, loaded with the quiz when it comes into view
// (quiz-island.ts): the page's first script stays a few hundred bytes.
import { hydrate, type ComponentProps } from 'svelte';
import Quiz from './Quiz.svelte';

type QuizProps = ComponentProps<typeof Quiz>;

/** What QuizIsland.astro writes in the island's `data-quiz`: every prop but the views. */
export type QuizIslandProps = Omit<QuizProps, 'views' | 'caseStudy'>;

/** Takes over the quiz the server rendered in `island`, with the views it was given. */
export function hydrateQuiz(island: HTMLElement, props: QuizProps): void {
  hydrate(Quiz, { target: island, props });
  // Tests and styles may tell a live quiz from the server's copy.
  island.dataset.hydrated = '';
}
