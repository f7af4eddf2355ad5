// Lighthouse (mobile settings, its default) over one page of each kind, served by `astro preview`
// from dist/ as a static host would. Used by `npm run bench`; not part of `npm test`, because
// scores move with the machine's load and targets belong in the bench, not in timed tests.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { astroCli, projectRoot } from './build-runner.ts';
import { chromiumArgs, findChromium } from './chromium.ts';
import { median } from './median.ts';

/** One page of each kind the course has. */
export const pageTypes = {
  home: '/',
  lesson: '/lessons/how-clonus-happens/',
  'quiz list': '/quizzes/',
  'topic quiz': '/quizzes/topic-mechanism/',
  'post-test': '/post-test/',
  progress: '/progress/',
  evaluation: '/evaluation/',
  certificate: '/certificate/',
  report: '/report/',
  handout: '/handout/',
  glossary: '/glossary/',
  'instructor guide': '/instructor/',
  'assignment builder': '/instructor/assign/',
};

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Where the bench serves the site: away from the browser tests' 4321. */
const previewPort = 4399;
// Scores move from run to run; Lighthouse's own advice is the median of several runs.
const runsPerPage = 3;

export interface PageScores {
  type: string;
  path: string;
  /** 0 to 100 per category. */
  scores: Record<string, number>;
  metrics: { blockingMs: number; layoutShift: number; largestPaintMs: number };
  /** Titles of the audits scored below 90. */
  failing: string[];
}

async function waitFor(url: string, attempts = 120) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

const metric = (run: Result, id: string) => run.audits[id]?.numericValue ?? 0;

/**
 * The run closest to the median first paint and the median time to interactive, the earliest and
 * latest moments of a load: Lighthouse's own way of picking a representative run, which its
 * public API does not export. A median score alone could come from an outlying load.
 */
export function medianRun(runs: Result[]): Result {
  const firstPaint = median(runs.map((run) => metric(run, 'first-contentful-paint')));
  const interactive = median(runs.map((run) => metric(run, 'interactive')));
  const distance = (run: Result) =>
    Math.hypot(metric(run, 'first-contentful-paint') - firstPaint, metric(run, 'interactive') - interactive);
  const [closest] = [...runs].sort((a, b) => distance(a) - distance(b));
  if (!closest) throw new Error('No Lighthouse run to choose from');
  return closest;
}

/**
 * Scores (0-100) per page type and category from the median of a few runs, that run's loading
 * figures (blocking time, layout shift, largest paint), and each audit it scored below 90.
 */
/**
 * `astro preview` of dist/ on `port`, as a static host serves it, once it answers; `close` stops it.
 * Only one preview may run per project at a time.
 */
export async function servePreview(port = previewPort): Promise<{ origin: string; close: () => void }> {
  const server = spawn(
    process.execPath,
    [astroCli(), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: projectRoot, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${String(port)}`;
  try {
    await waitFor(`${origin}/`);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { origin, close: () => server.kill() };
}

/** Runs Lighthouse against a site already served at `origin` (see `servePreview`). */
export async function runLighthouse(origin: string): Promise<PageScores[]> {
  const chromePath = findChromium();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const results: PageScores[] = [];
    for (const [type, path] of Object.entries(pageTypes)) {
      const runs: Result[] = [];
      for (let attempt = 0; attempt < runsPerPage; attempt += 1) {
        const run = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          onlyCategories: categories,
          logLevel: 'error',
          output: 'json',
        });
        if (!run?.lhr || run.lhr.runtimeError)
          throw new Error(
            `Lighthouse could not load ${path}: ${run?.lhr.runtimeError?.message ?? 'no result'}`,
          );
        runs.push(run.lhr);
      }
      const lhr = medianRun(runs);
      const scores = Object.fromEntries(
        categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      );
      const failing = Object.values(lhr.audits)
        .filter(
          (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
        )
        .map((audit) => audit.title);
      const metrics = {
        blockingMs: Math.round(metric(lhr, 'total-blocking-time')),
        layoutShift: Number(metric(lhr, 'cumulative-layout-shift').toFixed(3)),
        largestPaintMs: Math.round(metric(lhr, 'largest-contentful-paint')),
      };
      results.push({ type, path, scores, metrics, failing });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
