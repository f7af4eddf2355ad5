// The item linter's report as `npm run lint:items` prints it: a table of the quizzes, the course's
// blueprint by clinical-judgement step, the near-copies, then every finding naming file and item.
import { judgementSteps } from '../../schemas/quiz-items';
import type { LintResult, QuizReport } from './lint';
import { findingLine } from './lint-gate';

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`);

function quizLine(report: QuizReport): string {
  const types = Object.entries(report.byType)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  const { count, of, expected } = report.keyLongest;
  const { steps, recall, untagged } = report.judgement;
  return [
    `${report.file} (${report.kind}): ${report.items} items (${types})`,
    `    key longest: ${count} of ${of} (${percent(count, of)}; chance ${expected.toFixed(1)})`,
    `    clinical judgement: ${steps} of ${report.items} (${percent(steps, report.items)}); recall ${recall}, untagged ${untagged}`,
    `    near-duplicates with other banks: ${report.nearDuplicates}`,
  ].join('\n');
}

/** The whole report as text. */
export function formatLintReport(result: LintResult): string {
  const reports = result.reports;
  const total = (pick: (report: QuizReport) => number) =>
    reports.reduce((sum, report) => sum + pick(report), 0);
  const items = total((report) => report.items);
  const byType: Record<string, number> = {};
  for (const report of reports)
    for (const [type, count] of Object.entries(report.byType)) byType[type] = (byType[type] ?? 0) + count;
  const longest = total((report) => report.keyLongest.count);
  const singles = total((report) => report.keyLongest.of);
  const steps = total((report) => report.judgement.steps);
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  const warnings = result.findings.filter((finding) => finding.severity === 'warning');
  const lines = [
    'Item linter report',
    '',
    ...reports.map(quizLine),
    '',
    `Course: ${items} items (${Object.entries(byType)
      .map(([type, count]) => `${type} ${count}`)
      .join(', ')})`,
    `  key longest: ${longest} of ${singles} single-answer questions (${percent(longest, singles)})`,
    `  clinical judgement: ${steps} of ${items} (${percent(steps, items)})`,
    `  by step: ${[...judgementSteps, 'recall', 'untagged'].map((step) => `${step} ${result.steps[step] ?? 0}`).join(', ')}`,
    `  near-duplicate pairs across banks: ${result.nearDuplicates.length}`,
    ...result.nearDuplicates.map(
      (pair) =>
        `    ${pair.a.file} "${pair.a.itemId}" ~ ${pair.b.file} "${pair.b.itemId}" (${pair.compared}, ${pair.score.toFixed(2)})`,
    ),
    '',
    `Errors (${errors.length}):`,
    ...errors.map((finding) => `  ${findingLine(finding)}`),
    '',
    `Warnings (${warnings.length}):`,
    ...warnings.map((finding) => `  ${findingLine(finding)}`),
  ];
  return lines.join('\n');
}
