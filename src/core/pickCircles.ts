import type { MapModel } from './mapModel';
import { ANCHOR, pointLineWidth, pointRadius } from './pointStyle';
import type { PickCircle } from './regionAt';
import type { Timeline } from './timeline';

/** What the map's circles show on a day, and which rows are hovered and selected. */
export interface CircleState {
  /** The points' figures, or null when the map shows no circles of figures. */
  points: Timeline | null;
  dayIndex: number;
  radius: (v: number) => number;
  hoverRow: number | null;
  selectedRow: number | null;
}

/**
 * The circles the map draws over the polygons, bottom to top, each at its outer edge (a ring's
 * line is centred on its radius): the figures' circles of `pointRows`, then the location marks
 * of `anchorRows`, as render/circleLayer.ts draws them. A region without a figure that day has
 * no circle of a figure.
 */
export function pickCircles(
  model: Pick<MapModel, 'rows'>,
  pointRows: readonly number[],
  anchorRows: readonly number[],
  s: CircleState,
): PickCircle[] {
  const circles: PickCircle[] = [];
  const place = (row: number, radius: number) => {
    const r = model.rows[row];
    if (r && radius > 0) circles.push({ row, lon: r.lon, lat: r.lat, radius });
  };
  const { points } = s;
  if (points) {
    const base = s.dayIndex * model.rows.length;
    for (const row of pointRows) {
      const status = points.status[base + row] ?? 0;
      const radius = pointRadius(status, points.values[base + row] ?? 0, s.radius);
      place(row, radius > 0 ? radius + pointLineWidth(status) / 2 : 0);
    }
  }
  for (const row of anchorRows) {
    const focus = row === s.selectedRow || row === s.hoverRow;
    const line = row === s.selectedRow ? ANCHOR.lineSelected : ANCHOR.line;
    place(row, (focus ? ANCHOR.radiusFocus : ANCHOR.radius) + line / 2);
  }
  return circles;
}
