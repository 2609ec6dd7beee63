/**
 * Greedy label placement: labels are taken in priority order and a label is kept only if
 * its box overlaps no kept box. Run when the view settles, never on a timeline step, so
 * the labels shown do not flicker while the timeline plays.
 */
export interface LabelBox {
  id: number;
  /** Centre in screen pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /**
   * Other places for the box's centre, as offsets from (x, y) in pixels, tried in order where
   * the box does not fit centred (see `besideOffsets`).
   */
  alternatives?: readonly Offset[];
}

export type Offset = readonly [dx: number, dy: number];

/** A label kept, and the offset from its point at which it is drawn ([0, 0]: centred). */
export interface PlacedLabel {
  id: number;
  offset: Offset;
}

/**
 * The labels a map draws, as placed when its view last settled: their rows, each one's offset
 * from its point, and a version that changes with each placement (deck.gl's update trigger).
 */
export interface LabelPlacement {
  rows: number[];
  offsets: ReadonlyMap<number, Offset>;
  version: number;
}

/** Grid cell size in pixels: boxes are only compared with those in the cells they touch. */
const CELL = 64;
/** A label on its point. */
export const CENTRED: Offset = [0, 0];
/** Pixels between a point and a label moved beside it. */
const GAP = 2;

/**
 * Where a label of this size may go when its point is crowded: right of the point, left of it,
 * above, then below, each with the point just off the box's edge. A small region's label then
 * still sits at its seat (贵阳 between 安顺's and 黔东南's labels) rather than being dropped.
 * Below comes last: an event's line is drawn under its point.
 */
export function besideOffsets(width: number, height: number): Offset[] {
  const dx = width / 2 + GAP;
  const dy = height / 2 + GAP;
  return [
    [dx, 0],
    [-dx, 0],
    [0, -dy],
    [0, dy],
  ];
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function placeLabels(
  boxes: readonly LabelBox[],
  viewport: { width: number; height: number; contain?: boolean },
): PlacedLabel[] {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || a.id - b.id);
  const grid = new Map<string, Rect[]>();
  const kept: PlacedLabel[] = [];
  const cut = (r: Rect) => r.x0 < 0 || r.y0 < 0 || r.x1 > viewport.width || r.y1 > viewport.height;
  const cellsOf = (r: Rect) => {
    const cells: string[] = [];
    for (let cx = Math.floor(r.x0 / CELL); cx <= Math.floor(r.x1 / CELL); cx++) {
      for (let cy = Math.floor(r.y0 / CELL); cy <= Math.floor(r.y1 / CELL); cy++)
        cells.push(`${cx},${cy}`);
    }
    return cells;
  };
  const free = (r: Rect) =>
    !cellsOf(r).some((c) =>
      (grid.get(c) ?? []).some((o) => o.x0 < r.x1 && r.x0 < o.x1 && o.y0 < r.y1 && r.y0 < o.y1),
    );
  for (const box of order) {
    const at = (offset: Offset): Rect => {
      const x0 = box.x + offset[0] - box.width / 2;
      const y0 = box.y + offset[1] - box.height / 2;
      return { x0, y0, x1: x0 + box.width, y1: y0 + box.height };
    };
    // A point off the panel would leave less than half its label on it, always cut.
    if (box.x < 0 || box.y < 0 || box.x > viewport.width || box.y > viewport.height) continue;
    const centred = at(CENTRED);
    // A place wholly inside the panel first: a label cut by the edge reads as another word
    // ("Sha" for 邵阳's "Shaoyang"). Where none is free, the main panel still shows the label
    // centred and cut, as a sign that the region goes on; a small panel (an inset) drops it.
    let offset = [CENTRED, ...(box.alternatives ?? [])].find((o) => {
      const r = at(o);
      return !cut(r) && free(r);
    });
    if (offset === undefined && !viewport.contain && free(centred)) offset = CENTRED;
    if (offset === undefined) continue;
    kept.push({ id: box.id, offset });
    const rect = at(offset);
    for (const c of cellsOf(rect)) {
      const list = grid.get(c);
      if (list) list.push(rect);
      else grid.set(c, [rect]);
    }
  }
  return kept.sort((a, b) => a.id - b.id);
}
