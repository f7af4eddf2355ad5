// Building fifteen questions at once keeps a mid-range phone busy for a quarter of a second, and a
// tap in that time waits. Showing them a few at a time, with the browser free between slices,
// keeps the page answering while the rest appear below.

/** Hands control back to the browser (input, painting) before the next slice. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Calls `reveal` with a count that grows by `slice` up to `total`, pausing before each call, the
 * first too: the page's own start-up and the first slice are then separate tasks, each short.
 * Returns a function that stops further reveals (on unmount).
 */
export function revealInSlices(
  total: number,
  slice: number,
  reveal: (count: number) => void,
  pause: () => Promise<void> = nextTask,
): () => void {
  const step = Math.max(1, Math.floor(slice));
  const stop = new AbortController();
  void (async () => {
    for (let count = 0; count < total;) {
      await pause();
      if (stop.signal.aborted) return;
      count = Math.min(total, count + step);
      reveal(count);
    }
  })();
  return () => {
    stop.abort();
  };
}
