// The quiz islands of a page (QuizIsland.astro), each hydrated when it comes into view, as
// Astro's `client:visible` would. Astro's islands take only serializable props, so they cannot
// be handed components; here each quiz loads the views of the rarer item types (drop-downs,
// bow-tie) and the case-study frame only when it holds them, rather than on every page.
import type { QuizEntry } from '../../schemas/quiz-items';
import { scoredItems } from '../../lib/quiz/entries';
import { loadItemViews } from './item-view-loaders';
import type { QuizIslandProps } from './quiz-mount';

async function start(island: HTMLElement) {
  const props = JSON.parse(island.dataset.quizProps ?? '') as QuizIslandProps;
  // The linter cannot see through Svelte's component types (quiz-mount.ts); the type checker can.
  const entries = props.entries as QuizEntry[];
  const [{ hydrateQuiz }, views, caseStudy] = await Promise.all([
    import('./quiz-mount'),
    loadItemViews(scoredItems(entries).map((item) => item.type)),
    entries.some((entry) => entry.type === 'case-study')
      ? import('./CaseStudy.svelte').then((module) => module.default)
      : undefined,
  ]);
  hydrateQuiz(island, props, views, caseStudy);
}

for (const island of document.querySelectorAll<HTMLElement>('[data-quiz-props]')) {
  const observer = new IntersectionObserver((seen) => {
    if (!seen.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void start(island);
  });
  observer.observe(island);
}
