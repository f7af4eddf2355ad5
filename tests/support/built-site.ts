// Reads the built site in dist/ for tests that check what learners actually receive.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles, pagePath } from '../../scripts/site-weight.ts';

export const distRoot = resolve(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** Site path, e.g. "/lessons/what-is-clonus/" or "/404.html". */
  path: string;
  /** The file it was read from. */
  file: string;
  document: HTMLElement;
}

/** Site paths of every built page, sorted. */
export function builtPagePaths(): string[] {
  if (!existsSync(distRoot)) throw new Error('dist/ is missing: run `npm run build` before these tests.');
  return htmlFiles(distRoot)
    .map((file) => pagePath(distRoot, file))
    .sort();
}

/** Every built page, parsed. Fails clearly when the site has not been built. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distRoot)) throw new Error('dist/ is missing: run `npm run build` before these tests.');
  return htmlFiles(distRoot)
    .map((file) => ({
      file,
      path: pagePath(distRoot, file),
      document: parse(readFileSync(file, 'utf8')),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The built lesson pages, in no particular order. */
export function builtLessons(): BuiltPage[] {
  return builtPages().filter((page) => page.path.startsWith('/lessons/'));
}

/** Does a site path name a file that was built? */
export function isBuilt(path: string): boolean {
  const file = join(distRoot, ...path.split('/'));
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

/**
 * A lesson page's body as its running text: without the glossary previews inside it (each a copy
 * of a definition from the glossary, shown on hover or focus) and the scripts Astro renders in
 * place, so text checks see the lesson's own words in order.
 */
export function lessonBody(page: BuiltPage): HTMLElement {
  const body = page.document.querySelector('.lesson-body');
  if (!body) throw new Error(`${page.path} has no lesson body`);
  for (const element of body.querySelectorAll('[data-glossary-preview], script')) element.remove();
  return body;
}
