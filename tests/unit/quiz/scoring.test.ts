import { describe, expect, it } from 'vitest';
import { isAnswered, scoreItem, scoreQuiz } from '../../../src/lib/quiz/scoring';
import { items } from '../../support/quiz-fixtures';

describe('single best answer (0/1)', () => {
  it('scores the keyed option 1 and marks the rest', () => {
    expect(scoreItem(items.single, { type: 'single', choice: 'a' })).toEqual({
      score: 1,
      max: 1,
      outcome: 'correct',
      verdicts: { a: 'correct', b: 'unpicked', c: 'unpicked' },
    });
  });

  it('scores a distractor 0 and shows the missed key', () => {
    expect(scoreItem(items.single, { type: 'single', choice: 'b' })).toMatchObject({
      score: 0,
      outcome: 'incorrect',
      verdicts: { a: 'missed', b: 'incorrect' },
    });
  });

  it('scores no answer 0', () => {
    expect(scoreItem(items.single, { type: 'single' }).score).toBe(0);
  });
});

describe('select all that apply (+/-)', () => {
  const score = (choices: string[]) => scoreItem(items.multiple, { type: 'multiple', choices });

  it('gives a point per keyed option', () => {
    expect(score(['a', 'b', 'c'])).toMatchObject({ score: 3, max: 3, outcome: 'correct' });
    expect(score(['a'])).toMatchObject({
      score: 1,
      outcome: 'partial',
      verdicts: { a: 'correct', b: 'missed', c: 'missed' },
    });
  });

  it('takes a point per wrong pick', () => {
    expect(score(['a', 'b', 'd'])).toMatchObject({
      score: 1,
      outcome: 'partial',
      verdicts: { d: 'incorrect' },
    });
  });

  it('never goes below 0', () => {
    expect(score(['a', 'd', 'e'])).toMatchObject({ score: 0, outcome: 'incorrect' });
    expect(score(['d', 'e'])).toMatchObject({ score: 0, outcome: 'incorrect' });
  });

  it('scores every option picked as keys minus distractors', () => {
    expect(score(['a', 'b', 'c', 'd', 'e'])).toMatchObject({ score: 1, max: 3, outcome: 'partial' });
  });

  it('scores none picked 0', () => {
    expect(score([])).toMatchObject({
      score: 0,
      outcome: 'incorrect',
      verdicts: { a: 'missed', d: 'unpicked' },
    });
  });
});

describe('highlight (+/-)', () => {
  const score = (selected: string[]) => scoreItem(items.highlight, { type: 'highlight', selected });

  it('scores like select all that apply', () => {
    expect(score(['p1', 'p2'])).toMatchObject({ score: 2, max: 2, outcome: 'correct' });
    expect(score(['p1', 'p3'])).toMatchObject({
      score: 0,
      outcome: 'incorrect',
      verdicts: { p3: 'incorrect', p2: 'missed' },
    });
    expect(score(['p1', 'p2', 'p3'])).toMatchObject({ score: 1, outcome: 'partial' });
    expect(score([])).toMatchObject({ score: 0 });
  });
});

describe('matrix (0/1 per row)', () => {
  const score = (rows: Record<string, string>) => scoreItem(items.matrix, { type: 'matrix', rows });

  it('gives a point per row answered right', () => {
    expect(score({ r1: 'temp', r2: 'chronic', r3: 'temp' })).toMatchObject({
      score: 3,
      max: 3,
      outcome: 'correct',
    });
    expect(score({ r1: 'temp', r2: 'temp', r3: 'chronic' })).toMatchObject({
      score: 1,
      outcome: 'partial',
      verdicts: { r1: 'correct', r2: 'incorrect', r3: 'incorrect' },
    });
  });

  it('marks an unanswered row as missed', () => {
    expect(score({ r1: 'temp' })).toMatchObject({ score: 1, verdicts: { r2: 'missed', r3: 'missed' } });
  });
});

describe('ordering (a point per neighbouring pair in order)', () => {
  const score = (order: string[]) => scoreItem(items.ordering, { type: 'ordering', order });

  it('scores the right order steps − 1', () => {
    expect(score(['one', 'two', 'three', 'four'])).toMatchObject({ score: 3, max: 3, outcome: 'correct' });
  });

  it('costs little for one step out of place', () => {
    expect(score(['two', 'three', 'four', 'one'])).toMatchObject({
      score: 2,
      outcome: 'partial',
      verdicts: { one: 'incorrect', two: 'incorrect' },
    });
  });

  it('scores the reverse order 0', () => {
    expect(score(['four', 'three', 'two', 'one'])).toMatchObject({ score: 0, outcome: 'incorrect' });
  });

  it('ignores unknown or repeated steps', () => {
    expect(score(['one', 'one', 'x', 'two'])).toMatchObject({ score: 0 });
  });
});

describe('answers of the wrong type', () => {
  it('score 0 and never throw', () => {
    expect(scoreItem(items.matrix, { type: 'single', choice: 'a' }).score).toBe(0);
    expect(scoreItem(items.ordering, { type: 'multiple', choices: [] }).score).toBe(0);
  });
});

describe('readiness to check', () => {
  it('needs a choice, a pick, every matrix row, or an order', () => {
    expect(isAnswered(items.single, { type: 'single' })).toBe(false);
    expect(isAnswered(items.multiple, { type: 'multiple', choices: ['a'] })).toBe(true);
    expect(isAnswered(items.matrix, { type: 'matrix', rows: { r1: 'temp' } })).toBe(false);
    expect(isAnswered(items.matrix, { type: 'matrix', rows: { r1: 'temp', r2: 'temp', r3: 'temp' } })).toBe(
      true,
    );
    expect(isAnswered(items.ordering, { type: 'ordering', order: ['one'] })).toBe(true);
  });
});

describe('quiz totals', () => {
  it('adds points, computes the share and applies the pass mark', () => {
    expect(
      scoreQuiz(
        [
          { score: 3, max: 3 },
          { score: 1, max: 2 },
        ],
        0.8,
      ),
    ).toEqual({ score: 4, max: 5, ratio: 0.8, passed: true });
    expect(scoreQuiz([{ score: 0, max: 3 }], 0.8)).toMatchObject({ ratio: 0, passed: false });
    expect(scoreQuiz([], 0.8)).toMatchObject({ max: 0, ratio: 0, passed: false });
  });
});
