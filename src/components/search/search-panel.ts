// The search page's behaviour over the form SearchPanel.astro renders: results come as the
// learner types (after a short pause) or presses Enter; a polite live region says how many; each
// result links to the lesson section, named by its heading. Pagefind loads on the first search,
// not with the page. Plain DOM, no framework: the page needs a form, a list and a live region.
import { loadPagefind, type PagefindApi } from '../../lib/search/pagefind-api';
import type { LessonResult } from '../../lib/search/results';
import { SearchSession } from '../../lib/search/session';
import { element } from '../dom-element';

export interface SearchOptions {
  /** @default Pagefind's pagefind.js at the root's `data-src`, resolved against the page */
  load?: () => Promise<PagefindApi>;
  /** Pause after the last keystroke before searching, in ms. @default 300 */
  typingDelay?: number;
}

/** The results, lesson by lesson. Excerpts are text nodes and <mark>s, never parsed HTML. */
function resultNodes(lessons: LessonResult[]): HTMLElement[] {
  return lessons.map((lesson, index) => {
    const id = `search-lesson-${String(index)}`;
    return element(
      'section',
      { 'aria-labelledby': id },
      element('h2', { id }, lesson.title),
      element(
        'ul',
        {},
        ...lesson.sections.map((section) =>
          element(
            'li',
            {},
            element('a', { href: section.href, 'aria-describedby': id }, section.heading),
            element(
              'p',
              {},
              ...section.excerpt.map((part) => (part.mark ? element('mark', {}, part.text) : part.text)),
            ),
          ),
        ),
      ),
    );
  });
}

/** The element of the server's markup that `selector` names, which must be there. */
function part<E extends Element>(root: ParentNode, selector: string, type: new () => E): E {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The search panel lacks ${selector}`);
  return found;
}

/** Wires the search under `root` (SearchPanel.astro's markup); returns a function that stops it. */
export function mountSearch(root: HTMLElement, options: SearchOptions = {}): () => void {
  const form = part(root, 'form', HTMLFormElement);
  const input = part(root, 'input[type="search"]', HTMLInputElement);
  const status = part(root, '[role="status"]', HTMLElement);
  const results = part(root, '[data-search-results]', HTMLElement);
  const href = root.dataset.src ?? '';
  const session = new SearchSession(
    options.load ?? (() => loadPagefind(new URL(href, document.baseURI).href)),
  );
  const typingDelay = options.typingDelay ?? 300;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function search(): Promise<void> {
    const answer = await session.search(input.value);
    if (!answer) return;
    results.replaceChildren(...resultNodes(answer.lessons));
    status.textContent = answer.message;
  }

  /** Searches now, and keeps the query in the address so Back from a result returns to it. */
  function searchNow(): void {
    clearTimeout(timer);
    void search();
    const url = new URL(window.location.href);
    const term = input.value.trim();
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  const onInput = () => {
    // The first keystroke starts loading Pagefind, so the search after the pause finds it ready.
    // A failure here is not reported: the search itself tries again and says so.
    if (input.value.trim()) session.prepare().catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(searchNow, typingDelay);
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    searchNow();
  };
  input.addEventListener('input', onInput);
  form.addEventListener('submit', onSubmit);

  // The server renders the form inert, so no word is typed before anything could search for it.
  form.inert = false;
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  if (input.value.trim()) void search();

  return () => {
    clearTimeout(timer);
    input.removeEventListener('input', onInput);
    form.removeEventListener('submit', onSubmit);
  };
}
