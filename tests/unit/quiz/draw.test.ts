import { describe, expect, it } from 'vitest';
import { drawBalanced } from '../../../src/lib/quiz/draw';
import type { ScoredItem } from '../../../src/schemas/quiz-items';
import { items } from '../../support/quiz-fixtures';

const lessons = ['a', 'b', 'c', 'd', 'e', 'f'];
// A bank of 5 items per lesson, ids like "a3".
const bank: ScoredItem[] = lessons.flatMap((lesson) =>
  [1, 2, 3, 4, 5].map((n) => ({
    ...items.single,
    id: `${lesson}${String(n)}`,
    ref: { lesson, section: 's' },
  })),
);
const perLesson = (drawn: ScoredItem[]) =>
  lessons.map((lesson) => drawn.filter((item) => item.ref.lesson === lesson).length);

describe('balanced draw', () => {
  it('draws the count asked, without repeats, spread evenly over lessons', () => {
    const drawn = drawBalanced(bank, 15, 42);
    expect(drawn).toHaveLength(15);
    expect(new Set(drawn.map((item) => item.id)).size).toBe(15);
    const counts = perLesson(drawn);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(15);
  });

  it('is the same for the same seed and differs between seeds', () => {
    const ids = (seed: number) =>
      drawBalanced(bank, 15, seed)
        .map((item) => item.id)
        .join();
    expect(ids(1)).toBe(ids(1));
    expect(new Set([1, 2, 3, 4, 5].map(ids)).size).toBe(5);
  });

  it('spreads every item of the bank over many draws', () => {
    const seen = new Set(
      Array.from({ length: 40 }, (_, seed) => drawBalanced(bank, 15, seed))
        .flat()
        .map((item) => item.id),
    );
    expect(seen.size).toBe(bank.length);
  });

  it('takes what there is when a lesson runs short, and never more than the bank', () => {
    const uneven = bank.filter((item) => item.ref.lesson !== 'a' || item.id === 'a1');
    const drawn = drawBalanced(uneven, 15, 3);
    expect(drawn).toHaveLength(15);
    expect(perLesson(drawn)[0]).toBe(1);
    expect(drawBalanced(bank.slice(0, 4), 15, 3)).toHaveLength(4);
  });
});
