import { mercatorX, mercatorY } from './webMercator';

/** A position as GeoJSON writes it: longitude, latitude in degrees (further values ignored). */
type Position = readonly number[];

/**
 * A line with every vertex dropped that lies within `tolerance` of the simplified line
 * (Douglas–Peucker), measured on the Web Mercator map in world widths, so one tolerance means
 * the same number of pixels everywhere at a given zoom. Both ends are always kept: lines of a
 * topological mesh meet at their ends and still meet after simplifying. The input's own
 * position arrays are reused; a line that loses nothing comes back as the same array.
 */
export function simplifyLine(line: readonly Position[], tolerance: number): readonly Position[] {
  const n = line.length;
  if (n <= 2 || !(tolerance > 0)) return line;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = line[i]!;
    xs[i] = mercatorX(p[0] ?? 0);
    ys[i] = mercatorY(p[1] ?? 0);
  }
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const limit = tolerance * tolerance;
  // An explicit stack: a ring of a hundred thousand vertices would overflow recursion.
  const stack: number[] = [0, n - 1];
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    let farthest = -1;
    let max = limit;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(xs, ys, i, first, last);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push(first, farthest, farthest, last);
  }
  let kept = 0;
  for (let i = 0; i < n; i++) kept += keep[i]!;
  if (kept === n) return line;
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(line[i]!);
  return out;
}

/** Squared distance from point i to the segment from point a to point b. */
function segmentDistance2(xs: Float64Array, ys: Float64Array, i: number, a: number, b: number) {
  const ax = xs[a]!;
  const ay = ys[a]!;
  let dx = xs[b]! - ax;
  let dy = ys[b]! - ay;
  const px = xs[i]! - ax;
  const py = ys[i]! - ay;
  const length2 = dx * dx + dy * dy;
  if (length2 > 0) {
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
    dx = px - t * dx;
    dy = py - t * dy;
  } else {
    dx = px;
    dy = py;
  }
  return dx * dx + dy * dy;
}
