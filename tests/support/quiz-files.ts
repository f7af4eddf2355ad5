// Reads the quiz files and lesson sources the way the build does, for tests that check them
// without building the site.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { lessonAnchors } from '../../src/lib/lesson-anchors';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';

const root = resolve(import.meta.dirname, '../..');
export const quizzesFolder = join(root, 'src', 'quizzes');
const lessonsFolder = join(root, 'src', 'content', 'lessons');

export interface QuizFile {
  id: string;
  file: string;
  raw: unknown;
}

export function quizFiles(): QuizFile[] {
  return readdirSync(quizzesFolder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      file: `src/quizzes/${file}`,
      raw: parse(readFileSync(join(quizzesFolder, file), 'utf8')) as unknown,
    }));
}

/** Every quiz file parsed by the schema; throws with the file and the issues if one is invalid. */
export function parsedQuizzes(): (QuizFile & { quiz: Quiz })[] {
  return quizFiles().map((entry) => {
    const result = quizSchema.safeParse(entry.raw);
    if (!result.success) {
      const issues = result.error.issues
        .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
        .join('\n');
      throw new Error(`${entry.file} is invalid:\n${issues}`);
    }
    return { ...entry, quiz: result.data };
  });
}

export function anchorsByLesson(): Map<string, string[]> {
  return new Map(
    readdirSync(lessonsFolder)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => [
        file.replace(/\.mdx$/, ''),
        lessonAnchors(readFileSync(join(lessonsFolder, file), 'utf8')),
      ]),
  );
}
