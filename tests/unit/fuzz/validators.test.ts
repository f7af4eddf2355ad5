// The browser's validators moved from zod/mini to checks of our own (src/lib/validation.ts,
// issue 16) and must be exactly as thorough: for values that are, or nearly are, what each
// schema expects (one node replaced, removed or added), our check accepts what the zod/mini
// schema accepted, refuses what it refused, and returns the same value. The zod/mini schemas are kept in tests/support.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { encodeProgress } from '../../../src/lib/progress/wire';
import * as wireSchema from '../../../src/lib/progress/wire-schema';
import * as draftSchema from '../../../src/lib/quiz/draft-schema';
import { payloadSchema } from '../../../src/lib/assignment/link-schema';
import { rulesSchema } from '../../../src/lib/lms/rules-schema';
import * as old from '../../support/zod-mini-validators';
import { courseRecord, hostileRecord } from '../../support/arbitraries';
import { lmsRules } from '../../support/course-records';
import { parse, type Check } from '../../../src/lib/validation';

const numbers = [
  -1,
  -0,
  0,
  0.5,
  0.8,
  1,
  1.5,
  2,
  5,
  6,
  19,
  20,
  21,
  49,
  50,
  51,
  199,
  200,
  201,
  10_000,
  10_001,
  10_000_000,
  10_000_001,
  2 ** 32,
  2 ** 32 + 1,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 60,
  1e308,
];
const ids = ['a', 'q1', 'q2', 'post-test', 'what-is-clonus', 'constructor', 'prototype', '__proto__'];
const strings = [
  ...ids,
  '',
  'A',
  'a-',
  '-a',
  'a_b',
  'x'.repeat(64),
  'x'.repeat(65),
  'q1:c',
  'q1:c,q2:p',
  'q1:c,',
  'q1:x',
  'q1,q2',
  'q1,',
  ',q1',
  'yyp',
  'ypnx',
  'y'.repeat(20),
  'y'.repeat(21),
  'Ada Lovelace',
  ' Ada',
  'Ada  B',
  '1234',
  'abcd1234',
  'abcd12345',
  'a'.repeat(300),
  'a'.repeat(301),
  'single',
  'multiple',
  'matrix',
  'ordering',
  'highlight',
  'cloze',
  'rationale',
  'bowtie',
];
const keys = [
  ...ids,
  'v',
  'r',
  'l',
  'p',
  'q',
  's',
  'c',
  'd',
  'e',
  'n',
  'type',
  'choice',
  'choices',
  'rows',
  'order',
  'selected',
  'blanks',
  'condition',
  'actions',
  'parameters',
  'attempt',
  'response',
  'checked',
  'startedAt',
  'savedAt',
  'seed',
  'itemIds',
  'items',
  'flagged',
  'current',
  'lessonIds',
  'knowledgeChecks',
  'lessonCompletion',
  'reachEnd',
  'submitKnowledgeCheck',
  'quizIds',
  'postTestId',
  'passMark',
];

/** An object as JSON.parse makes it: every key its own, "__proto__" included. */
const objectOf = (entries: readonly (readonly [string, unknown])[]) => Object.fromEntries(entries);

const leaf = fc.oneof(
  fc.constantFrom<unknown>(...numbers, ...strings, true, false, null),
  fc.integer(),
  fc.string({ maxLength: 8 }),
);
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('json'), { maxLength: 7 }),
    fc.array(fc.tuple(fc.constantFrom(...keys), tie('json')), { maxLength: 6 }).map(objectOf),
  ),
}));

