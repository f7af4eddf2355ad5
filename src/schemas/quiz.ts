import { z } from 'astro/zod';
import { scoredItems } from '../lib/quiz/entries';
import { quizEntry } from './quiz-items';

export { scoredItems };

/** Topics of the quizzes the course is built around; `case` is the unfolding case study. */
export const quizTopics = ['mechanism', 'causes', 'red-flags', 'case'] as const;

/** What every quiz file has, whatever its kind. */
const quizBase = {
  /** Shown as the quiz's heading. */
  title: z.string().trim().min(3),
  /** One or two sentences on what the quiz covers. */
  description: z.string().trim().min(10),
  /** Tries per item before the answer is shown. @default 2 */
  attempts: z.int().min(1).max(5).default(2),
  /** Share of points needed to pass, 0 to 1. @default 0.8 */
  passMark: z.number().min(0).max(1).default(0.8),
  items: z.array(quizEntry).min(1),
};

interface QuizBase {
  items: z.infer<typeof quizEntry>[];
}

/** Item ids are unique in a quiz, case studies and their items included. */
function uniqueItemIds(quiz: QuizBase, ctx: z.RefinementCtx): void {
  const ids = quiz.items.flatMap((entry) =>
    entry.type === 'case-study' ? [entry.id, ...entry.items.map((item) => item.id)] : [entry.id],
  );
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `Item id "${id}" is used more than once in this quiz.`,
      });
    seen.add(id);
  }
}

/** A knowledge check closes a lesson: 3 to 5 items, shown at the end of that lesson's page. */
export const knowledgeCheckSchema = z
  .strictObject({
    kind: z.literal('knowledge-check'),
    /** The lesson it closes (its file name without .mdx). */
    lesson: z
      .string({ error: 'A knowledge check names the lesson it closes.' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'A lesson id is its file name without .mdx.'),
    ...quizBase,
  })
  .superRefine((quiz, ctx) => {
    uniqueItemIds(quiz, ctx);
    const scored = scoredItems(quiz.items).length;
    if (scored < 3 || scored > 5)
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `A knowledge check has 3 to 5 items; this one has ${String(scored)}.`,
      });
  });

/** A topic quiz stands on its own page under /quizzes/. */
export const topicQuizSchema = z
  .strictObject({
    kind: z.literal('topic'),
    /** The topic it reviews. */
    topic: z.enum(quizTopics, { error: `A topic quiz names its topic: one of ${quizTopics.join(', ')}.` }),
    ...quizBase,
  })
  .superRefine(uniqueItemIds);

/**
 * The post-test is a bank: each sitting draws `draw` items from it, balanced across lessons. It
 * holds single items, not case studies, so any item can be drawn alone.
 */
export const postTestSchema = z
  .strictObject({
    kind: z.literal('post-test'),
    /** How many items each sitting draws from the bank. */
    draw: z.int({ error: 'A post-test says how many items each sitting draws (draw).' }).min(1),
    ...quizBase,
  })
  .superRefine((quiz, ctx) => {
    uniqueItemIds(quiz, ctx);
    const scored = scoredItems(quiz.items).length;
    if (quiz.draw > scored)
      ctx.addIssue({
        code: 'custom',
        path: ['draw'],
        message: `A post-test draws between 1 and its ${String(scored)} items.`,
      });
    if (quiz.items.some((entry) => entry.type === 'case-study'))
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'A post-test bank holds single items, not case studies, so any item can be drawn alone.',
      });
  });

/** A quiz file in `src/quizzes/*.yaml`, by its `kind`. Its id is the file name. */
export const quizSchema = z.discriminatedUnion('kind', [
  knowledgeCheckSchema,
  topicQuizSchema,
  postTestSchema,
]);

export type Quiz = z.infer<typeof quizSchema>;
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
export type TopicQuiz = z.infer<typeof topicQuizSchema>;
export type PostTestBank = z.infer<typeof postTestSchema>;
