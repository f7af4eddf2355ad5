// One zod schema per NCLEX-style item type, discriminated by `type`. Every choice carries its
// rationale (why right, why wrong) and every item names the lesson section it draws on.
// Refinements name the item's id so an authoring mistake is easy to find in its file.
import { z } from 'astro/zod';
import { bowTieKeyed } from '../lib/quiz/bowtie';

/** Ids of items, options, rows and steps: short lower-case slugs, unique where they live. */
export const itemId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,23}$/, 'Use a short lower-case id: letters, digits, hyphens.');
const text = z.string().trim().min(1);

/** The lesson section an item draws on; the build checks it exists. */
export const sectionRef = z.strictObject({
  /** Lesson id (its file name without .mdx). */
  lesson: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Heading anchor in that lesson, e.g. "the-reflex-loop", or "key-points". */
  section: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
});

/**
 * The step of the NCSBN Clinical Judgment Measurement Model an item assesses, or `recall` for an
 * item that asks only to remember a fact. The item linter (lib/quiz/lint.ts) requires most topic
 * quiz and post-test items to assess a step, and every step to appear across the course.
 */
export const judgementSteps = [
  'recognize-cues',
  'analyze-cues',
  'prioritize-hypotheses',
  'generate-solutions',
  'take-action',
  'evaluate-outcomes',
] as const;
export const judgement = z.enum([...judgementSteps, 'recall']);

const itemBase = {
  /** Unique within its quiz, case studies included. */
  id: itemId,
  /** The question: one clear task. */
  stem: text,
  ref: sectionRef,
  /** Tries before the answer is shown. @default the quiz's `attempts` */
  attempts: z.int().min(1).max(5).optional(),
  /**
   * Passages of the clinical source, word for word (white space aside), that support the key.
   * The build finds each one in src/source/clonus.txt and fails naming the file and the item.
   */
  evidence: z.array(z.string().trim().min(12)).min(1).optional(),
  /** The clinical-judgement step the item assesses (see `judgementSteps`), or `recall`. */
  judgement: judgement.optional(),
};

/** A choice in a single-answer or select-all item. */
const choice = z.strictObject({
  id: itemId,
  text,
  /** Is this a keyed (right) answer? @default false */
  correct: z.boolean().default(false),
  /** Why it is right or wrong, shown after the learner checks. */
  rationale: text,
});

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

/** The rules a list of keyed choices shares: option ids unique, and the keyed count in range. */
function checkChoices(
  item: { id: string; options: { id: string; correct: boolean }[] },
  ctx: z.RefinementCtx,
  keyed: (count: number, total: number) => string | undefined,
): void {
  const count = item.options.filter((option) => option.correct).length;
  const problem = keyed(count, item.options.length);
  if (problem) ctx.addIssue({ code: 'custom', path: ['options'], message: `Item "${item.id}" ${problem}` });
  if (!uniqueIds(item.options.map((option) => option.id))) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `Item "${item.id}" has option ids that collide.`,
    });
  }
}

/** Single best answer, scored 0/1. Exactly one choice is keyed. */
export const singleItem = z
  .strictObject({ type: z.literal('single'), ...itemBase, options: z.array(choice).min(3).max(6) })
  .superRefine((item, ctx) => {
    checkChoices(item, ctx, (count) =>
      count === 1 ? undefined : `must have exactly one correct option; it has ${String(count)}.`,
    );
  });

/** Select all that apply, scored +/-: +1 per keyed choice picked, -1 per other picked, never below 0. */
export const multipleItem = z
  .strictObject({ type: z.literal('multiple'), ...itemBase, options: z.array(choice).min(4).max(8) })
  .superRefine((item, ctx) => {
    checkChoices(item, ctx, (count, total) =>
      count === 0
        ? 'has no correct option.'
        : count === total
          ? 'keys every option; keep at least one distractor.'
          : undefined,
    );
  });

/** Matrix (grid): one choice per row, scored 0/1 per row. */
export const matrixItem = z
  .strictObject({
    type: z.literal('matrix'),
    ...itemBase,
    columns: z
      .array(z.strictObject({ id: itemId, text }))
      .min(2)
      .max(5),
    rows: z
      .array(
        z.strictObject({
          id: itemId,
          text,
          /** Id of the column that is right for this row. */
          answer: itemId,
          rationale: text,
        }),
      )
      .min(2)
      .max(8),
  })
  .superRefine((item, ctx) => {
    const columns = new Set(item.columns.map((column) => column.id));
    item.rows.forEach((row, index) => {
      if (!columns.has(row.answer))
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'answer'],
          message: `Item "${item.id}", row "${row.id}" has no answer among the columns (${[...columns].join(', ')}).`,
        });
    });
    if (!uniqueIds(item.rows.map((row) => row.id)) || columns.size !== item.columns.length)
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: `Item "${item.id}" has row or column ids that collide.`,
      });
  });

