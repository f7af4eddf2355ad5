// The search index in the built site: written by integrations/search/integration.ts at the end of
// `astro build`, searched here with Pagefind's own browser API as the search page does.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFile, searchFolder } from '../../integrations/search/integration.ts';
import { builtLessons, builtPages, distRoot, isBuilt } from '../support/built-site';
import { openBuiltSearch, type BuiltSearch } from '../support/pagefind-node';

const bundle = join(distRoot, searchFolder);
const lessons = builtLessons();
let index: BuiltSearch;

beforeAll(async () => {
  index = await openBuiltSearch(distRoot);
});

afterAll(async () => {
  await index.close();
});

describe('the search index', () => {
  it('is written with only the files pagefind.js loads', () => {
    const files = readdirSync(bundle, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(bundle.length + 1));
    expect(files).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']),
    );
    expect(files.filter((file) => file.endsWith('.pagefind'))).toEqual(['wasm.en.pagefind']);
    expect(files.filter((file) => !bundledFile.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('fragment/'))).toHaveLength(lessons.length);
  });

  it('marks every lesson page for indexing, and no other page', () => {
    expect(lessons).toHaveLength(6);
    for (const page of builtPages()) {
      const marked = page.document.querySelectorAll('[data-pagefind-body]');
      expect(marked, page.path).toHaveLength(page.path.startsWith('/lessons/') ? 1 : 0);
    }
  });

  it.each(lessons.map((page) => [page.path, page] as const))(
    'finds every section of %s by its heading, linked at its anchor',
    async (path, { document }) => {
      const headings = document.querySelectorAll('.lesson-body h2[id]');
      expect(headings.length).toBeGreaterThanOrEqual(3);
      for (const heading of headings) {
        const page = (await index.search(heading.textContent)).find((result) => result.url === path);
        expect(page, `"${heading.textContent}" finds ${path}`).toBeDefined();
        expect(page?.meta.title).toBe(document.querySelector('h1')?.textContent);
        const section = page?.sub_results.find((result) => result.url === `${path}#${heading.id}`);
        expect(section?.title, `#${heading.id}`).toBe(heading.textContent);
      }
    },
  );

  // What the lesson pages show outside the lesson text: the position line, the table of contents,
  // the knowledge check (its questions and rationales) and the pager.
  it.each(lessons.map((page) => [page.path, page] as const))(
    'indexes the lesson text of %s and nothing around it',
    async (path, { document }) => {
      const page = (await index.search(document.querySelector('h1')?.textContent ?? '')).find(
        (result) => result.url === path,
      );
      const content = page?.content ?? '';
      expect(content).toContain(document.querySelector('.lede')?.textContent);
      expect(content).toContain(document.querySelector('.objectives li')?.textContent);
      expect(content).toContain(document.querySelector('.key-points li')?.textContent.trim());
      for (const outside of [
        '.eyebrow',
        '.toc h2',
        '.knowledge-check h2',
        '.knowledge-check button',
        '.pager-label',
      ]) {
        const text = document.querySelector(outside)?.textContent.trim() ?? '';
        expect(text, outside).not.toBe('');
        expect(content, outside).not.toContain(text);
      }
    },
  );

  it('links no result to the table of contents or the knowledge check', async () => {
    const sections = (await index.search('check your understanding')).flatMap((page) => page.sub_results);
    expect(
      sections.map((section) => section.url).filter((url) => /#(knowledge-check|lesson-contents)$/.test(url)),
    ).toEqual([]);
  });

  it('finds nothing for a word no lesson holds', async () => {
    expect(await index.search('xylophonequartz')).toEqual([]);
  });

  it('is loaded by the search page from a file the build wrote', () => {
    const panel = builtPages()
      .find((page) => page.path === '/search/')
      ?.document.querySelector('[data-search]');
    const href = panel?.getAttribute('data-src') ?? '';
    expect(href).toBe('/pagefind/pagefind.js');
    expect(isBuilt(href)).toBe(true);
    expect(existsSync(join(distRoot, href))).toBe(true);
  });
});
