// Measures what a browser downloads for each built page: the HTML, the stylesheets it links and
// every JavaScript module it loads (island components, renderers and their static imports).
// Shared by `npm run bench` (the report) and tests/dist/budgets.test.ts (the byte budgets).
// Also the one place scripts find and run Astro (`astroCli`, `buildSite`).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number }} Bytes */
/** @typedef {{ page: string, html: Bytes, css: Bytes, js: Bytes, total: Bytes, assets: string[] }} PageWeight */

/** @param {Buffer} content @returns {Bytes} */
function bytesOf(content) {
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** @param {Bytes[]} parts @returns {Bytes} */
function sum(parts) {
  return parts.reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/** Every .html file under `folder`. @param {string} folder @returns {string[]} */
export function htmlFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The site path a built file is served at: "/", "/lessons/what-is-clonus/", "/404.html".
 * @param {string} dist @param {string} file @returns {string}
 */
export function pagePath(dist, file) {
  return `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Site-absolute URL path of a reference found in `fromUrl`, or undefined if it leaves the site. */
function resolveUrl(reference, fromUrl) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference)) return undefined;
  const path = reference.split(/[?#]/)[0];
  return path.startsWith('/') ? path : posix.join(posix.dirname(fromUrl), path);
}

/** Static, dynamic and re-exported module specifiers in a JS file that point at other files of the site. */
function importsOf(source) {
  // import "./a.js", import {x} from "./a.js", import("./a.js"), and re-exports: export {x} from "./a.js".
  const pattern = /\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?\(?\s*["']([^"']+)["']/g;
  return [...source.matchAll(pattern)].map((match) => match[1]).filter((spec) => /^\.{0,2}\//.test(spec));
}

/**
 * @param {string} dist the built site
 * @returns {PageWeight[]} one entry per HTML page, sorted by path
 */
export function measureSite(dist) {
  const read = (urlPath) => readFileSync(join(dist, ...urlPath.split('/')));
  return htmlFiles(dist)
    .map((file) => {
      const pageUrl = `/${relative(dist, file).split(sep).join('/')}`;
      const html = readFileSync(file, 'utf8');
      const attr = (pattern) =>
        [...html.matchAll(pattern)].map((match) => resolveUrl(match[1], pageUrl)).filter(Boolean);
      const stylesheets = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
      const jsEntries = [
        ...attr(/<script[^>]*\ssrc="([^"]+)"/g),
        ...attr(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
      ];
      // Follow imports so shared chunks count once per page, as the browser fetches them once.
      const modules = new Set();
      const queue = [...jsEntries];
      while (queue.length > 0) {
        const url = queue.shift();
        if (modules.has(url)) continue;
        modules.add(url);
        for (const spec of importsOf(read(url).toString('utf8'))) queue.push(resolveUrl(spec, url));
      }
      const css = sum([...new Set(stylesheets)].map((url) => bytesOf(read(url))));
      const js = sum([...modules].map((url) => bytesOf(read(url))));
      const htmlBytes = bytesOf(Buffer.from(html));
      return {
        page: pagePath(dist, file),
        html: htmlBytes,
        css,
        js,
        total: sum([htmlBytes, css, js]),
        assets: [...new Set(stylesheets), ...modules],
      };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

/** Folder of this script's project, for callers that want the default dist/. */
export const projectRoot = join(dirname(new URL(import.meta.url).pathname), '..');

/** Astro's command line, run with this Node (the pinned one under npm) from any project folder. */
export const astroCli = (root = projectRoot) => join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Runs a Node script with this Node, its output hidden but its errors shown, and times it.
 * @param {string[]} args the script and its arguments
 * @param {{ cwd?: string, env?: Record<string, string> }} [options] `env` is added to this process's
 * @returns {{ ok: boolean, seconds: number }}
 */
export function runQuietly(args, { cwd = projectRoot, env } = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd,
    env: env && { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { ok: run.status === 0, seconds: (performance.now() - started) / 1000 };
}

/**
 * `astro build` in a project folder (this one by default), quietly and timed.
 * @param {{ root?: string, env?: Record<string, string> }} [options]
 */
export const buildSite = ({ root = projectRoot, env } = {}) =>
  runQuietly([astroCli(root), 'build'], { cwd: root, env });
