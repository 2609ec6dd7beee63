import type { LineSimplifier } from '../core/lineSimplifier';
import type { OutlineWarmup } from '../core/outlineWarmup';

// Short enough that the figures arriving meanwhile are taken in without a noticeable wait.
const SLICE_MS = 8;

/**
 * Does `work` through `simplify` in short slices while the page waits for a large file, so
 * the map that opens after it finds its outlines simplified. Stops when `signal` aborts: once
 * the file is read, what is left is done by the map itself, on its own first frame.
 */
export function warmOutlines(
  work: OutlineWarmup,
  simplify: LineSimplifier,
  signal: AbortSignal,
): void {
  const { lines, tolerances } = work;
  const total = lines.length * tolerances.length;
  let next = 0;
  const slice = () => {
    if (signal.aborted) return;
    const until = performance.now() + SLICE_MS;
    while (next < total && performance.now() < until) {
      const tolerance = tolerances[Math.floor(next / lines.length)] ?? 0;
      simplify(lines[next % lines.length]!, tolerance);
      next++;
    }
    if (next < total) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}
