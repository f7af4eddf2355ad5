// The three NGN item types added for issue 15: drop-down cloze, drop-down rationale and bow-tie.
// Their schemas refuse what cannot be scored; their scoring follows NCSBN's rules (the-bar.md):
// cloze 0/1 per drop-down, rationale 1 only when every part is right, bow-tie 0/1 per part.
import { describe, expect, it } from 'vitest';
import { decodeDrafts, encodeDrafts, responseFits } from '../../../src/lib/quiz/draft';
import { isAnswered, scoreItem } from '../../../src/lib/quiz/scoring';
import { scoredItem } from '../../../src/schemas/quiz-items';
import { items, rawItems } from '../../support/quiz-fixtures';

const problems = (value: unknown) =>
  scoredItem.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('drop-down cloze (0/1 per drop-down)', () => {
  const score = (blanks: Record<string, string>) => scoreItem(items.cloze, { type: 'cloze', blanks });

  it('gives a point per right drop-down', () => {
    expect(score({ d1: 'rhythm', d2: 'stretch' })).toEqual({
      score: 2,
      max: 2,
      outcome: 'correct',
      verdicts: { d1: 'correct', d2: 'correct' },
    });
    expect(score({ d1: 'rhythm', d2: 'meal' })).toMatchObject({
      score: 1,
      outcome: 'partial',
      verdicts: { d1: 'correct', d2: 'incorrect' },
    });
    expect(score({ d1: 'once', d2: 'meal' })).toMatchObject({ score: 0, outcome: 'incorrect' });
  });

  it('marks an unanswered drop-down missed, and needs every drop-down to be answered', () => {
    expect(score({ d2: 'stretch' })).toMatchObject({ score: 1, verdicts: { d1: 'missed' } });
    expect(isAnswered(items.cloze, { type: 'cloze', blanks: { d2: 'stretch' } })).toBe(false);
    expect(isAnswered(items.cloze, { type: 'cloze', blanks: { d1: 'once', d2: 'meal' } })).toBe(true);
  });

  it('scores a response of another type 0', () => {
    expect(scoreItem(items.cloze, { type: 'single', choice: 'rhythm' }).score).toBe(0);
  });
});

describe('drop-down rationale (1 only when both parts are right)', () => {
  const score = (blanks: Record<string, string>) => scoreItem(items.rationale, { type: 'rationale', blanks });

  it('scores 1 when cause and evidence are both right', () => {
    expect(score({ risk: 'falls', sign: 'walk' })).toEqual({
      score: 1,
      max: 1,
      outcome: 'correct',
      verdicts: { risk: 'correct', sign: 'correct' },
    });
  });

  it('scores 0 when either part is wrong, still saying which part was right', () => {
    expect(score({ risk: 'falls', sign: 'eat' })).toEqual({
      score: 0,
      max: 1,
      outcome: 'incorrect',
      verdicts: { risk: 'correct', sign: 'incorrect' },
    });
    expect(score({ risk: 'rash', sign: 'walk' })).toMatchObject({ score: 0, outcome: 'incorrect' });
    expect(score({ risk: 'falls' })).toMatchObject({ score: 0, verdicts: { sign: 'missed' } });
  });
});

describe('bow-tie (0/1 per part, 5 points)', () => {
  const score = (condition: string | undefined, actions: string[], parameters: string[]) =>
    scoreItem(items.bowtie, { type: 'bowtie', condition, actions, parameters });

  it('gives 5 points for the condition, both actions and both parameters', () => {
    expect(score('c-key', ['a-one', 'a-two'], ['p-one', 'p-two'])).toMatchObject({
      score: 5,
      max: 5,
      outcome: 'correct',
    });
  });

  it('gives a point per right part and none for a wrong one', () => {
    expect(score('c-two', ['a-one', 'a-three'], ['p-one', 'p-two'])).toEqual({
      score: 3,
      max: 5,
      outcome: 'partial',
      verdicts: {
        'c-key': 'missed',
        'c-two': 'incorrect',
        'c-three': 'unpicked',
        'a-one': 'correct',
        'a-two': 'missed',
        'a-three': 'incorrect',
        'a-four': 'unpicked',
        'p-one': 'correct',
        'p-two': 'correct',
        'p-three': 'unpicked',
        'p-four': 'unpicked',
      },
    });
    expect(score('c-three', ['a-three', 'a-four'], ['p-three', 'p-four'])).toMatchObject({
      score: 0,
      outcome: 'incorrect',
    });
  });

  it('scores a part with more picks than it takes 0, so picking everything never pays', () => {
    expect(score('c-key', ['a-one', 'a-two', 'a-three', 'a-four'], ['p-one', 'p-two'])).toMatchObject({
      score: 3,
      verdicts: { 'a-one': 'incorrect', 'a-two': 'incorrect' },
    });
  });

  it('can be checked only with one condition, 2 actions and 2 parameters', () => {
    const answered = (condition: string | undefined, actions: string[], parameters: string[]) =>
      isAnswered(items.bowtie, { type: 'bowtie', condition, actions, parameters });
    expect(answered('c-key', ['a-one', 'a-two'], ['p-one', 'p-three'])).toBe(true);
    expect(answered(undefined, ['a-one', 'a-two'], ['p-one', 'p-three'])).toBe(false);
    expect(answered('c-key', ['a-one'], ['p-one', 'p-three'])).toBe(false);
    expect(answered('c-key', ['a-one', 'a-two', 'a-three'], ['p-one', 'p-three'])).toBe(false);
    expect(answered('c-key', ['a-one', 'a-one'], ['p-one', 'p-three'])).toBe(false);
  });
});

