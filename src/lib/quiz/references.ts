// Checks of the quiz collection as a whole, which no single quiz's schema can make: that every
// reference points at a lesson section that exists, and that no lesson has two knowledge checks.
// Plain functions over plain data, run by the quiz loader (src/content.config.ts) and by tests.
import type { Quiz } from '../../schemas/quiz';
import { scoredItems } from './entries';

/** A quiz as read, with the file it came from for messages. */
export interface QuizFile {
  file: string;
  /** What the checks read: any quiz's kind and items, and a knowledge check's lesson. */
  quiz: { kind: Quiz['kind']; lesson?: string | undefined; items: Quiz['items'] };
}

/**
 * Problems with quizzes' references to lessons: an unknown lesson or section, naming the file and
 * the item. `anchors` maps each lesson id to its anchors (see src/lib/content/lesson-mdx.ts).
 */
export function quizRefProblems(
  quizzes: readonly QuizFile[],
  anchors: ReadonlyMap<string, readonly string[]>,
): string[] {
  const problems: string[] = [];
  for (const { file, quiz } of quizzes) {
    if (quiz.lesson !== undefined && !anchors.has(quiz.lesson)) {
      problems.push(`${file}: field "lesson": there is no lesson "${quiz.lesson}".`);
    }
    for (const { id, ref } of scoredItems(quiz.items)) {
      const known = anchors.get(ref.lesson);
      if (!known)
        problems.push(`${file}: item "${id}", field "ref.lesson": there is no lesson "${ref.lesson}".`);
      else if (!known.includes(ref.section)) {
        problems.push(
          `${file}: item "${id}", field "ref.section": lesson "${ref.lesson}" has no section "${ref.section}" (it has: ${known.join(', ')}).`,
        );
      }
    }
  }
  return problems;
}

/** Knowledge checks that claim a lesson another knowledge check already closes, naming both files. */
export function knowledgeCheckProblems(quizzes: readonly QuizFile[]): string[] {
  const checks = quizzes.filter(({ quiz }) => quiz.kind === 'knowledge-check');
  return checks.flatMap(({ file, quiz }) => {
    const others = checks.filter((other) => other.quiz.lesson === quiz.lesson && other.file !== file);
    return others.length === 0
      ? []
      : [
          `${file}: field "lesson": lesson "${String(quiz.lesson)}" already has a knowledge check (${others.map((other) => other.file).join(', ')}).`,
        ];
  });
}

/** Every problem of the quiz collection as a whole. */
export function quizCollectionProblems(
  quizzes: readonly QuizFile[],
  anchors: ReadonlyMap<string, readonly string[]>,
): string[] {
  return [...quizRefProblems(quizzes, anchors), ...knowledgeCheckProblems(quizzes)];
}
