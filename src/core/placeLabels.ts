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
}

/** Grid cell size in pixels: boxes are only compared with those in the cells they touch. */
const CELL = 64;

export function placeLabels(
  boxes: readonly LabelBox[],
  viewport: { width: number; height: number; contain?: boolean },
): number[] {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || a.id - b.id);
  const grid = new Map<string, LabelBox[]>();
  const kept: number[] = [];
  for (const box of order) {
    const x0 = box.x - box.width / 2;
    const y0 = box.y - box.height / 2;
    const x1 = x0 + box.width;
    const y1 = y0 + box.height;
    if (x1 < 0 || y1 < 0 || x0 > viewport.width || y0 > viewport.height) continue;
    // In a small panel (an inset) a label cut by the edge is dropped: it would read as another.
    if (viewport.contain && (x0 < 0 || y0 < 0 || x1 > viewport.width || y1 > viewport.height)) {
      continue;
    }
    const cells: string[] = [];
    for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
      for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++)
        cells.push(`${cx},${cy}`);
    }
    const hit = cells.some((c) =>
      (grid.get(c) ?? []).some(
        (o) =>
          Math.abs(o.x - box.x) * 2 < o.width + box.width &&
          Math.abs(o.y - box.y) * 2 < o.height + box.height,
      ),
    );
    if (hit) continue;
    kept.push(box.id);
    for (const c of cells) {
      const list = grid.get(c);
      if (list) list.push(box);
      else grid.set(c, [box]);
    }
  }
  return kept.sort((a, b) => a - b);
}
