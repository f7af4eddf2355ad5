import { z } from 'astro/zod';

/** One kind of learner the course serves, shown on the course home. */
const audienceSchema = z.strictObject({
  /** Who they are, e.g. "Nursing students". */
  name: z.string().trim().min(3),
  /** What the course offers them, one sentence. */
  offer: z.string().trim().min(10),
});

const retakesError = "postTestRetakes is 'unlimited' or a whole number of retakes from 0 to 20.";

/** Course-wide metadata in `src/course.ts`: what the course is and who it is for. */
export const courseSchema = z.strictObject({
  /** Full course title, the home page's h1 and the suffix of every page title. */
  title: z.string().trim().min(3),
  /** One paragraph that says what the course covers; also the pages' meta description. */
  description: z.string().trim().min(20).max(300),
  /** BCP 47 language tag of the course text. @default "en" */
  lang: z.string().default('en'),
  /** What a learner will be able to do after the whole course, each a measurable statement. */
  outcomes: z.array(z.string().trim().min(10)).min(1),
  /** The kinds of learner the course serves. At least one. */
  audiences: z.array(audienceSchema).min(1),
  /**
   * What completes a lesson, applied by `src/lib/progress/completion.ts` to every status mark,
   * the course bar, the certificate gate, the completion report and the LMS completion.
   * @default { reachEnd: true, submitKnowledgeCheck: true }
   */
  lessonCompletion: z
    .strictObject({
      /** The learner has reached the lesson's end: its navigation, after the knowledge check, came on screen. */
      reachEnd: z.boolean(),
      /** The learner has submitted the lesson's knowledge check: every item answered, any score. */
      submitKnowledgeCheck: z.boolean(),
    })
    .refine((rule) => rule.reachEnd || rule.submitKnowledgeCheck, {
      message: 'A lesson needs at least one step to complete: reachEnd, submitKnowledgeCheck or both.',
    })
    .default({ reachEnd: true, submitKnowledgeCheck: true }),
  /**
   * Estimated minutes of study per quiz item, for the topic quizzes and one post-test sitting
   * (lessons state their own minutes, knowledge checks included). The certificate's contact hours
   * are derived from these stated times (`src/lib/contact-hours.ts`), never typed.
   * @default 1
   */
  minutesPerQuizItem: z.number().positive().max(10).default(1),
  /** Who provides the course, as the certificate names them. */
  provider: z.string().trim().min(2),
  /**
   * The provider's statement printed on the certificate. Say only what is true: no
   * accreditation is claimed unless a body has granted one.
   */
  providerStatement: z.string().trim().min(10),
  /** Share of post-test points needed to pass, 0 to 1. @default 0.8 */
  postTestPassMark: z.number().min(0).max(1).default(0.8),
  /**
   * Retakes of the post-test allowed after the first sitting: `'unlimited'`, or a whole number
   * (0: one sitting, no retake). Stated to the learner before the first sitting and enforced
   * (src/lib/quiz/retakes.ts); each retake shares no question with the sitting before it.
   * @default 'unlimited'
   */
  postTestRetakes: z
    .union([z.literal('unlimited'), z.int().min(0, retakesError).max(20, retakesError)], {
      error: retakesError,
    })
    .default('unlimited'),
  /** Where every clinical statement comes from, shown on every page's footer. */
  sourceStatement: z.string().trim().min(10),
});

export type Course = z.infer<typeof courseSchema>;
