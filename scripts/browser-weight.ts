// What a learner's browser really downloads for a page, measured in the browser: the page at
// load, then after scrolling to its foot (islands that load when seen, a quiz's item types) and
// using its widgets (a search). Shared by `npm run bench` and tests/e2e/budgets.spec.ts.
//
// Reading the built files (scripts/site-weight.ts) cannot tell what loads when: a lesson's quiz
// loads only once in view, and only the item types it has. So the browser decides what is
// fetched, and each file is weighed as the same file in dist/ compressed with gzip at level 9,
// which does not depend on how a server compresses.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';

/** What a downloaded file is, for the budgets. */
export type FileKind = 'html' | 'css' | 'js' | 'other';

/** Gzip bytes per kind, and all of them. */
export type Weights = Record<FileKind | 'total', number>;

export interface LoadedFile {
  /** Site path, e.g. "/_astro/Quiz.abc.js". */
  path: string;
  kind: FileKind;
  gzip: number;
  /** Fetched by the time the page had loaded and gone quiet, or only on scrolling and use. */
  when: 'load' | 'use';
}

export interface PageLoad {
  page: string;
  /** The page as it opens, before any scrolling. */
  atLoad: Weights;
  /** Everything, after scrolling to the foot and using the page's widgets. */
  afterUse: Weights;
  files: LoadedFile[];
}

const kinds: readonly FileKind[] = ['html', 'css', 'js', 'other'];

/** The kind of a fetched file, from what the browser fetched it as. */
export function fileKind(resourceType: string, path: string): FileKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script' || path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  return 'other';
}

/** The built file a site path is served from: folders by their index.html, as a static host does. */
export function distFile(dist: string, sitePath: string): string | undefined {
  const path = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const file = join(dist, ...path.split('/'));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const gzipCache = new Map<string, number>();
/** Gzip bytes (level 9) of a built file. */
export function gzipBytes(file: string): number {
  let bytes = gzipCache.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, bytes);
  }
  return bytes;
}

const gzipText = (text: string) => gzipSync(text, { level: 9 }).length;

/** Script elements with code in the page itself: no `src`, and not data (JSON, import maps). */
const inlineScript =
  /<script(?![^>]*\ssrc=)(?![^>]*\stype="(?:application\/(?:ld\+)?json|importmap)")[^>]*>([\s\S]*?)<\/script>/g;

/** A page's markup without its inline scripts, and the scripts' code, each apart. */
export function splitInlineScripts(page: string): { html: string; scripts: string[] } {
  const scripts = [...page.matchAll(inlineScript)]
    .map((match) => match[1] ?? '')
    .filter((code) => code.trim() !== '');
  return { html: page.replace(inlineScript, ''), scripts };
}

/** Sums of gzip bytes per kind over some files. */
export function weigh(files: readonly Pick<LoadedFile, 'kind' | 'gzip'>[]): Weights {
  const weights: Weights = { html: 0, css: 0, js: 0, other: 0, total: 0 };
  for (const file of files) {
    weights[file.kind] += file.gzip;
    weights.total += file.gzip;
  }
  return weights;
}

/**
 * Follows the page's requests: which same-origin files it fetched, and whether any is still in
 * flight. "Quiet" is no request in flight for `quietMs`: scripts that import further modules
 * start the next request well within that, even on a busy machine, and the wait is on that
 * state, not on a fixed time.
 */
function followRequests(page: Page) {
  const inFlight = new Set<Request>();
  /** Resource type by URL, in the order first fetched. */
  const fetched = new Map<string, string>();
  let lastChange = Date.now();
  const settle = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  page.on('requestfailed', settle);
  page.on('requestfinished', (request) => {
    settle(request);
    if (!fetched.has(request.url())) fetched.set(request.url(), request.resourceType());
  });
  return {
    fetched,
    /** Waits for a full `quietMs` with no request in flight, counted from now. */
    async quiet(quietMs = 500, limitMs = 30_000) {
      const started = Date.now();
      lastChange = started;
      while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() - started > limitMs)
          throw new Error(
            `Requests still in flight after ${String(limitMs)} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Scrolls a screen at a time to the foot of the page, letting what comes into view load. */
async function scrollToFoot(page: Page, quiet: () => Promise<void>) {
  for (let screen = 0; screen < 500; screen += 1) {
    // At the foot when a screen's scroll no longer moves the page. Instant: the course asks for
    // smooth scrolling, which would still be under way when the position is read.
    const atFoot = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy({ top: Math.round(window.innerHeight * 0.75), behavior: 'instant' });
      return window.scrollY <= before;
    });
    // Two frames: the browser has checked what came into view (IntersectionObserver) and queued
    // the callbacks that load it, before the wait for quiet begins.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => {
            requestAnimationFrame(() => {
              resolve();
            });
          });
        }),
    );
    await quiet();
    if (atFoot) return;
  }
  throw new Error('The page did not end after 500 screens');
}

/**
 * Islands still waiting for their code: Astro's (`ssr` until hydrated) and any element marked
 * `data-island-pending` by the course's own hydration (the quiz).
 */
const pendingIslands = 'astro-island[ssr], [data-island-pending]';

export interface MeasureOptions {
  /** Built site the server serves. */
  dist: string;
  /** Uses the page's widgets once scrolled (a search, say); nothing by default. */
  use?: (page: Page) => Promise<void>;
}

/** Opens `path` in `page` and measures what it downloads at load, and in all once scrolled and used. */
export async function measurePage(
  page: Page,
  path: string,
  { dist, use }: MeasureOptions,
): Promise<PageLoad> {
  const requests = followRequests(page);
  const response = await page.goto(path);
  if (!response?.ok()) throw new Error(`${path} answered ${String(response?.status())}`);
  const { origin } = new URL(page.url());
  await page.waitForLoadState('load');
  await requests.quiet();
  const atLoad = new Set(requests.fetched.keys());

  await scrollToFoot(page, () => requests.quiet());
  await page
    .waitForFunction((selector) => document.querySelectorAll(selector).length === 0, pendingIslands)
    .catch(async (error: unknown) => {
      const pending = await page.evaluate(
        (selector) =>
          [...document.querySelectorAll(selector)].map((island) => island.outerHTML.slice(0, 200)),
        pendingIslands,
      );
      throw new Error(`${path}: islands never loaded: ${pending.join('\n')}`, { cause: error });
    });
  await requests.quiet();
  if (use) {
    await use(page);
    await requests.quiet();
  }

  // Only the site's own files: nothing else may be fetched (tests/e2e/privacy.spec.ts).
  const files = [...requests.fetched].flatMap(([url, resourceType]): LoadedFile[] => {
    const { origin: from, pathname: sitePath } = new URL(url);
    const file = from === origin ? distFile(dist, sitePath) : undefined;
    if (!file) return [];
    const when = atLoad.has(url) ? ('load' as const) : ('use' as const);
    const kind = fileKind(resourceType, sitePath);
    if (kind !== 'html') return [{ path: sitePath, kind, gzip: gzipBytes(file), when }];
    // A page's own scripts count as JavaScript, not HTML, wherever they are written.
    const { html, scripts } = splitInlineScripts(readFileSync(file, 'utf8'));
    return [
      { path: sitePath, kind, gzip: gzipText(html), when },
      ...scripts.map((script, index) => ({
        path: `${sitePath}#inline-script-${String(index + 1)}`,
        kind: 'js' as const,
        gzip: gzipText(script),
        when,
      })),
    ];
  });
  return {
    page: path,
    atLoad: weigh(files.filter((file) => file.when === 'load')),
    afterUse: weigh(files),
    files: files.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || b.gzip - a.gzip),
  };
}
