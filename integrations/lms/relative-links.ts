// An LMS serves a package from a folder of its own choosing (…/pluginfile.php/123/mod_scorm/
// content/0/), so the package's pages must link to each other relatively. Astro writes
// root-relative links (/lessons/x.html); this rewrites every one of them in every page, in
// attributes and in the props Astro hands to islands, to a path relative to the page.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** Attributes that hold a URL: links, scripts, styles, images, and Astro's island modules. */
export const urlAttributes = [
  'href',
  'src',
  'data-src',
  'component-url',
  'renderer-url',
  'before-hydration-url',
];

/**
 * Islands' props as JSON in an attribute: Astro's islands, and the quiz islands, which hydrate
 * themselves (src/components/quiz/QuizIsland.astro).
 */
export const propsAttributes = [
  ['astro-island[props]', 'props'],
  ['[data-quiz-props]', 'data-quiz-props'],
] as const;

/** Every file under `dir`, as forward-slash paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** `/lessons/a.html#x` seen from the page `quizzes/b.html` is `../lessons/a.html#x`. */
export function relativeUrl(fromPage: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  const target = posix.relative(posix.dirname(`/${fromPage}`), path) || posix.basename(path);
  return target + rest;
}

/**
 * Each string in an island's serialized props that names a file of the site (props also
 * hold text, which may start with a slash), made relative.
 */
function relativeProps(fromPage: string, value: unknown, isFile: (path: string) => boolean): unknown {
  if (typeof value === 'string') {
    const path = value.replace(/[?#].*$/, '').slice(1);
    return value.startsWith('/') && isFile(path) ? relativeUrl(fromPage, value) : value;
  }
  if (Array.isArray(value)) return value.map((entry) => relativeProps(fromPage, entry, isFile));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, relativeProps(fromPage, entry, isFile)]),
    );
  }
  return value;
}

/**
 * Rewrites one page's HTML. `page` is its path in the package (lessons/a.html); `isFile` tells
 * whether a path (without its leading slash) is a file of the package.
 */
export function relativizePage(page: string, html: string, isFile: (path: string) => boolean): string {
  const root = parse(html, { comment: true });
  for (const attribute of urlAttributes) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      const value = element.getAttribute(attribute) ?? '';
      element.setAttribute(attribute, relativeUrl(page, value));
    }
  }
  for (const [selector, attribute] of propsAttributes) {
    for (const island of root.querySelectorAll(selector)) {
      const props: unknown = JSON.parse(island.getAttribute(attribute) ?? '{}');
      island.setAttribute(attribute, JSON.stringify(relativeProps(page, props, isFile)));
    }
  }
  return root.toString();
}

/** Rewrites every page of the built folder in place; resolves to the number of pages. */
export async function relativizeSite(dir: string): Promise<number> {
  const files = new Set(await listFiles(dir));
  const pages = [...files].filter((file) => file.endsWith('.html'));
  await Promise.all(
    pages.map(async (page) => {
      const file = join(dir, page);
      await writeFile(
        file,
        relativizePage(page, await readFile(file, 'utf8'), (path) => files.has(path)),
      );
    }),
  );
  return pages.length;
}
