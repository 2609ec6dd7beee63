import type { Line } from './linesAtZoom';

/**
 * The turns of lines, each as the two segments that meet there (numbered as lineSegments
 * numbers them) and the outer side of the turn. Segments drawn one by one leave a wedge open
 * on that side; a line a few pixels wide, such as a hovered region's outline, shows it as a
 * notch at every corner (render/SegmentLayer.ts closes it).
 */
export interface LineJoins {
  length: number;
  /** The segment that ends at the turn. */
  incoming: Int32Array;
  /** The segment that starts there. */
  outgoing: Int32Array;
  /**
   * The outer side of the turn, as segmentVertices names the sides of a segment: 1 on the
   * left of the way it runs, −1 on the right.
   */
  sides: Int8Array;
}

/**
 * Every turn of `lines`, and for a ring (its last position the same as its first) the turn
 * where it closes. A line that goes straight on, or a segment of no length, leaves nothing
 * open and gives no turn.
 */
export function lineJoins(lines: readonly Line[]): LineJoins {
  const incoming: number[] = [];
  const outgoing: number[] = [];
  const sides: number[] = [];
  const add = (side: number, into: number, from: number) => {
    if (!side) return;
    incoming.push(into);
    outgoing.push(from);
    sides.push(side);
  };
  let base = 0;
  for (const line of lines) {
    const n = line.length;
    if (n < 2) continue;
    for (let k = 1; k < n - 1; k++) {
      add(openSide(line[k - 1], line[k], line[k + 1]), base + k - 1, base + k);
    }
    if (n > 3 && samePosition(line[0], line[n - 1])) {
      add(openSide(line[n - 2], line[0], line[1]), base + n - 2, base);
    }
    base += n - 1;
  }
  return {
    length: sides.length,
    incoming: Int32Array.from(incoming),
    outgoing: Int32Array.from(outgoing),
    sides: Int8Array.from(sides),
  };
}

type Position = readonly number[] | undefined;

/**
 * The side a turn from a through b to c leaves open: the right (−1) of a left turn, the left
 * (1) of a right one, 0 where the line goes straight on or a position is missing or not a
 * number. Longitude and latitude turn the same way as the map's Web Mercator, which only
 * stretches latitude.
 */
function openSide(a: Position, b: Position, c: Position): number {
  const [ax = NaN, ay = NaN] = a ?? [];
  const [bx = NaN, by = NaN] = b ?? [];
  const [cx = NaN, cy = NaN] = c ?? [];
  const z = (bx - ax) * (cy - by) - (by - ay) * (cx - bx);
  return Number.isFinite(z) ? -Math.sign(z) : 0;
}

function samePosition(a: Position, b: Position): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}