/** Every place in a value, as the path to it. */
function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const inner =
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) =>
          placesIn(child, [...path, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [path, ...inner];
}

/** A copy of `value` with the node at `path` replaced, removed, or given a sibling. */
function edit(
  value: unknown,
  path: (string | number)[],
  how: 'replace' | 'remove' | 'add',
  by: unknown,
  key: string,
): unknown {
  if (path.length === 0) {
    if (how === 'replace') return by;
    if (Array.isArray(value)) return how === 'add' ? [...(value as unknown[]), by] : value.slice(0, -1);
    if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      return objectOf(how === 'add' ? [...entries, [key, by]] : entries.slice(1));
    }
    return by;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((child: unknown, index) => (index === head ? edit(child, rest, how, by, key) : child));
  return objectOf(
    Object.entries(value as object).map(([name, child]) => [
      name,
      name === head ? edit(child, rest, how, by, key) : (child as unknown),
    ]),
  );
}

/** Values of a schema's shape, and the same with one edit anywhere in them. */
function nearly(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const edited = fc
    .tuple(
      valid,
      fc.nat(),
      fc.constantFrom('replace', 'remove', 'add' as const),
      json,
      fc.constantFrom(...keys),
    )
    .map(([value, at, how, by, key]) => {
      const places = placesIn(value);
      return edit(value, places[at % places.length] ?? [], how, by, key);
    });
  return fc.oneof(
    { weight: 1, arbitrary: valid },
    { weight: 4, arbitrary: edited },
    { weight: 1, arbitrary: json },
  );
}

function sameVerdicts(
  zodSchema: z.ZodMiniType,
  check: Check<unknown>,
  values: fc.Arbitrary<unknown>,
  numRuns = 2000,
) {
  fc.assert(
    fc.property(values, (value) => {
      const before = zodSchema.safeParse(value);
      const after = parse(check, value);
      expect(after.success, JSON.stringify(value)).toBe(before.success);
      if (before.success && after.success) expect(after.output).toEqual(before.data);
    }),
    { numRuns },
  );
}

const time = fc.constantFrom(0, 1, 1_764_000_000, 2 ** 32);
const itemsText = fc.constantFrom('', 'q1:c', 'q1:c,q2:p,q3:i');
const storedRecord = fc
  .oneof(courseRecord, hostileRecord)
  .map((record) => JSON.parse(encodeProgress(record)) as unknown);

describe('our checks, against the zod/mini ones they replace', { timeout: 30_000 }, () => {
  it('read the stored progress record’s outer shape alike', () => {
    // Whole records are large: fewer of them.
    sameVerdicts(old.wire.recordWire, wireSchema.recordWire, nearly(storedRecord), 200);
  });

  it('read the stored progress record’s entries alike', () => {
    sameVerdicts(old.wire.slug, wireSchema.slug, nearly(fc.constantFrom(...strings)));
    sameVerdicts(
      old.wire.lessonWire,
      wireSchema.lessonWire,
      nearly(fc.tuple(time, time, fc.constantFrom(0, 60))),
    );
    sameVerdicts(
      old.wire.locationWire,
      wireSchema.locationWire,
      nearly(fc.tuple(fc.constantFrom(...ids), fc.constantFrom('', 'definition'), time)),
    );
    sameVerdicts(
      old.wire.attemptWire,
      wireSchema.attemptWire,
      nearly(
        fc
          .tuple(
            time,
            fc.nat(100),
            fc.nat(6),
            fc.integer({ min: 1, max: 5 }),
            itemsText,
            fc.option(fc.constant('ab12')),
          )
          .map(([at, seconds, score, max, items, tag]) => [
            at,
            seconds,
            score,
            max,
            items,
            ...(tag ? [tag] : []),
          ]),
      ),
    );
    sameVerdicts(
      old.wire.sittingWire,
      wireSchema.sittingWire,
      nearly(fc.tuple(fc.constantFrom(1, 2), time, fc.constantFrom('', 'q1', 'q1,q2'))),
    );
    sameVerdicts(
      old.wire.evaluationWire,
      wireSchema.evaluationWire,
      nearly(
        fc.tuple(time, fc.constantFrom('', 'yyp'), fc.constantFrom(1, 5), fc.constantFrom('', 'Clear.')),
      ),
    );
    sameVerdicts(
      old.wire.learnerWire,
      wireSchema.learnerWire,
      nearly(fc.tuple(fc.constantFrom('Ada Lovelace', 'Émilie', ' Ada', 'Ada\u200bB'), time)),
    );
  });

  it('read quiz drafts alike', () => {
    const response = fc.constantFrom<unknown>(
      { type: 'single', choice: 'a' },
      { type: 'single' },
      { type: 'multiple', choices: ['a', 'b'] },
      { type: 'matrix', rows: { r1: 'c1', constructor: 'c2' } },
      { type: 'ordering', order: ['s1', 's2'] },
      { type: 'highlight', selected: [] },
      { type: 'cloze', blanks: { b1: 'o1' } },
      { type: 'rationale', blanks: {} },
      { type: 'bowtie', condition: 'c', actions: ['a1'], parameters: [] },
      { type: 'bowtie', actions: [], parameters: ['p1'] },
    );
    const item = fc.record({ attempt: fc.constantFrom(0, 1, 20), response, checked: fc.boolean() });
    const draft = fc
      .tuple(time, time, fc.nat(), fc.array(item, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.nat(3))
      .map(([startedAt, savedAt, seed, items, flags, current]) => {
        const itemIds = items.map((_, index) => `q${String(index + 1)}`);
        return {
          startedAt,
          savedAt,
          seed,
          itemIds,
          items: objectOf(items.map((one, index) => [itemIds[index] ?? 'q1', one])),
          ...(flags ? { flagged: itemIds.slice(0, 1) } : {}),
          ...(current < itemIds.length ? { current } : {}),
        };
      });
    sameVerdicts(old.draft.quizDraft, draftSchema.quizDraft, nearly(draft));
    sameVerdicts(
      old.draft.draftsWire,
      draftSchema.draftsWire,
      nearly(draft.map((one) => ({ v: 1, d: { 'check-what-is-clonus': one, constructor: one } }))),
    );
    sameVerdicts(old.draft.id, draftSchema.id, nearly(fc.constantFrom(...strings)));
  });

  it('read assignment links alike', () => {
    const payload = fc.record({
      v: fc.constant(1),
      c: fc.constantFrom('', 'Group A'),
      d: fc.constantFrom('2026-12-01', ''),
      l: fc.subarray(ids),
      q: fc.subarray(ids),
    });
    sameVerdicts(old.link.payloadSchema, payloadSchema, nearly(payload));
  });

  it('read the LMS launch rules alike', () => {
    const rules = fc.constantFrom<unknown>(lmsRules, {
      ...lmsRules,
      lessonIds: [...lmsRules.lessonIds, 'constructor'],
      knowledgeChecks: { ...lmsRules.knowledgeChecks, constructor: lmsRules.postTestId },
    });
    sameVerdicts(old.rules.rulesSchema, rulesSchema, nearly(rules));
  });
});
