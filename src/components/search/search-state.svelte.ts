// The search page's state: the query, the results of the latest search and what the live region
// says. Pagefind is injected (a loader), so the component test can hand it a fake index.
import type { PagefindApi } from '../../lib/search/pagefind-api';
import { lessonResult, resultsSummary, type LessonResult } from '../../lib/search/results';

export const unavailableMessage =
  'Search is not available: its index could not be loaded. Reload the page to try again.';

export class SearchState {
  /** The text in the search box. */
  query = $state('');
  /** The query the results answer, trimmed; empty before any search. */
  searched = $state('');
  lessons: LessonResult[] = $state([]);
  /** What the live region announces: a result count, no results, or a failure. */
  message = $state('');
  readonly #load: () => Promise<PagefindApi>;
  #api: Promise<PagefindApi> | undefined;
  /** Numbers each search, so an answer that arrives after a newer search began is dropped. */
  #latest = 0;

  constructor(load: () => Promise<PagefindApi>) {
    this.#load = load;
  }

  /** Loads Pagefind and its WebAssembly once; every search waits for it. */
  prepare(): Promise<PagefindApi> {
    this.#api ??= this.#load().then(async (api) => {
      await api.init();
      return api;
    });
    // A failed load is forgotten, so the next search tries again (the connection may be back).
    const pending = this.#api;
    pending.catch(() => {
      if (this.#api === pending) this.#api = undefined;
    });
    return pending;
  }

  /** Searches for `query` (the current text by default); an empty query clears the results. */
  async search(query = this.query): Promise<void> {
    const term = query.trim().replace(/\s+/g, ' ');
    const ticket = ++this.#latest;
    if (term === '') {
      this.searched = '';
      this.lessons = [];
      this.message = '';
      return;
    }
    try {
      const api = await this.prepare();
      const { results } = await api.search(term);
      const pages = await Promise.all(results.map((result) => result.data()));
      if (ticket !== this.#latest) return;
      this.lessons = pages.map(lessonResult).filter((lesson) => lesson !== undefined);
      this.searched = term;
      this.message = resultsSummary(term, this.lessons);
    } catch {
      if (ticket !== this.#latest) return;
      this.lessons = [];
      this.searched = '';
      this.message = unavailableMessage;
    }
  }
}
