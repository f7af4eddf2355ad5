import { describe, expect, it } from 'vitest';
import { attemptSeed, seededRandom, shuffled } from '../../../src/lib/quiz/shuffle';

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('seeded shuffle', () => {
  it('gives the same order for the same seed and keeps every element', () => {
    expect(shuffled(letters, 42)).toEqual(shuffled(letters, 42));
    expect(shuffled(letters, 42).toSorted()).toEqual(letters);
  });

  it('gives different orders for different attempts', () => {
    const orders = new Set(
      [0, 1, 2, 3, 4].map((attempt) => shuffled(letters, attemptSeed(7, 'q1', attempt)).join('')),
    );
    expect(orders.size).toBeGreaterThan(3);
  });

  it('leaves its input alone', () => {
    const input = [...letters];
    shuffled(input, 1);
    expect(input).toEqual(letters);
  });

  it('spreads values over [0, 1)', () => {
    const random = seededRandom(123);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((value) => value < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((value) => value < 0.5).length).toBeLessThan(600);
  });
});
