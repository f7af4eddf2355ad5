// Reads the built site in dist/ for tests that check what learners actually receive.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distRoot = resolve(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** Site path, e.g. "/lessons/what-is-clonus/" or "/404.html". */
  path: string;
  /** The file it was read from. */
  file: string;
  document: HTMLElement;
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every built page, parsed. Fails clearly when the site has not been built. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distRoot)) throw new Error('dist/ is missing: run `npm run build` before these tests.');
  return htmlFiles(distRoot)
    .map((file) => ({
      file,
      path: `/${relative(distRoot, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
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
