// What of the item linter fails the build: every error (lint.ts), an evidence passage that is not
// in the source among them. Warnings are for `npm run lint:items` to report.
import type { Finding, LintResult } from './lint';

/** A finding as one line, naming the file and the item. */
export function findingLine(finding: Finding): string {
  const item = finding.itemId === '' ? '' : ` item "${finding.itemId}":`;
  return `${finding.file}:${item} ${finding.message} [${finding.rule}]`;
}

/** The lines the build fails with: each naming the file and the item. */
export function lintBuildProblems(result: LintResult): string[] {
  return result.findings.filter((finding) => finding.severity === 'error').map(findingLine);
}
