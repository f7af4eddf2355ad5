import { z } from 'astro/zod';
import { sourceHeadings } from './source-headings';

/**
 * Verbs that name something a learner can be observed doing. An objective that starts with
 * "Understand" or "Know" cannot be assessed, so the schema refuses it.
 */
export const measurableVerbs = [
  'Classify',
  'Compare',
  'Define',
  'Describe',
  'Differentiate',
  'Distinguish',
  'Explain',
  'Identify',
  'List',
  'Match',
  'Name',
  'Outline',
  'Prioritize',
  'Recognize',
  'Relate',
  'Select',
  'State',
  'Summarize',
] as const;

const measurableObjective = z
  .string()
  .trim()
  .min(10, 'An objective needs a full sentence.')
  .refine((text) => measurableVerbs.some((verb) => text.startsWith(`${verb} `)), {
    message: `An objective must start with a measurable verb: ${measurableVerbs.join(', ')}.`,
  });

/** Frontmatter of a lesson in `src/content/lessons/*.mdx`. Unknown fields are refused. */
export const lessonSchema = z.strictObject({
  /** Lesson title, shown as the page's only h1 and in the course outline. */
  title: z.string().trim().min(3),
  /**
   * Position in the course, from 1. Orders across all lessons must be unique and without gaps
   * (checked over the whole collection by `lessonOrderProblems` in `src/lib/lesson-order.ts`).
   */
  order: z.int().min(1),
  /** One or two sentences for the course outline, faithful to the source. */
  summary: z.string().trim().min(20).max(300),
  /** What the learner will be able to do, each starting with a measurable verb. 1 to 6. */
  objectives: z.array(measurableObjective).min(1).max(6),
  /** Estimated study time in whole minutes (reading plus the knowledge check). */
  minutes: z.int().min(1).max(120),
  /** Headings of the clinical source this lesson covers, spelled as in the source. At least one. */
  sourceHeadings: z.array(z.enum(sourceHeadings)).min(1),
  /** Terms the lesson teaches, lower case, for the glossary and search. May be empty. */
  keyTerms: z.array(z.string().trim().min(2)).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
