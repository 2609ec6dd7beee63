// Short enough that the figures arriving meanwhile are taken in without a noticeable wait.
const SLICE_MS = 8;

/**
 * Calls `each` for 0 … `count` − 1 in slices of a few milliseconds, each in a task of its own
 * and none in the caller's, so that work done ahead while a large file arrives never holds up
 * the page. Stops when `signal` aborts.
 */
export function inSlices(count: number, each: (i: number) => void, signal: AbortSignal): void {
  let next = 0;
  const slice = () => {
    if (signal.aborted) return;
    const until = performance.now() + SLICE_MS;
    while (next < count && performance.now() < until) each(next++);
    if (next < count) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}
