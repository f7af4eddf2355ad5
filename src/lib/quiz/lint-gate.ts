// Which of the item linter's errors fail the build. An evidence passage that is not in the source
// always does: it would put words in the source's mouth. The other errors (lint.ts) fail the build
// once the rewritten banks are merged and clean; until then `npm run lint:items` reports them.
import type { Finding, LintResult } from './lint';

/**
 * Do item-lint errors fail the build? Flip to `true` when the rewritten quiz banks are merged
 * (issue 15): from then on every error of `npm run lint:items` stops `npm run build`.
 */
export const itemLintErrorsFailBuild = false;

/** Errors that fail the build whatever the gate says. */
const alwaysFatal = new Set(['evidence-not-in-source']);

/** A finding as one line, naming the file and the item. */
export function findingLine(finding: Finding): string {
  const item = finding.itemId === '' ? '' : ` item "${finding.itemId}":`;
  return `${finding.file}:${item} ${finding.message} [${finding.rule}]`;
}

/** The lines the build fails with: each naming the file and the item. */
export function lintBuildProblems(result: LintResult, enforce = itemLintErrorsFailBuild): string[] {
  return result.findings
    .filter((finding) => finding.severity === 'error' && (enforce || alwaysFatal.has(finding.rule)))
    .map(findingLine);
}
