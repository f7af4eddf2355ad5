// Lighthouse (mobile settings, its default) over one page of each kind, served by `astro preview`
// from dist/ as a static host would. Used by `npm run bench`; not part of `npm test`, because
// scores move with the machine's load and targets belong in the bench, not in timed tests.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { astroCli, projectRoot } from './site-weight.mjs';

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
const port = 4399;
// Scores move from run to run; Lighthouse's own advice is the median of several runs.
const runsPerPage = 3;

async function waitFor(url, attempts = 60) {
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

/**
 * Scores (0-100) per page type and category from the median of a few runs, that run's loading
 * figures (blocking time, layout shift, largest paint), and each audit it scored below 90.
 */
export async function runLighthouse() {
  const server = spawn(
    process.execPath,
    [astroCli(), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: projectRoot, stdio: 'ignore' },
  );
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    await waitFor(`http://127.0.0.1:${String(port)}/`);
    const results = [];
    for (const [type, path] of Object.entries(pageTypes)) {
      const runs = [];
      for (let attempt = 0; attempt < runsPerPage; attempt += 1) {
        const run = await lighthouse(`http://127.0.0.1:${String(port)}${path}`, {
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
      const lhr = computeMedianRun(runs);
      const scores = Object.fromEntries(
        categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      );
      const failing = Object.values(lhr.audits)
        .filter(
          (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
        )
        .map((audit) => audit.title);
      const metric = (id) => Math.round(lhr.audits[id]?.numericValue ?? 0);
      const metrics = {
        blockingMs: metric('total-blocking-time'),
        layoutShift: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        largestPaintMs: metric('largest-contentful-paint'),
      };
      results.push({ type, path, scores, metrics, failing });
    }
    return results;
  } finally {
    chrome.kill();
    server.kill();
  }
}
