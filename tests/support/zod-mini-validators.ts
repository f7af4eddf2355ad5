// The browser's validators as they were with zod/mini (before issue 16 moved them to checks of our own),
// kept word for word as a reference: tests/unit/fuzz/validators.test.ts checks that our
// schemas accept and refuse exactly what these did, and tests/dist/validator-weight.test.ts
// bundles them to show the weight check can fail (zod/mini's core alone is over the budget).
// Never imported by src/: zod stays out of the browser.
import * as z from 'zod/mini';
import { checkLearnerName } from '../../src/lib/certificate/name';
import { commentLimit } from '../../src/lib/progress/model';

// src/lib/progress/wire.ts
const time = z.int().check(z.minimum(0), z.maximum(2 ** 32));
const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const count = z.int().check(z.minimum(0), z.maximum(10_000_000));
const itemsWire = z.string().check(z.regex(/^(?:[a-z0-9][a-z0-9-]{0,63}:[cpi](?:,(?!$)|$))*$/));
const attemptTag = z.string().check(z.regex(/^[a-z0-9]{1,8}$/));
const attemptFields = [time, count, count, z.int().check(z.minimum(1)), itemsWire] as const;
const itemIdsWire = z.string().check(z.regex(/^(?:[a-z0-9][a-z0-9-]{0,63}(?:,(?!$)|$))*$/));
const learnerName = z.string().check(
  z.refine((name) => {
    const checked = checkLearnerName(name);
    return checked.ok && checked.name === name;
  }, 'not a name as the course keeps it'),
);

export const wire = {
  time,
  slug,
  lessonWire: z.tuple([time, time, count]),
  locationWire: z.tuple([slug, z.union([slug, z.literal('')]), time]),
  attemptWire: z
    .union([z.tuple([...attemptFields]), z.tuple([...attemptFields, attemptTag])])
    .check(z.refine(([, , score, max]) => score <= max, 'score above max')),
  sittingWire: z.tuple([z.int().check(z.minimum(1), z.maximum(10_000)), time, itemIdsWire]),
  evaluationWire: z.tuple([
    time,
    z.string().check(z.regex(/^[ypn]{0,20}$/)),
    z.int().check(z.minimum(1), z.maximum(5)),
    z.string().check(z.maxLength(commentLimit)),
  ]),
  learnerWire: z.tuple([learnerName, time]),
  recordWire: z.object({
    v: z.literal(4),
    r: time,
    l: z.record(z.string(), z.unknown()),
    p: z.optional(z.unknown()),
    q: z.record(z.string(), z.unknown()),
    s: z.optional(z.record(z.string(), z.unknown())),
    c: z.optional(time),
    e: z.optional(z.unknown()),
    n: z.optional(z.unknown()),
  }),
};

// src/lib/quiz/draft.ts
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const ids = z.array(id).check(z.maxLength(200));
const response = z.union([
  z.object({ type: z.literal('single'), choice: z.optional(id) }),
  z.object({ type: z.literal('multiple'), choices: ids }),
  z.object({ type: z.literal('matrix'), rows: z.record(id, id) }),
  z.object({ type: z.literal('ordering'), order: ids }),
  z.object({ type: z.literal('highlight'), selected: ids }),
  z.object({ type: z.enum(['cloze', 'rationale']), blanks: z.record(id, id) }),
  z.object({ type: z.literal('bowtie'), condition: z.optional(id), actions: ids, parameters: ids }),
]);
const draftCount = z.int().check(z.minimum(0), z.maximum(2 ** 32));
const itemDraft = z.object({
  attempt: z.int().check(z.minimum(0), z.maximum(20)),
  response,
  checked: z.boolean(),
});

export const draft = {
  id,
  quizDraft: z
    .object({
      startedAt: draftCount,
      savedAt: draftCount,
      seed: draftCount,
      itemIds: ids.check(z.minLength(1)),
      items: z.record(id, itemDraft),
      flagged: z.optional(ids),
      current: z.optional(z.int().check(z.minimum(0))),
    })
    .check(
      z.refine(
        (draft) =>
          (draft.flagged ?? []).every((flag) => draft.itemIds.includes(flag)) &&
          (draft.current ?? 0) < draft.itemIds.length,
        'flags and place within the sitting',
      ),
    ),
  draftsWire: z.object({ v: z.literal(1), d: z.record(z.string(), z.unknown()) }),
};

// src/lib/assignment/link.ts
export const link = {
  payloadSchema: z.object({
    v: z.literal(1),
    c: z.string(),
    d: z.string(),
    l: z.array(slug).check(z.maxLength(50)),
    q: z.array(slug).check(z.maxLength(50)),
  }),
};

// src/lib/lms/rules.ts
const nonEmpty = z.string().check(z.minLength(1));
export const rules = {
  rulesSchema: z
    .strictObject({
      lessonIds: z.array(nonEmpty).check(z.minLength(1)),
      knowledgeChecks: z.record(nonEmpty, nonEmpty),
      lessonCompletion: z.strictObject({ reachEnd: z.boolean(), submitKnowledgeCheck: z.boolean() }),
      quizIds: z.array(nonEmpty),
      postTestId: nonEmpty,
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
    ),
};
