// `npm run bench`: builds the course and reports what each page weighs and how long the build
// took, as a table here and as JSON in bench/results.json. Budgets come from bench/budgets.json.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile, versions } from '../integrations/lms/files.ts';
import { buildSite, projectRoot } from './build-runner.ts';
import { runLighthouse } from './lighthouse.ts';
import { median } from './median.ts';
import { benchSyntheticCourse } from './scale.ts';
import { measureSite, type Bytes } from './site-weight.ts';
import { bundleWeight } from './validator-weight.ts';

/** Gzip bytes a page may weigh, per kind; bench/budgets.json. */
type Budget = Record<'html' | 'css' | 'js' | 'total', number>;
interface BudgetFile {
  perPage: Budget;
  pages?: Record<string, Partial<Budget>>;
  /** The browser's validators bundled alone (scripts/validator-weight.ts). */
  validation: { js: number };
}

const dist = join(projectRoot, 'dist');
const budgetFile = JSON.parse(readFileSync(join(projectRoot, 'bench', 'budgets.json'), 'utf8')) as BudgetFile;
const budgets = budgetFile.perPage;
const budgetFor = (page: string, kind: keyof Budget) => budgetFile.pages?.[page]?.[kind] ?? budgets[kind];

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

const pages = measureSite(dist);
const overBudget = pages.flatMap((page) =>
  (['html', 'css', 'js', 'total'] as const)
    .filter((kind) => page[kind].gzip > budgetFor(page.page, kind))
    .map(
      (kind) =>
        `${page.page}: ${kind} ${String(page[kind].gzip)} B gzip > budget ${String(budgetFor(page.page, kind))} B`,
    ),
);

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
const pair = ({ raw, gzip }: Bytes) => `${kb(raw)} ${kb(gzip)}`;
console.log(`\nBuild: ${buildSeconds.toFixed(2)} s for ${String(pages.length)} pages\n`);
console.log(
  `${'page'.padEnd(34)} ${'HTML raw/gz KB'.padStart(14)}  ${'CSS raw/gz KB'.padStart(14)}  ${'JS raw/gz KB'.padStart(14)}  ${'total raw/gz KB'.padStart(15)}`,
);
for (const page of pages) {
  console.log(
    `${page.page.padEnd(34)} ${pair(page.html)}  ${pair(page.css)}  ${pair(page.js)}  ${pair(page.total).padStart(15)}`,
  );
}
const site = folderBytes(dist);
console.log(`\nWhole site: ${String(site.files)} files, ${kb(site.bytes).trim()} KB on disk`);
console.log(
  overBudget.length === 0 ? 'Every page is within its budget.' : `Over budget:\n  ${overBudget.join('\n  ')}`,
);
const validation = await bundleWeight();
console.log(
  `Validation in the browser: ${String(validation.gzip)} B gzip (budget ${String(budgetFile.validation.js)})`,
);

// The LMS packages: the same course built as files with relative links, zipped per version.
const { ok: packaged, seconds: packageSeconds } = buildSite({ env: { COURSE_BUILD: 'lms' } });
if (!packaged) {
  console.error('The LMS packages failed to build.');
  process.exit(1);
}
const packages = versions.map((version) => ({ version, bytes: statSync(packageFile(version)).size }));
console.log(`\nLMS packages (built and zipped in ${packageSeconds.toFixed(2)} s):`);
for (const { version, bytes } of packages) console.log(`  ${version.padEnd(10)} ${kb(bytes).trim()} KB zip`);

// Lighthouse, mobile settings, one page of each kind (scripts/lighthouse.ts).
console.log('\nLighthouse (mobile, median of 3 runs)');
console.log(`  ${''.padEnd(20)}perf a11y  b-p  seo   blocking  shift  largest paint`);
const lighthouse = await runLighthouse();
for (const { type, scores, metrics, failing } of lighthouse) {
  const row = Object.values(scores)
    .map((score) => String(score).padStart(4))
    .join(' ');
  const figures = `${String(metrics.blockingMs).padStart(7)} ms${String(metrics.layoutShift).padStart(7)}${String(metrics.largestPaintMs).padStart(10)} ms`;
  console.log(
    `  ${type.padEnd(20)}${row}${figures}${failing.length > 0 ? `   below 90: ${failing.join('; ')}` : ''}`,
  );
}

// The same code with a synthetic course of 200 lessons and 200 quizzes (scripts/scale.ts).
const scale = benchSyntheticCourse();
const lessonPages = pages.filter((page) => page.page.startsWith('/lessons/'));
const realMedian = median(lessonPages.map((page) => page.total.gzip));
console.log('\nScaling: this course next to a synthetic one');
console.log(
  `  ${'course'.padEnd(34)}${'lessons'.padStart(8)}${'pages'.padStart(7)}${'build s'.padStart(9)}${'median lesson KB gz'.padStart(21)}  largest page`,
);
console.log(
  `  ${'this course'.padEnd(34)}${String(lessonPages.length).padStart(8)}${String(pages.length).padStart(7)}${buildSeconds.toFixed(2).padStart(9)}${kb(realMedian).padStart(21)}`,
);
console.log(
  `  ${`synthetic (${String(scale.quizzes)} quizzes)`.padEnd(34)}${String(scale.lessons).padStart(8)}${String(scale.pages).padStart(7)}${scale.buildSeconds.toFixed(2).padStart(9)}${kb(scale.medianLessonGzip).padStart(21)}  ${scale.largestPage.page} ${kb(scale.largestPage.total.gzip).trim()} KB gz`,
);

mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(
  join(projectRoot, 'bench', 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, buildSeconds, site, budgets, overBudget, pages, validation, packageSeconds, packages, lighthouse, scale }, null, 2)}\n`,
);
console.log('Written to bench/results.json');
