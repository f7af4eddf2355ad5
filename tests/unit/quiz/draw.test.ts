import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawBalanced, drawSitting } from '../../../src/lib/quiz/draw';
import { shuffled } from '../../../src/lib/quiz/shuffle';
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

const ids = (drawn: readonly ScoredItem[]) => drawn.map((item) => item.id);

describe('a retake drawn away from the sitting before', () => {
  it('shares no item with the previous sitting when the bank holds two draws (36 items, draw 18)', () => {
    const big: ScoredItem[] = lessons.flatMap((lesson) =>
      [1, 2, 3, 4, 5, 6].map((n) => ({
        ...items.single,
        id: `${lesson}${String(n)}`,
        ref: { lesson, section: 's' },
      })),
    );
    let previous: string[] = [];
    for (let seed = 0; seed < 20; seed += 1) {
      const { items: drawn, repeated } = drawSitting(big, 18, seed, previous);
      expect(drawn).toHaveLength(18);
      expect(repeated).toEqual([]);
      expect(ids(drawn).filter((id) => previous.includes(id))).toEqual([]);
      // Three per lesson: the bank's six per lesson make exactly two forms.
      expect(perLesson(drawn)).toEqual([3, 3, 3, 3, 3, 3]);
      previous = ids(drawn);
    }
  });

  it('shares no item with the previous sitting in today’s bank (30 items, draw 15), still balanced', () => {
    let previous: string[] = [];
    for (let seed = 0; seed < 20; seed += 1) {
      const { items: drawn, repeated } = drawSitting(bank, 15, seed, previous);
      expect(repeated).toEqual([]);
      expect(ids(drawn).some((id) => previous.includes(id))).toBe(false);
      const counts = perLesson(drawn);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      previous = ids(drawn);
    }
  });

  it('falls back to the fewest repeats, and names them, when the bank is too small for a new set', () => {
    const small = bank.slice(0, 20); // lessons a to d, five each
    const first = drawSitting(small, 15, 1);
    const second = drawSitting(small, 15, 2, ids(first.items));
    expect(second.items).toHaveLength(15);
    // Only five items were not in the first sitting: all five are drawn, and ten repeat.
    expect(second.repeated).toHaveLength(10);
    expect(new Set(ids(second.items)).size).toBe(15);
    const fresh = ids(small).filter((id) => !ids(first.items).includes(id));
    for (const id of fresh) expect(ids(second.items)).toContain(id);
    expect(second.repeated.every((id) => ids(first.items).includes(id))).toBe(true);
  });

  it('ignores previous ids that are no longer in the bank', () => {
    const { items: drawn, repeated } = drawSitting(bank, 15, 5, ['gone-1', 'gone-2']);
    expect(drawn).toHaveLength(15);
    expect(repeated).toEqual([]);
  });
});

// Any bank (0 to 7 lessons, 0 to 9 items each), any count, any previous sitting.
const anyDraw = fc
  .record({
    sizes: fc.array(fc.nat({ max: 9 }), { maxLength: 7 }),
    count: fc.integer({ min: 1, max: 40 }),
    seed: fc.nat(),
    previousSeed: fc.nat(),
    previousShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ sizes, count, seed, previousSeed, previousShare }) => {
    const anyBank: ScoredItem[] = sizes.flatMap((size, lesson) =>
      Array.from({ length: size }, (_, n) => ({
        ...items.single,
        id: `l${String(lesson)}-${String(n)}`,
        ref: { lesson: `l${String(lesson)}`, section: 's' },
      })),
    );
    const previous = shuffled(ids(anyBank), previousSeed).slice(
      0,
      Math.round(previousShare * anyBank.length),
    );
    return { anyBank, count, seed, previous };
  });

describe('drawSitting, for any bank and any previous sitting', () => {
  it('draws min(count, bank) distinct bank items with the fewest repeats possible, and names them', () => {
    fc.assert(
      fc.property(anyDraw, ({ anyBank, count, seed, previous }) => {
        const { items: drawn, repeated } = drawSitting(anyBank, count, seed, previous);
        expect(drawn).toHaveLength(Math.min(count, anyBank.length));
        expect(new Set(ids(drawn)).size).toBe(drawn.length);
        expect(ids(drawn).every((id) => ids(anyBank).includes(id))).toBe(true);
        const fresh = anyBank.length - previous.length;
        expect(repeated).toHaveLength(Math.max(0, Math.min(count, anyBank.length) - fresh));
        expect(
          ids(drawn)
            .filter((id) => previous.includes(id))
            .sort(),
        ).toEqual([...repeated].sort());
      }),
    );
  });

  it('keeps lessons balanced: a lesson that could give more has at most one fewer than any other', () => {
    fc.assert(
      fc.property(anyDraw, ({ anyBank, count, seed, previous }) => {
        const { items: drawn, repeated } = drawSitting(anyBank, count, seed, previous);
        const countOf = (lesson: string) => drawn.filter((item) => item.ref.lesson === lesson).length;
        const left = anyBank.filter((item) => !ids(drawn).includes(item.id));
        const allLessons = [...new Set(anyBank.map((item) => item.ref.lesson))];
        // New items first: while a lesson has a new item left, nothing repeats and it is not behind.
        for (const lesson of new Set(left.filter((i) => !previous.includes(i.id)).map((i) => i.ref.lesson))) {
          expect(repeated).toEqual([]);
          for (const other of allLessons) expect(countOf(lesson)).toBeGreaterThanOrEqual(countOf(other) - 1);
        }
        // Then repeats, spread the same way among the lessons that took one.
        const tookRepeat = new Set(drawn.filter((i) => repeated.includes(i.id)).map((i) => i.ref.lesson));
        for (const lesson of new Set(left.map((i) => i.ref.lesson)))
          for (const other of tookRepeat) expect(countOf(lesson)).toBeGreaterThanOrEqual(countOf(other) - 1);
      }),
    );
  });

  it('gives the same draw for the same seed', () => {
    fc.assert(
      fc.property(anyDraw, ({ anyBank, count, seed, previous }) => {
        expect(drawSitting(anyBank, count, seed, previous)).toEqual(
          drawSitting(anyBank, count, seed, previous),
        );
      }),
    );
  });
});
