// The item linter on the course's own files: the quiz files (already read and validated) and the
// lessons' "Apply it" scenarios read from disk. Build time only (node:fs through content/read.ts).
import type { Quiz } from '../../schemas/quiz';
import { applyItScenario } from '../content/apply-it';
import { contentLocations as at } from '../content/locations';
import { fileId, filesIn, readText } from '../content/read';
import { lintCourse, type LintResult } from './lint';
import { quizBank, scenarioBank, type LintBank } from './lint-view';

/** A quiz file as the content layer gives it. */
export interface QuizFileEntry {
  id: string;
  file: string;
  data: Pick<Quiz, 'kind' | 'items'>;
}

/** The course's banks: each quiz file, and each lesson's scenario. */
export function courseBanks(root: string, quizzes: readonly QuizFileEntry[]): LintBank[] {
  const scenarios = filesIn(root, at.lessons, '.mdx').flatMap((file) => {
    const scenario = applyItScenario(readText(root, file));
    return scenario ? [scenarioBank(file, fileId(file), scenario)] : [];
  });
  return [...quizzes.map(({ file, id, data }) => quizBank(file, id, data)), ...scenarios];
}

/** The linter's findings and report on the course's files. */
export function lintCourseFiles(root: string, quizzes: readonly QuizFileEntry[]): LintResult {
  return lintCourse(courseBanks(root, quizzes), readText(root, at.source));
}
