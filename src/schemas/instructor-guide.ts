import { z } from 'astro/zod';

/**
 * Class material for one lesson in `src/content/instructor-guide.yaml`, under `lessons:` keyed by
 * lesson id. Unknown fields are refused; the build checks every lesson has an entry and every
 * entry names a lesson (`src/lib/instructor-guide.ts`).
 */
export const lessonGuideSchema = z.strictObject({
  /** Questions for class discussion, consistent with the source. 2 to 4. */
  prompts: z.array(z.string().trim().min(10)).min(2).max(4),
  /** A clinical scenario for class use, built only from source facts. */
  scenario: z.strictObject({
    /** Shown as the scenario's heading. */
    title: z.string().trim().min(3),
    /** The situation, in a short paragraph. */
    text: z.string().trim().min(40),
    /** 2 to 3 questions about the scenario. */
    questions: z.array(z.string().trim().min(10)).min(2).max(3),
    /** How to guide the answers, traceable to the source. */
    answerNotes: z.string().trim().min(20),
  }),
});

export type LessonGuide = z.infer<typeof lessonGuideSchema>;
