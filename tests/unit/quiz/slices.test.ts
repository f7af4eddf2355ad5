import { describe, expect, it } from 'vitest';
import { revealInSlices } from '../../../src/lib/quiz/slices';

/** A pause the test releases by hand, so each slice can be seen on its own. */
function manualPauses() {
  const waiting: (() => void)[] = [];
  return {
    pause: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
      }),
    /** Lets the reveal loop run up to its next pause. */
    async release() {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('revealing a long list in slices', () => {
  it('waits for the browser before each slice, the first too, and ends at the total', async () => {
    const pauses = manualPauses();
    const counts: number[] = [];
    revealInSlices(7, 3, (count) => counts.push(count), pauses.pause);
    expect(counts).toEqual([]);
    await pauses.release();
    expect(counts).toEqual([3]);
    await pauses.release();
    expect(counts).toEqual([3, 6]);
    await pauses.release();
    expect(counts).toEqual([3, 6, 7]);
    await pauses.release();
    expect(counts).toEqual([3, 6, 7]);
  });

  it('reveals a list shorter than a slice whole, after one pause', async () => {
    const pauses = manualPauses();
    const counts: number[] = [];
    revealInSlices(2, 3, (count) => counts.push(count), pauses.pause);
    await pauses.release();
    await pauses.release();
    expect(counts).toEqual([2]);
  });

  it('stops when told to (the quiz left the page)', async () => {
    const pauses = manualPauses();
    const counts: number[] = [];
    const stop = revealInSlices(10, 2, (count) => counts.push(count), pauses.pause);
    await pauses.release();
    stop();
    await pauses.release();
    await pauses.release();
    expect(counts).toEqual([2]);
  });

  it('treats a slice below one as one, so it always ends', async () => {
    // Pauses released by hand: a wait of fixed length could end before the loop on a busy machine.
    const pauses = manualPauses();
    const counts: number[] = [];
    revealInSlices(3, 0, (count) => counts.push(count), pauses.pause);
    for (let pause = 0; pause < 4; pause += 1) await pauses.release();
    expect(counts).toEqual([1, 2, 3]);
  });
});
