// `npm run bench`: builds the course and reports, as tables here and as JSON in bench/results.json:
// - what each page downloads in a browser as it opens and once scrolled and used (gzip), against
//   the budgets in bench/budgets.json, and next to H5P and Adapt;
// - the build time, the LMS packages, Lighthouse (mobile, median of three runs per page kind);
// - the same code building a synthetic course of 200 lessons, to show it scales linearly.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { packageFile, versions } from '../integrations/lms/files.ts';
import { measurePage, type PageLoad } from './browser-weight.ts';
import { heaviestOfEachKind, isLesson, overBudget, pageKind, readBudgets } from './budgets.ts';
import { buildSite, projectRoot } from './build-runner.ts';
import { chromiumArgs, findChromium } from './chromium.ts';
import { runLighthouse, servePreview } from './lighthouse.ts';
import { median } from './median.ts';
import { benchSyntheticCourse, scaleLimits } from './scale.ts';
import { htmlFiles, measureSite, pagePath } from './site-weight.ts';
import { bundleWeight } from './validator-weight.ts';

/**
 * What other systems ship for a comparable page, gzip JavaScript (issue 16; see also
 * ../shared/guide/the-bar.md): an H5P quiz needs at least 116 KB, Adapt's libraries 253 KB
 * before any course content.
 */
const anchors = [
  { name: 'H5P quiz', kb: 116 },
  { name: 'Adapt libraries', kb: 253 },
] as const;

const dist = join(projectRoot, 'dist');
const budgets = readBudgets(projectRoot);

const { ok: built, seconds: buildSeconds } = buildSite();
if (!built) {
  console.error('The build failed; nothing to measure.');
  process.exit(1);
}

function folderBytes(folder: string) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (total, entry) => ({
        files: total.files + 1,
        bytes: total.bytes + statSync(join(entry.parentPath, entry.name)).size,
      }),
      { files: 0, bytes: 0 },
    );
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const cell = (text: string, width: number) => text.padStart(width);

/** Every page measured in a browser, as the budget test does (tests/e2e/budgets.spec.ts). */
async function measureInBrowser(origin: string): Promise<PageLoad[]> {
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const loads: PageLoad[] = [];
    for (const path of htmlFiles(dist)
      .map((file) => pagePath(dist, file))
      .sort()) {
      // Service workers off, as in the tests: the offline worker would precache the whole course.
      const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
      const page = await context.newPage();
      const use =
        path === '/search/'
          ? async () => {
              await page.getByRole('searchbox', { name: 'Search the lessons' }).fill('clonus');
              await page.keyboard.press('Enter');
              await page
                .getByRole('main')
                .getByRole('status')
                .filter({ hasText: /results? for/ })
                .waitFor();
            }
          : undefined;
      loads.push(await measurePage(page, path, { dist, ...(use ? { use } : {}) }));
      await context.close();
    }
    return loads;
  } finally {
    await browser.close();
  }
}

const preview = await servePreview();
let loads: PageLoad[];
let lighthouse: Awaited<ReturnType<typeof runLighthouse>>;
try {
  loads = await measureInBrowser(preview.origin);

  console.log(`\nBuild: ${buildSeconds.toFixed(2)} s for ${String(loads.length)} pages`);
  console.log(
    '\nWhat a browser downloads, KB gzip (at load; and in all, once scrolled to the foot and used)',
  );
  console.log(
    `${'page'.padEnd(30)}${cell('JS at load', 11)}${cell('HTML', 7)}${cell('CSS', 6)}${cell('JS', 7)}${cell('other', 7)}${cell('in all', 8)}`,
  );
  for (const { page, atLoad, afterUse } of loads)
    console.log(
      `${page.padEnd(30)}${cell(kb(atLoad.js), 11)}${cell(kb(afterUse.html), 7)}${cell(kb(afterUse.css), 6)}${cell(kb(afterUse.js), 7)}${cell(kb(afterUse.other), 7)}${cell(kb(afterUse.total), 8)}`,
    );
  const over = loads.flatMap((load) => overBudget(load, budgets));
  console.log(
    over.length === 0 ? 'Every page is within its budget.' : `Over budget:\n  ${over.join('\n  ')}`,
  );

  console.log('\nJavaScript next to other systems (the heaviest page of each kind, in all)');
  console.log(
    `${'page kind'.padEnd(30)}${cell('JS KB', 7)}${anchors.map((anchor) => cell(`vs ${anchor.name} ${String(anchor.kb)} KB`, 28)).join('')}`,
  );
  for (const { page, afterUse } of heaviestOfEachKind(loads)) {
    // A kind that is a single page is named by it; a kind of many, with the page measured.
    const kind = pageKind(page) === page ? page : `${pageKind(page)} (${page})`;
    const ratios = anchors.map((anchor) =>
      cell(afterUse.js === 0 ? 'no JS' : `${((anchor.kb * 1024) / afterUse.js).toFixed(1)}x lighter`, 28),
    );
    console.log(`${kind.slice(0, 29).padEnd(30)}${cell(kb(afterUse.js), 7)}${ratios.join('')}`);
  }

  // Lighthouse, mobile settings, one page of each kind (scripts/lighthouse.ts).
  console.log('\nLighthouse (mobile, median of 3 runs)');
  console.log(`  ${''.padEnd(20)}perf a11y  b-p  seo   blocking  shift  largest paint`);
  lighthouse = await runLighthouse(preview.origin);
  for (const { type, scores, metrics, failing } of lighthouse) {
    const row = Object.values(scores)
      .map((score) => String(score).padStart(4))
      .join(' ');
    const figures = `${String(metrics.blockingMs).padStart(7)} ms${String(metrics.layoutShift).padStart(7)}${String(metrics.largestPaintMs).padStart(10)} ms`;
    console.log(
      `  ${type.padEnd(20)}${row}${figures}${failing.length > 0 ? `   below 90: ${failing.join('; ')}` : ''}`,
    );
  }
  const short = lighthouse.filter(({ scores }) => Object.values(scores).some((score) => score < 100));
  console.log(
    short.length === 0
      ? '  Every page kind scores 100 in all four categories.'
      : `  Below 100: ${short.map(({ type }) => type).join(', ')}`,
  );
} finally {
  preview.close();
}

