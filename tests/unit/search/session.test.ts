// A page's searches against a fake Pagefind: one load however many searches wait for it, a failed
// load tried again, and an answer overtaken by a newer search dropped.
import { describe, expect, it, vi } from 'vitest';
import type { PagefindApi, PagefindResult } from '../../../src/lib/search/pagefind-api';
import { SearchSession, unavailableMessage } from '../../../src/lib/search/session';

const page = (term: string): PagefindResult => ({
  id: term,
  data: () =>
    Promise.resolve({
      url: `/lessons/${term}/`,
      meta: { title: term },
      content: '',
      sub_results: [{ title: term, url: `/lessons/${term}/#${term}`, excerpt: `<mark>${term}</mark>` }],
    }),
});

function fakeApi(search: PagefindApi['search'] = (term) => Promise.resolve({ results: [page(term)] })) {
  return { init: vi.fn(() => Promise.resolve()), search: vi.fn(search) } satisfies PagefindApi;
}

describe('search session', () => {
  it('loads nothing until asked, then Pagefind once for every search that waits on it', async () => {
    const api = fakeApi();
    const load = vi.fn(() => Promise.resolve(api));
    const session = new SearchSession(load);
    expect(load).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([session.search('reflex'), session.search('tone')]);
    expect(first).toBeUndefined();
    expect(second?.message).toBe('1 result for ‘tone’ in 1 lesson');
    expect(load).toHaveBeenCalledOnce();
    expect(api.init).toHaveBeenCalledOnce();
  });

  it('drops an answer that arrives after a newer search began', async () => {
    const slow = Promise.withResolvers<{ results: PagefindResult[] }>();
    const api = fakeApi((term) =>
      term === 'slow' ? slow.promise : Promise.resolve({ results: [page(term)] }),
    );
    const session = new SearchSession(() => Promise.resolve(api));
    const overtaken = session.search('slow');
    expect((await session.search('fast'))?.searched).toBe('fast');
    slow.resolve({ results: [page('slow')] });
    expect(await overtaken).toBeUndefined();
  });

  it('says search is unavailable when Pagefind cannot load, and loads again on the next search', async () => {
    const load = vi.fn<() => Promise<PagefindApi>>().mockRejectedValueOnce(new Error('offline'));
    load.mockResolvedValue(fakeApi());
    const session = new SearchSession(load);
    expect(await session.search('reflex')).toEqual({
      searched: '',
      lessons: [],
      message: unavailableMessage,
    });
    expect((await session.search('reflex'))?.searched).toBe('reflex');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('answers an empty query with nothing, without loading Pagefind', async () => {
    const load = vi.fn(() => Promise.resolve(fakeApi()));
    expect(await new SearchSession(load).search('   ')).toEqual({ searched: '', lessons: [], message: '' });
    expect(load).not.toHaveBeenCalled();
  });
});
