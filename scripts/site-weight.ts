// Measures what a browser downloads for each built page: the HTML, the stylesheets it links and
// every JavaScript module it loads (island components, renderers and their static imports).
// Shared by `npm run bench` (the report) and tests/dist/budgets.test.ts (the byte budgets).
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** The site path, as `pagePath` gives it. */
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
  /** Site paths of every stylesheet and module counted. */
  assets: string[];
}

function bytesOf(content: Buffer): Bytes {
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function sum(parts: Bytes[]): Bytes {
  return parts.reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/** Every .html file under `folder`. */
export function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The site path a built file is served at: "/", "/lessons/what-is-clonus/", "/404.html". */
export function pagePath(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Site-absolute URL path of a reference found in `fromUrl`, or undefined if it leaves the site. */
function resolveUrl(reference: string, fromUrl: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference)) return undefined;
  const path = reference.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? path : posix.join(posix.dirname(fromUrl), path);
}

/** Static, dynamic and re-exported module specifiers in a JS file that point at other files of the site. */
function importsOf(source: string): string[] {
  // import "./a.js", import {x} from "./a.js", import("./a.js"), and re-exports: export {x} from "./a.js".
  const pattern = /\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?\(?\s*["']([^"']+)["']/g;
  return [...source.matchAll(pattern)]
    .map((match) => match[1] ?? '')
    .filter((spec) => /^\.{0,2}\//.test(spec));
}

/** Where a page's stylesheets and module scripts start: its links, scripts and Astro's islands. */
const entryPoints = {
  stylesheets: [['link[rel="stylesheet"]', 'href']],
  modules: [
    ['script[src]', 'src'],
    ['astro-island[component-url]', 'component-url'],
    ['astro-island[renderer-url]', 'renderer-url'],
    ['astro-island[before-hydration-url]', 'before-hydration-url'],
  ],
} as const;

/** One entry per HTML page of the built site in `dist`, sorted by path. */
export function measureSite(dist: string): PageWeight[] {
  const read = (urlPath: string) => readFileSync(join(dist, ...urlPath.split('/')));
  return htmlFiles(dist)
    .map((file) => {
      const pageUrl = `/${relative(dist, file).split(sep).join('/')}`;
      const html = readFileSync(file, 'utf8');
      const document = parse(html);
      const urls = (selectors: readonly (readonly [string, string])[]) =>
        selectors.flatMap(([selector, attribute]) =>
          document
            .querySelectorAll(selector)
            .map((element) => resolveUrl(element.getAttribute(attribute) ?? '', pageUrl))
            .filter((url) => url !== undefined),
        );
      const stylesheets = new Set(urls(entryPoints.stylesheets));
      // Follow imports so shared chunks count once per page, as the browser fetches them once.
      const modules = new Set<string>();
      const queue = urls(entryPoints.modules);
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        if (modules.has(url)) continue;
        modules.add(url);
        for (const spec of importsOf(read(url).toString('utf8'))) {
          const imported = resolveUrl(spec, url);
          if (imported) queue.push(imported);
        }
      }
      const css = sum([...stylesheets].map((url) => bytesOf(read(url))));
      const js = sum([...modules].map((url) => bytesOf(read(url))));
      const htmlBytes = bytesOf(Buffer.from(html));
      return {
        page: pagePath(dist, file),
        html: htmlBytes,
        css,
        js,
        total: sum([htmlBytes, css, js]),
        assets: [...stylesheets, ...modules],
      };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}
