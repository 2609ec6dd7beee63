import type { LineSimplifier } from '../core/lineSimplifier';
import type { OutlineWarmup } from '../core/outlineWarmup';
import { inSlices } from './inSlices';

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
  inSlices(
    lines.length * tolerances.length,
    (i) => simplify(lines[i % lines.length]!, tolerances[Math.floor(i / lines.length)] ?? 0),
    signal,
  );
}
