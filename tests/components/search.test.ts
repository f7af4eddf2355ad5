// The search page's module over its server markup, against a fake Pagefind, driven by role and
// label as a learner would.
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountSearch } from '../../src/components/search/search-panel';
import type { PagefindApi, PagefindResultData } from '../../src/lib/search/pagefind-api';

const pages: PagefindResultData[] = [
  {
    url: '/lessons/how-clonus-happens/',
    meta: { title: 'How clonus happens' },
    content: '',
    sub_results: [
      {
        title: 'Muscle tone and spasticity',
        url: '/lessons/how-clonus-happens/#muscle-tone-and-spasticity',
        excerpt: 'tone and <mark>spasticity.</mark> When &lt;b&gt;',
      },
      {
        title: 'Key points',
        url: '/lessons/how-clonus-happens/#key-points',
        excerpt: 'to <mark>spasticity</mark>',
      },
    ],
  },
];

const fake = {
  init: vi.fn(() => Promise.resolve()),
  search: vi.fn((term: string) =>
    Promise.resolve({
      results: term.includes('spasticity')
        ? pages.map((data, index) => ({ id: String(index), data: () => Promise.resolve(data) }))
        : [],
    }),
  ),
} satisfies PagefindApi;
const load = vi.fn<(url: string) => Promise<PagefindApi>>();

vi.mock('../../src/lib/search/pagefind-api', () => ({ loadPagefind: (url: string) => load(url) }));

let stop: (() => void) | undefined;

/** The markup SearchPanel.astro renders (the built page is checked by tests/e2e/search.spec.ts). */
function renderSearch() {
  document.body.innerHTML = `<main><div data-search data-src="/pagefind/pagefind.js">
    <form role="search" inert>
      <label for="search-query">Search the lessons</label>
      <input id="search-query" type="search" name="q" autocomplete="off" aria-describedby="search-hint" />
      <button type="submit">Search</button>
      <p id="search-hint">One or more words, such as “reflex” or “muscle tone”.</p>
    </form>
    <p class="status" role="status"></p>
    <div data-search-results></div>
  </div></main>`;
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) throw new Error('no search markup');
  stop = mountSearch(root, { typingDelay: 0 });
  return userEvent.setup();
}

beforeEach(() => {
  vi.clearAllMocks();
  load.mockResolvedValue(fake);
  history.replaceState(null, '', '/search/');
});

afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

describe('search page', () => {
  it('loads nothing until the learner searches, then Pagefind from the address given, resolved against the page', async () => {
    const user = renderSearch();
    expect(screen.getByRole('search').inert).toBe(false);
    expect(load).not.toHaveBeenCalled();
    await user.type(screen.getByRole('searchbox', { name: 'Search the lessons' }), 'tone{Enter}');
    await vi.waitFor(() => {
      expect(screen.getByRole('status').textContent).toMatch(/^No results for ‘tone’/);
    });
    expect(fake.init).toHaveBeenCalledOnce();
    expect(load).toHaveBeenCalledOnce();
    expect(load).toHaveBeenCalledWith('http://localhost:3000/pagefind/pagefind.js');
  });

  it('answers a search made while Pagefind is still loading', async () => {
    const { promise: loaded, resolve } = Promise.withResolvers<PagefindApi>();
    load.mockReturnValueOnce(loaded);
    const user = renderSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Search the lessons' }), 'spasticity{Enter}');
    expect(screen.getByRole('status').textContent).toBe('');
    resolve(fake);
    await vi.waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('2 results for ‘spasticity’ in 1 lesson');
    });
    expect(load).toHaveBeenCalledOnce();
  });

  it('announces the count and links each result to its section, the hit marked', async () => {
    const user = renderSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Search the lessons' }), 'spasticity{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe('2 results for ‘spasticity’ in 1 lesson');
    const lesson = screen.getByRole('region', { name: 'How clonus happens' });
    const link = within(lesson).getByRole('link', { name: 'Muscle tone and spasticity' });
    expect(link.getAttribute('href')).toBe('/lessons/how-clonus-happens/#muscle-tone-and-spasticity');
    expect(link.getAttribute('aria-describedby')).toBe(lesson.querySelector('h2')?.id);
    const excerpt = link.nextElementSibling;
    expect(excerpt?.querySelector('mark')?.textContent).toBe('spasticity.');
    expect(excerpt?.textContent.trim()).toBe('tone and spasticity. When <b>');
    expect(excerpt?.querySelector('b')).toBeNull();
    expect(window.location.search).toBe('?q=spasticity');
  });

  it('says when nothing matches, and clears when the box is emptied', async () => {
    const user = renderSearch();
    const box = screen.getByRole('searchbox', { name: 'Search the lessons' });
    await user.type(box, 'xyzzy{Enter}');
    await vi.waitFor(() => {
      expect(screen.getByRole('status').textContent).toMatch(/^No results for ‘xyzzy’/);
    });
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    await user.clear(box);
    await vi.waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('');
    });
    expect(window.location.search).toBe('');
  });

  it('searches for the query in the address when it opens (Back from a result)', async () => {
    history.replaceState(null, '', '/search/?q=spasticity');
    renderSearch();
    expect(screen.getByRole('searchbox', { name: 'Search the lessons' })).toHaveProperty(
      'value',
      'spasticity',
    );
    expect(await screen.findByRole('link', { name: 'Key points' })).toBeTruthy();
  });

  it('says search is unavailable when the index cannot load, and tries again on the next search', async () => {
    load.mockRejectedValue(new Error('offline'));
    const user = renderSearch();
    const box = screen.getByRole('searchbox', { name: 'Search the lessons' });
    await user.type(box, 'spasticity{Enter}');
    await vi.waitFor(() => {
      expect(screen.getByRole('status').textContent).toMatch(/^Search is not available/);
    });
    expect(screen.queryAllByRole('link')).toHaveLength(0);

    load.mockResolvedValue(fake);
    await user.type(box, '{Enter}');
    await vi.waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('2 results for ‘spasticity’ in 1 lesson');
    });
  });
});
