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
  it('shows the first slice at once, then one more slice per pause, ending at the total', async () => {
    const pauses = manualPauses();
    const counts: number[] = [];
    revealInSlices(7, 3, (count) => counts.push(count), pauses.pause);
    expect(counts).toEqual([3]);
    await pauses.release();
    expect(counts).toEqual([3, 6]);
    await pauses.release();
    expect(counts).toEqual([3, 6, 7]);
    await pauses.release();
    expect(counts).toEqual([3, 6, 7]);
  });

  it('reveals a short list whole, without pausing', () => {
    const counts: number[] = [];
    let paused = 0;
    revealInSlices(
      2,
      3,
      (count) => counts.push(count),
      () => {
        paused += 1;
        return Promise.resolve();
      },
    );
    expect(counts).toEqual([2]);
    expect(paused).toBe(0);
  });

  it('stops when told to (the quiz left the page)', async () => {
    const pauses = manualPauses();
    const counts: number[] = [];
    const stop = revealInSlices(10, 2, (count) => counts.push(count), pauses.pause);
    stop();
    await pauses.release();
    await pauses.release();
    expect(counts).toEqual([2]);
  });

  it('treats a slice below one as one, so it always ends', async () => {
    const counts: number[] = [];
    revealInSlices(3, 0, (count) => counts.push(count));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counts).toEqual([1, 2, 3]);
  });
});