describe('schemas of the new types', () => {
  it('accepts the fixtures', () => {
    expect(problems(rawItems.cloze)).toEqual([]);
    expect(problems(rawItems.rationale)).toEqual([]);
    expect(problems(rawItems.bowtie)).toEqual([]);
  });

  it('refuses a drop-down that keys no option, or two', () => {
    const [text, first, ...rest] = rawItems.cloze.passage;
    const keyed = (correct: boolean) => ({
      ...rawItems.cloze,
      passage: [
        text,
        { ...first, options: first.options.map((option) => ({ ...option, correct })) },
        ...rest,
      ],
    });
    expect(problems(keyed(false))).toEqual([
      'Item "c1", drop-down "d1" must key exactly one option; it keys 0.',
    ]);
    expect(problems(keyed(true))).toEqual([
      'Item "c1", drop-down "d1" must key exactly one option; it keys 3.',
    ]);
  });

  it('refuses a cloze with no drop-down, and a rationale with only one', () => {
    expect(problems({ ...rawItems.cloze, passage: ['Just text', ' and more.'] })).toEqual([
      'Item "c1" needs 1 to 6 drop-downs; it has 0.',
    ]);
    const [text, first] = rawItems.rationale.passage;
    expect(problems({ ...rawItems.rationale, passage: [text, first] })).toEqual([
      'Item "r1" needs 2 to 3 drop-downs; it has 1.',
    ]);
  });

  it('refuses a bow-tie that keys the wrong number in a part', () => {
    const twoConditions = rawItems.bowtie.condition.map((option) => ({ ...option, correct: true }));
    expect(problems({ ...rawItems.bowtie, condition: twoConditions })).toEqual([
      'A bow-tie keys exactly 1 here; this one keys 3.',
    ]);
    const oneAction = rawItems.bowtie.actions.map((option, index) => ({ ...option, correct: index === 0 }));
    expect(problems({ ...rawItems.bowtie, actions: oneAction })).toEqual([
      'A bow-tie keys exactly 2 here; this one keys 1.',
    ]);
  });

  it('refuses bow-tie option ids shared between parts', () => {
    const clash = [{ ...rawItems.bowtie.actions[0], id: 'c-key' }, ...rawItems.bowtie.actions.slice(1)];
    expect(problems({ ...rawItems.bowtie, actions: clash })).toEqual([
      expect.stringContaining('option ids that collide across condition, actions and parameters'),
    ]);
  });
});

describe('saved answers of the new types', () => {
  it('fit while their ids still exist', () => {
    expect(responseFits(items.cloze, { type: 'cloze', blanks: { d1: 'once' } })).toBe(true);
    expect(responseFits(items.cloze, { type: 'cloze', blanks: { d1: 'meal' } })).toBe(false);
    expect(responseFits(items.cloze, { type: 'cloze', blanks: { gone: 'once' } })).toBe(false);
    expect(responseFits(items.cloze, { type: 'rationale', blanks: {} })).toBe(false);
    expect(responseFits(items.rationale, { type: 'rationale', blanks: { risk: 'falls' } })).toBe(true);
    expect(
      responseFits(items.bowtie, { type: 'bowtie', condition: 'c-two', actions: ['a-one'], parameters: [] }),
    ).toBe(true);
    expect(
      responseFits(items.bowtie, { type: 'bowtie', condition: 'a-one', actions: [], parameters: [] }),
    ).toBe(false);
    expect(responseFits(items.bowtie, { type: 'bowtie', actions: ['p-one'], parameters: [] })).toBe(false);
  });
});

describe('drafts of the new types', () => {
  it('read back what was saved, and drop a malformed answer', () => {
    const draft = {
      startedAt: 1,
      savedAt: 2,
      seed: 3,
      itemIds: ['c1', 'r1', 'b1'],
      items: {
        c1: { attempt: 0, checked: false, response: { type: 'cloze' as const, blanks: { d1: 'once' } } },
        r1: {
          attempt: 1,
          checked: true,
          response: { type: 'rationale' as const, blanks: { risk: 'falls' } },
        },
        b1: {
          attempt: 0,
          checked: false,
          response: { type: 'bowtie' as const, condition: 'c-key', actions: ['a-one'], parameters: [] },
        },
      },
    };
    expect(decodeDrafts(encodeDrafts({ 'topic-case': draft }))).toEqual({ 'topic-case': draft });
    const broken = JSON.stringify({
      v: 1,
      d: {
        'topic-case': {
          ...draft,
          items: { b1: { attempt: 0, checked: false, response: { type: 'bowtie' } } },
        },
      },
    });
    expect(decodeDrafts(broken)).toEqual({});
  });
});
