// The course facts an LMS session works from (LmsRules), as the launch page carries them: the
// build writes them as JSON into the course frame's data-rules attribute (src/package/launch.astro)
// and the launch script reads them here. They decide what completion, pass or fail and score reach
// the gradebook, so a damaged value is refused and reported, never used.
// zod's tree-shakable build, already in the launch page for the stored progress (progress/wire.ts).
import * as z from 'zod/mini';
import type { LmsRules } from './tracking';

const id = z.string().check(z.minLength(1));

const rulesSchema = z
  .strictObject({
    lessonIds: z.array(id).check(z.minLength(1)),
    knowledgeChecks: z.record(id, id),
    lessonCompletion: z.strictObject({ reachEnd: z.boolean(), submitKnowledgeCheck: z.boolean() }),
    quizIds: z.array(id),
    postTestId: id,
    passMark: z.number().check(z.minimum(0), z.maximum(1)),
  })
  .check(
    z.refine((rules) => rules.quizIds.includes(rules.postTestId), { path: ['postTestId'] }),
    z.refine(
      (rules) =>
        Object.entries(rules.knowledgeChecks).every(
          ([lessonId, quizId]) => rules.lessonIds.includes(lessonId) && rules.quizIds.includes(quizId),
        ),
      {
        path: ['knowledgeChecks'],
        message: 'a knowledge check of a lesson or quiz the course does not have',
      },
    ),
  );

export type RulesReading = { ok: true; rules: LmsRules } | { ok: false; problem: string };

/** The rules in `text` (data-rules), or what is wrong with them, naming each field. */
export function readLmsRules(text: string | undefined): RulesReading {
  if (text === undefined) return { ok: false, problem: 'no data-rules attribute' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'data-rules is not JSON' };
  }
  const parsed = rulesSchema.safeParse(value);
  if (parsed.success) return { ok: true, rules: parsed.data };
  const fields = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field ${issue.keys.join(', ')}`
      : `${issue.path.join('.') || 'the whole value'}: ${issue.message}`,
  );
  return { ok: false, problem: `data-rules is not valid (${fields.join('; ')})` };
}
