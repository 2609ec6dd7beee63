import type { Line } from './linesAtZoom';

/** Lines cut into their straight segments, as two columns of positions. */
export interface LineSegments {
  length: number;
  /** Longitude, latitude of each segment's start; of its end. */
  sources: Float64Array;
  targets: Float64Array;
}

/**
 * A line of n positions is n − 1 segments, each drawn on its own: borders are a pixel wide or
 * less, where a path's joins do not show (render/SegmentLayer.ts draws them).
 */
export function lineSegments(lines: readonly Line[]): LineSegments {
  let length = 0;
  for (const line of lines) length += Math.max(0, line.length - 1);
  const sources = new Float64Array(length * 2);
  const targets = new Float64Array(length * 2);
  let i = 0;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      const from = line[k - 1]!;
      const to = line[k]!;
      sources[i] = from[0] ?? NaN;
      sources[i + 1] = from[1] ?? NaN;
      targets[i] = to[0] ?? NaN;
      targets[i + 1] = to[1] ?? NaN;
      i += 2;
    }
  }
  return { length, sources, targets };
}