/**
 * Ordering: put steps in order. Steps are written in the right order and shuffled for the
 * learner. Partial credit: one point for each pair of neighbouring steps in the right order, so
 * one misplaced step costs little; all right scores steps − 1.
 */
export const orderingItem = z
  .strictObject({
    type: z.literal('ordering'),
    ...itemBase,
    steps: z
      .array(z.strictObject({ id: itemId, text, /** Why this step comes here. */ rationale: text }))
      .min(3)
      .max(7),
  })
  .superRefine((item, ctx) => {
    if (!uniqueIds(item.steps.map((step) => step.id)) || !uniqueIds(item.steps.map((step) => step.text))) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `Item "${item.id}" has duplicate steps.` });
    }
  });

/** A phrase of a highlight passage the learner may select. */
const highlightPhrase = z.strictObject({
  id: itemId,
  text,
  correct: z.boolean().default(false),
  rationale: text,
});

/**
 * Highlight: select the findings in a short clinical note that matter, scored +/- like select
 * all. The passage is plain text interleaved with selectable phrases.
 */
export const highlightItem = z
  .strictObject({
    type: z.literal('highlight'),
    ...itemBase,
    passage: z.array(z.union([z.string(), highlightPhrase])).min(3),
  })
  .superRefine((item, ctx) => {
    const phrases = item.passage.filter((part) => typeof part !== 'string');
    if (!phrases.some((phrase) => phrase.correct))
      ctx.addIssue({
        code: 'custom',
        path: ['passage'],
        message: `Item "${item.id}" has no correct phrase to highlight.`,
      });
    if (phrases.every((phrase) => phrase.correct))
      ctx.addIssue({
        code: 'custom',
        path: ['passage'],
        message: `Item "${item.id}" keys every phrase; keep at least one distractor.`,
      });
    if (!uniqueIds(phrases.map((phrase) => phrase.id)))
      ctx.addIssue({
        code: 'custom',
        path: ['passage'],
        message: `Item "${item.id}" has phrase ids that collide.`,
      });
  });

/**
 * A drop-down in a cloze or rationale item: a native select whose options are short phrases,
 * exactly one of them keyed. Options have the shape of any other choice (`text`, `correct`), so
 * the item linter reads them like a single answer's options.
 */
const dropdown = z.strictObject({
  id: itemId,
  options: z
    .array(
      z.strictObject({
        id: itemId,
        text,
        /** Is this the right option here? @default false */
        correct: z.boolean().default(false),
      }),
    )
    .min(3)
    .max(6),
  /** Why the keyed option is right and the others wrong, shown once the item is finished. */
  rationale: text,
});

/** The rules a passage of text and drop-downs shares: ids unique, answers among the options. */
function checkDropdowns(
  item: { id: string; passage: (string | z.infer<typeof dropdown>)[] },
  ctx: z.RefinementCtx,
  count: { min: number; max: number },
): void {
  const dropdowns = item.passage.filter((part) => typeof part !== 'string');
  if (dropdowns.length < count.min || dropdowns.length > count.max)
    ctx.addIssue({
      code: 'custom',
      path: ['passage'],
      message: `Item "${item.id}" needs ${count.min === count.max ? String(count.min) : `${String(count.min)} to ${String(count.max)}`} drop-downs; it has ${String(dropdowns.length)}.`,
    });
  if (!uniqueIds(dropdowns.map((part) => part.id)))
    ctx.addIssue({
      code: 'custom',
      path: ['passage'],
      message: `Item "${item.id}" has drop-down ids that collide.`,
    });
  for (const part of dropdowns) {
    const ids = part.options.map((option) => option.id);
    const keyed = part.options.filter((option) => option.correct).length;
    if (keyed !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['passage'],
        message: `Item "${item.id}", drop-down "${part.id}" must key exactly one option; it keys ${String(keyed)}.`,
      });
    if (!uniqueIds(ids) || !uniqueIds(part.options.map((option) => option.text)))
      ctx.addIssue({
        code: 'custom',
        path: ['passage'],
        message: `Item "${item.id}", drop-down "${part.id}" has options that collide.`,
      });
  }
}

/**
 * Drop-down cloze: a sentence or a clinical note with one or more drop-downs, scored 0/1 per
 * drop-down. The passage is plain text interleaved with drop-downs.
 */
