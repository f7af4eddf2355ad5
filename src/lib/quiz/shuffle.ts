// Seeded shuffling, so each attempt shows options in a new order while tests (and a learner's
// reload of the same attempt) see the same one.

import { fnv1a } from '../hash';

/** mulberry32: a small, fast generator with good spread for shuffling. Returns values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one attempt at one item, from the quiz seed, the item id and the attempt number. */
export function attemptSeed(quizSeed: number, itemId: string, attempt: number): number {
  return fnv1a(itemId, quizSeed ^ Math.imul(attempt + 1, 0x9e3779b1));
}

/** A shuffled copy (Fisher–Yates), the input untouched. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
