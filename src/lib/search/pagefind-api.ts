// The part of Pagefind's browser API (pagefind/pagefind.js, written by the build; see
// integrations/search/integration.ts) that the course uses. Pagefind ships no types for it.

/** A heading inside a result page, with the text that follows it up to the next heading. */
export interface PagefindSubResult {
  /** The heading's text; the page title for text before the first heading. */
  title: string;
  /** The page's URL with the heading's #anchor (none for text before the first heading). */
  url: string;
  /** Matching text around the hits, HTML-escaped, with each hit wrapped in <mark>. */
  excerpt: string;
}

/** What Pagefind returns for one matching page. */
export interface PagefindResultData {
  url: string;
  meta: { title?: string };
  /** The page's whole indexed text. */
  content: string;
  /** The sections of the page that hold a match, in page order. */
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindApi {
  /** Loads the WebAssembly and the index entry ahead of the first search. */
  init: () => Promise<void>;
  /** Best matching pages first. */
  search: (term: string) => Promise<{ results: PagefindResult[] }>;
}

/**
 * Loads Pagefind's browser API from `url`, the address of pagefind.js. The module is fetched only
 * when this runs (the search page), never bundled: it belongs to the built index it reads.
 */
export async function loadPagefind(url: string): Promise<PagefindApi> {
  return (await import(/* @vite-ignore */ url)) as PagefindApi;
}
