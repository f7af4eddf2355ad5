// A learner's searches on one page: Pagefind loaded once, on the first search (never at page
// load: its script, worker and WebAssembly weigh about 85 KB gzip), each query answered with the
// lessons that match and what the live region says, and an answer that arrives after a newer
// search began dropped. Pagefind is injected (a loader), so tests hand it a fake index.
import type { PagefindApi } from './pagefind-api';
import { lessonResult, resultsSummary, type LessonResult } from './results';

export const unavailableMessage =
  'Search is not available: its index could not be loaded. Reload the page to try again.';

export interface SearchAnswer {
  /** The query the results answer, trimmed; empty when the query was. */
  searched: string;
  lessons: LessonResult[];
  /** What the live region announces: a result count, no results, a failure, or nothing. */
  message: string;
}

export class SearchSession {
  readonly #load: () => Promise<PagefindApi>;
  #api: Promise<PagefindApi> | undefined;
  /** Numbers each search, so an answer that arrives after a newer search began is dropped. */
  #latest = 0;

  constructor(load: () => Promise<PagefindApi>) {
    this.#load = load;
  }

  /** Loads Pagefind and its WebAssembly once; every search waits for the same load. */
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

  /**
   * Searches for `query`; an empty query clears the results. Resolves to undefined when a newer
   * search began meanwhile (its answer is the one to show).
   */
  async search(query: string): Promise<SearchAnswer | undefined> {
    const term = query.trim().replace(/\s+/g, ' ');
    const ticket = ++this.#latest;
    if (term === '') return { searched: '', lessons: [], message: '' };
    try {
      const api = await this.prepare();
      const { results } = await api.search(term);
      const pages = await Promise.all(results.map((result) => result.data()));
      if (ticket !== this.#latest) return undefined;
      const lessons = pages.map(lessonResult).filter((lesson) => lesson !== undefined);
      return { searched: term, lessons, message: resultsSummary(term, lessons) };
    } catch {
      if (ticket !== this.#latest) return undefined;
      return { searched: '', lessons: [], message: unavailableMessage };
    }
  }
}
