import type { Line } from './linesAtZoom';
import { simplifyLine } from './simplifyLine';

/** A line simplified within `tolerance` (world widths on the Web Mercator map). */
export type LineSimplifier = (line: Line, tolerance: number) => Line;

/**
 * `simplifyLine`, with each line's answer at each tolerance remembered for as long as the line
 * itself is kept. The region outlines of a large file (a country's counties, 1.7 million
 * vertices) take most of a second to simplify: one simplifier lets that work be done while the
 * figures are still being read (app/warmOutlines.ts), and the map's layers then find it done.
 */
export function lineSimplifier(): LineSimplifier {
  const byTolerance = new Map<number, WeakMap<Line, Line>>();
  return (line, tolerance) => {
    let known = byTolerance.get(tolerance);
    if (!known) {
      known = new WeakMap();
      byTolerance.set(tolerance, known);
    }
    let simple = known.get(line);
    if (!simple) {
      simple = simplifyLine(line, tolerance);
      known.set(line, simple);
    }
    return simple;
  };
}
