import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/schemas/quiz';
import { scoredItem } from '../../../src/schemas/quiz-items';
import { rawCase, rawItems } from '../../support/quiz-fixtures';

/** Messages of a failed parse, or [] when it succeeds. */
const problems = (
  schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

const quiz = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  title: 'A quiz',
  kind: 'topic',
  topic: 'mechanism',
  description: 'A quiz for the tests.',
  items,
  ...extra,
});

describe('quiz item schemas', () => {
  it.each(Object.entries(rawItems))('accept a sound %s item', (_type, raw) => {
    expect(problems(scoredItem, raw)).toEqual([]);
  });

  it('default options to not keyed and items to no own attempt count', () => {
    const parsed = scoredItem.parse(rawItems.single);
    expect(parsed.type === 'single' && parsed.options[1]?.correct).toBe(false);
    expect(parsed.attempts).toBeUndefined();
  });

  it.each([
    [
      'single',
      { ...rawItems.single, options: rawItems.single.options.map((o) => ({ ...o, correct: false })) },
      /"s1" must have exactly one correct option; it has 0/,
    ],
    [
      'single with two keys',
      { ...rawItems.single, options: rawItems.single.options.map((o) => ({ ...o, correct: true })) },
      /it has 3/,
    ],
    [
      'multiple',
      { ...rawItems.multiple, options: rawItems.multiple.options.map((o) => ({ ...o, correct: false })) },
      /"m1" has no correct option/,
    ],
    [
      'highlight',
      { ...rawItems.highlight, passage: ['Only text', 'and more', 'text'] },
      /"h1" has no correct phrase/,
    ],
  ])('refuse a %s item with no correct answer, naming the item', (_case, raw, message) => {
    expect(problems(scoredItem, raw).join(' ')).toMatch(message);
  });

  it('refuses option ids that collide', () => {
    const raw = {
      ...rawItems.single,
      options: [...rawItems.single.options, { id: 'a', text: 'Again', rationale: 'Again.' }],
    };
    expect(problems(scoredItem, raw).join(' ')).toMatch(/"s1" has option ids that collide/);
  });

  it('refuses a matrix row whose answer is not a column', () => {
    const raw = {
      ...rawItems.matrix,
      rows: [
        ...rawItems.matrix.rows.slice(1),
        { id: 'r9', text: 'Stroke', answer: 'vascular', rationale: 'x' },
      ],
    };
    expect(problems(scoredItem, raw).join(' ')).toMatch(/"x1", row "r9" has no answer among the columns/);
  });

  it('refuses a matrix row with no answer at all', () => {
    const raw = {
      ...rawItems.matrix,
      rows: [{ id: 'r1', text: 'Stroke', rationale: 'x' }, ...rawItems.matrix.rows.slice(1)],
    };
    expect(problems(scoredItem, raw).length).toBeGreaterThan(0);
  });

  it('refuses an ordering with duplicate steps', () => {
    const [first, ...rest] = rawItems.ordering.steps;
    const raw = { ...rawItems.ordering, steps: [first, ...rest, { ...first, id: 'again' }] };
    expect(problems(scoredItem, raw).join(' ')).toMatch(/"o1" has duplicate steps/);
  });

  it('refuses unknown fields', () => {
    expect(problems(scoredItem, { ...rawItems.single, hint: 'x' }).length).toBeGreaterThan(0);
  });
});

describe('quiz schema', () => {
  it('accepts a quiz with a case study and defaults attempts and pass mark', () => {
    const parsed = quizSchema.parse(quiz([rawItems.multiple, rawCase]));
    expect(parsed.attempts).toBe(2);
    expect(parsed.passMark).toBe(0.8);
  });

  it('refuses item ids that collide, case-study items included', () => {
    expect(problems(quizSchema, quiz([rawItems.single, rawCase])).join(' ')).toMatch(
      /Item id "s1" is used more than once/,
    );
  });

  it('holds a knowledge check to its lesson and to 3 to 5 items', () => {
    const check = (items: unknown[], extra = {}) => {
      const { topic: _topic, ...knowledgeCheck } = quiz(items, { kind: 'knowledge-check', ...extra });
      return problems(quizSchema, knowledgeCheck);
    };
    expect(check([rawItems.single, rawItems.multiple, rawItems.matrix])).toEqual([
      'A knowledge check names the lesson it closes.',
    ]);
    expect(check([rawItems.single], { lesson: 'what-is-clonus' }).join(' ')).toMatch(
      /3 to 5 items; this one has 1/,
    );
  });

  it('requires what each kind of quiz needs, and refuses what another kind has', () => {
    expect(problems(quizSchema, quiz([rawItems.single], { topic: undefined }))).toEqual([
      'A topic quiz names its topic: one of mechanism, causes, red-flags, case.',
    ]);
    const { topic: _topic, ...bank } = quiz([rawItems.single], { kind: 'post-test' });
    expect(problems(quizSchema, bank)).toEqual([
      'A post-test says how many items each sitting draws (draw).',
    ]);
    expect(problems(quizSchema, quiz([rawItems.single], { lesson: 'what-is-clonus' })).join(' ')).toMatch(
      /lesson/,
    );
  });

  it('takes evidence and a clinical-judgement step on each item, and refuses an unknown step', () => {
    const tagged = {
      ...rawItems.single,
      evidence: ['Clonus is a neurological sign'],
      judgement: 'recognize-cues',
    };
    expect(problems(quizSchema, quiz([tagged]))).toEqual([]);
    expect(problems(quizSchema, quiz([{ ...tagged, judgement: 'guess' }])).join(' ')).toMatch(
      /judgement|Invalid/,
    );
    expect(problems(quizSchema, quiz([{ ...tagged, evidence: [] }])).join(' ')).toMatch(/1/);
  });

  it('lets an unfolding case study add to its vignette before an item, and only before its own items', () => {
    const unfolding = { ...rawCase, updates: { s1: 'Two hours later, the jerks have stopped.' } };
    expect(problems(quizSchema, quiz([unfolding]))).toEqual([]);
    expect(problems(quizSchema, quiz([{ ...rawCase, updates: { q9: 'Later.' } }]))).toEqual([
      'Case study "case" has an update for "q9", which is not one of its items.',
    ]);
  });
});
