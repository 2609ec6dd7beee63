import type { Timeline } from './timeline';

/** The parts of a timeline that decide what a region shows on a day. */
export type RunSource = Pick<Timeline, 'regions' | 'values' | 'status' | 'obs'>;

/**
 * For each day, the first day of its run: the days in a row on which no region's figure,
 * status or source changes. Most days of a sparse dataset only repeat the day before, and a
 * layer keyed on the run rather than the day redoes nothing on such a step.
 */
export function dayRuns(t: RunSource): Int32Array {
  const n = t.regions.length;
  const days = n === 0 ? 0 : t.status.length / n;
  const runs = new Int32Array(days);
  for (let d = 1; d < days; d++) {
    runs[d] = sameDay(t, d - 1, d, n) ? (runs[d - 1] ?? d) : d;
  }
  return runs;
}

function sameDay(t: RunSource, a: number, b: number, n: number): boolean {
  const ia = a * n;
  const ib = b * n;
  for (let r = 0; r < n; r++) {
    if (t.status[ia + r] !== t.status[ib + r] || t.obs[ia + r] !== t.obs[ib + r]) return false;
    const va = t.values[ia + r] ?? NaN;
    const vb = t.values[ib + r] ?? NaN;
    // Two days without a figure both hold NaN, which is not equal to itself.
    if (va !== vb && !(Number.isNaN(va) && Number.isNaN(vb))) return false;
  }
  return true;
}
