// `npm run lint:items`: the item linter (src/lib/quiz/lint.ts) on the course's quiz files and
// lessons, printing the per-quiz report and every finding; exits 1 on any error. The library code
// imports without file extensions, as Vite resolves them, so it is loaded through Vite's runner.
import { runnerImport } from 'vite';
import { projectRoot } from './build-runner.ts';

type Collections = typeof import('../src/lib/content/collections');
type LintFiles = typeof import('../src/lib/quiz/lint-files');
type LintReport = typeof import('../src/lib/quiz/lint-report');

const load = async <T>(path: string): Promise<T> =>
  (await runnerImport<T>(`${projectRoot}${path}`, { configFile: false, logLevel: 'error' })).module;

const { quizContent, readContent } = await load<Collections>('src/lib/content/collections.ts');
const { lintCourseFiles } = await load<LintFiles>('src/lib/quiz/lint-files.ts');
const { formatLintReport } = await load<LintReport>('src/lib/quiz/lint-report.ts');

const result = lintCourseFiles(projectRoot, readContent(quizContent, projectRoot));
console.log(formatLintReport(result));
if (result.findings.some((finding) => finding.severity === 'error')) process.exit(1);