export const clozeItem = z
  .strictObject({
    type: z.literal('cloze'),
    ...itemBase,
    passage: z.array(z.union([z.string(), dropdown])).min(2),
  })
  .superRefine((item, ctx) => {
    checkDropdowns(item, ctx, { min: 1, max: 6 });
  });

/**
 * Drop-down rationale: a linked cause-and-effect pair (or a cause and two effects), e.g. "The
 * client is at risk for [A] as evidenced by [B]". NCSBN's rationale rule: 1 point only when every
 * drop-down is right, else 0.
 */
export const rationaleItem = z
  .strictObject({
    type: z.literal('rationale'),
    ...itemBase,
    passage: z.array(z.union([z.string(), dropdown])).min(2),
  })
  .superRefine((item, ctx) => {
    checkDropdowns(item, ctx, { min: 2, max: 3 });
  });

/** One side of a bow-tie: its choices and how many of them are keyed. */
const bowTieChoices = (keyed: number) =>
  z
    .array(choice)
    .min(keyed + 2)
    .max(6)
    .superRefine((options, ctx) => {
      const count = options.filter((option) => option.correct).length;
      if (count !== keyed)
        ctx.addIssue({
          code: 'custom',
          message: `A bow-tie keys exactly ${String(keyed)} here; this one keys ${String(count)}.`,
        });
    });

/**
 * Bow-tie: the condition most likely (1 of several) in the middle, 2 actions to take on the left
 * and 2 parameters to monitor on the right; scored 0/1 per part, 5 points in all. Option ids are
 * unique across the three parts, so a verdict names its option alone.
 */
export const bowTieItem = z
  .strictObject({
    type: z.literal('bowtie'),
    ...itemBase,
    condition: bowTieChoices(bowTieKeyed.condition),
    actions: bowTieChoices(bowTieKeyed.actions),
    parameters: bowTieChoices(bowTieKeyed.parameters),
  })
  .superRefine((item, ctx) => {
    const ids = [...item.condition, ...item.actions, ...item.parameters].map((option) => option.id);
    if (!uniqueIds(ids))
      ctx.addIssue({
        code: 'custom',
        path: ['condition'],
        message: `Item "${item.id}" has option ids that collide across condition, actions and parameters.`,
      });
  });

/** Any scored item. */
export const scoredItem = z.discriminatedUnion('type', [
  singleItem,
  multipleItem,
  matrixItem,
  orderingItem,
  highlightItem,
  clozeItem,
  rationaleItem,
  bowTieItem,
]);

/**
 * A case study: a short clinical vignette shared by several scored items. An unfolding case study
 * gains information as it goes: `updates` maps an item's id to what is learned just before it
 * (new findings, the result of an action), added to the vignette when the learner reaches it.
 */
export const caseStudy = z
  .strictObject({
    type: z.literal('case-study'),
    id: itemId,
    title: text,
    /** The vignette; blank lines separate paragraphs. */
    vignette: text,
    items: z.array(scoredItem).min(2),
    /** What the vignette gains before an item, by that item's id. @default none */
    updates: z.record(itemId, text).optional(),
  })
  .superRefine((study, ctx) => {
    const ids = new Set(study.items.map((item) => item.id));
    for (const id of Object.keys(study.updates ?? {}))
      if (!ids.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['updates', id],
          message: `Case study "${study.id}" has an update for "${id}", which is not one of its items.`,
        });
  });

export const quizEntry = z.discriminatedUnion('type', [
  singleItem,
  multipleItem,
  matrixItem,
  orderingItem,
  highlightItem,
  clozeItem,
  rationaleItem,
  bowTieItem,
  caseStudy,
]);

export type SingleItem = z.infer<typeof singleItem>;
export type MultipleItem = z.infer<typeof multipleItem>;
export type MatrixItem = z.infer<typeof matrixItem>;
export type OrderingItem = z.infer<typeof orderingItem>;
export type HighlightItem = z.infer<typeof highlightItem>;
export type ClozeItem = z.infer<typeof clozeItem>;
export type RationaleItem = z.infer<typeof rationaleItem>;
export type BowTieItem = z.infer<typeof bowTieItem>;
/** A drop-down of a cloze or rationale item. */
export type Dropdown = z.infer<typeof dropdown>;
export type JudgementStep = z.infer<typeof judgement>;
export type ScoredItem = z.infer<typeof scoredItem>;
export type CaseStudy = z.infer<typeof caseStudy>;
export type QuizEntry = z.infer<typeof quizEntry>;
export type SectionRef = z.infer<typeof sectionRef>;
