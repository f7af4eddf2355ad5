import { z } from 'astro/zod';

/** Lower case words joined by single hyphens: a URL fragment that never needs escaping. */
const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lower case letters, digits and single hyphens (e.g. "muscle-tone").',
  );

/** Characters that would be markup in MDX or HTML: a definition is shown as plain text. */
const markup = /[<>*_`[\]{}#]/;

/** Sentence ends: a full stop, question or exclamation mark followed by a space or the end. */
function sentenceCount(text: string): number {
  return text.match(/[.!?](?=\s|$)/g)?.length ?? 0;
}

/**
 * One term of the glossary in `src/content/glossary.yaml` (a YAML list; each entry's `id` is its
 * key, unique in the file). Unknown fields are refused. Whether `source` is really in the source,
 * `lesson`/`section` really exist and every `<Term id>` in the lessons is known is checked over
 * the whole collection by the glossary loader (`src/lib/glossary.ts`).
 */
export const glossaryTermSchema = z.strictObject({
  /**
   * The term's anchor on the glossary page (`/glossary/#spasticity`) and the id `<Term id>` uses
   * in lessons. Lower case with hyphens; unique in the file.
   */
  id: slug,
  /** The term as the glossary lists it, with a capital first letter ("Muscle tone"). */
  term: z.string().trim().min(2).max(60),
  /** Other forms the lessons use ("reflexes", "MS"), shown beside the term. @default [] */
  aliases: z.array(z.string().trim().min(2).max(60)).default([]),
  /**
   * What the term means, in plain text (no markup): one or two sentences ending with a full stop,
   * consistent with the clinical source and claiming nothing it does not support.
   */
  definition: z
    .string()
    .trim()
    .min(20)
    .max(320)
    .refine((text) => !markup.test(text), { message: 'A definition is plain text: no markup characters.' })
    .refine((text) => /[.!?]$/.test(text), { message: 'A definition ends with a full stop.' })
    .refine((text) => sentenceCount(text) <= 2, { message: 'A definition has one or two sentences.' }),
  /**
   * An exact quote of `src/source/clonus.txt` that supports the definition (white space may differ).
   * Checked against the source at build.
   */
  source: z.string().trim().min(10),
  /** The id of the lesson that teaches the term (its file name without `.mdx`). */
  lesson: slug,
  /** The anchor of the lesson section that teaches it (`## Muscle tone and spasticity` → `muscle-tone-and-spasticity`). */
  section: slug,
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