// The browser's validators bundled on their own (scripts/validator-weight.ts).
const validation = await bundleWeight();
console.log(
  `\nValidation in the browser: ${String(validation.gzip)} B gzip (budget ${String(budgets.validation.js)}, goal 2048)`,
);

const site = folderBytes(dist);
console.log(`\nWhole site: ${String(site.files)} files, ${kb(site.bytes)} KB on disk`);

// The LMS packages: the same course built as files with relative links, zipped per version.
const { ok: packaged, seconds: packageSeconds } = buildSite({ env: { COURSE_BUILD: 'lms' } });
if (!packaged) {
  console.error('The LMS packages failed to build.');
  process.exit(1);
}
const packages = versions.map((version) => ({ version, bytes: statSync(packageFile(version)).size }));
console.log(`\nLMS packages (built and zipped in ${packageSeconds.toFixed(2)} s):`);
for (const { version, bytes } of packages) console.log(`  ${version.padEnd(10)} ${kb(bytes)} KB zip`);

// The same code with a synthetic course of 200 lessons and 200 quizzes (scripts/scale.ts). Both
// courses are weighed from their built files (scripts/site-weight.ts), the same way, so the
// median lesson can be compared without serving the synthetic one.
const scale = benchSyntheticCourse();
const realMedian = median(
  measureSite(dist)
    .filter((page) => isLesson(page.page))
    .map((page) => page.total.gzip),
);
const timeRatio = scale.buildSeconds / buildSeconds;
console.log('\nScaling: this course next to a synthetic one');
console.log(
  `  ${'course'.padEnd(34)}${'lessons'.padStart(8)}${'pages'.padStart(7)}${'build s'.padStart(9)}${'median lesson KB gz'.padStart(21)}`,
);
console.log(
  `  ${'this course'.padEnd(34)}${String(loads.filter((load) => isLesson(load.page)).length).padStart(8)}${String(loads.length).padStart(7)}${buildSeconds.toFixed(2).padStart(9)}${kb(realMedian).padStart(21)}`,
);
console.log(
  `  ${`synthetic (${String(scale.quizzes)} quizzes)`.padEnd(34)}${String(scale.lessons).padStart(8)}${String(scale.pages).padStart(7)}${scale.buildSeconds.toFixed(2).padStart(9)}${kb(scale.medianLessonGzip).padStart(21)}`,
);
const scalesLinearly =
  timeRatio <= scaleLimits.buildTimeRatio &&
  scale.medianLessonGzip <= realMedian * scaleLimits.lessonWeightRatio;
console.log(
  `  Build time ${timeRatio.toFixed(2)}x for ${(scale.lessons / loads.filter((load) => isLesson(load.page)).length).toFixed(0)}x the lessons (limit ${String(scaleLimits.buildTimeRatio)}x); median lesson ${((scale.medianLessonGzip / realMedian) * 100).toFixed(0)}% of this course's: ${scalesLinearly ? 'within the limits' : 'OUTSIDE the limits'}.`,
);

mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(
  join(projectRoot, 'bench', 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, buildSeconds, site, budgets, loads, anchors, validation, packageSeconds, packages, lighthouse, scale: { ...scale, timeRatio, realMedianLessonGzip: realMedian, scalesLinearly } }, null, 2)}\n`,
);
console.log('Written to bench/results.json');
