import { z } from 'astro/zod';
import { scoredItems } from '../lib/quiz/entries';
import { quizEntry } from './quiz-items';

export { scoredItems };

/** Topics of the three quizzes the course is built around. */
export const quizTopics = ['mechanism', 'causes', 'red-flags'] as const;

/** A quiz file in `src/quizzes/*.yaml`. Its id is the file name. */
export const quizSchema = z
  .strictObject({
    /** Shown as the quiz's heading. */
    title: z.string().trim().min(3),
    /**
     * A knowledge check closes a lesson; a topic quiz stands on its own page; the post-test is a
     * bank from which each attempt draws `draw` items, balanced across lessons.
     */
    kind: z.enum(['knowledge-check', 'topic', 'post-test']),
    /** For a knowledge check: the lesson it closes. */
    lesson: z.string().optional(),
    /** For a topic quiz: its topic. */
    topic: z.enum(quizTopics).optional(),
    /** One or two sentences on what the quiz covers. */
    description: z.string().trim().min(10),
    /** Tries per item before the answer is shown. @default 2 */
    attempts: z.int().min(1).max(5).default(2),
    /** Share of points needed to pass, 0 to 1. @default 0.8 */
    passMark: z.number().min(0).max(1).default(0.8),
    /** For the post-test: how many items each attempt draws from the bank. */
    draw: z.int().min(1).optional(),
    items: z.array(quizEntry).min(1),
  })
  .superRefine((quiz, ctx) => {
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
    const scored = scoredItems(quiz.items).length;
    if (quiz.kind === 'knowledge-check') {
      if (!quiz.lesson)
        ctx.addIssue({
          code: 'custom',
          path: ['lesson'],
          message: 'A knowledge check names the lesson it closes.',
        });
      if (scored < 3 || scored > 5)
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `A knowledge check has 3 to 5 items; this one has ${String(scored)}.`,
        });
    }
    if (quiz.kind === 'post-test') {
      if (quiz.draw === undefined || quiz.draw > scored)
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
    }
    if (quiz.kind === 'topic' && !quiz.topic)
      ctx.addIssue({ code: 'custom', path: ['topic'], message: 'A topic quiz names its topic.' });
  });

export type Quiz = z.infer<typeof quizSchema>;
