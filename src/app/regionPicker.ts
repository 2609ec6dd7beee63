import type { Rect } from '../core/insetLayout';
import type { MapModel } from '../core/mapModel';
import type { Panel } from '../core/panelPoint';
import { pickCircles, type CircleState } from '../core/pickCircles';
import { pointRows } from '../core/pointStyle';
import { regionAt, type PickScene } from '../core/regionAt';
import { anchorRows } from '../core/regionLabels';
import type { MapInsets } from './mapInsets';

const within = (r: Rect, x: number, y: number) =>
  x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

/** The region at a point of the map (CSS pixels from its corner), within `tolerance` pixels. */
export type RegionPicker = (x: number, y: number, tolerance?: number) => number | null;

/** A click may land this many pixels off a region, as a pick of the drawn map allowed. */
export const CLICK_TOLERANCE = 2;

/**
 * Finds the region under a point of the map (CSS pixels from its corner) from the geometry
 * the map was drawn from, on the CPU. Reading the answer back from the GPU stalled the page
 * until every frame in flight was drawn, and on a software GPU the first such read cost
 * seconds while it compiled the picking pass.
 */
export function createRegionPicker(deps: {
  model: MapModel;
  /** Where the main panel is drawn and from which camera, now. */
  mainPanel(): Panel;
  insets: MapInsets | null;
  /** What the circles show now. */
  circles(): CircleState;
}): RegionPicker {
  const { model, insets } = deps;
  const points = pointRows(model.rows);
  return (x, y, tolerance = 0) => {
    const scene: PickScene = {
      polygons: model.polygons,
      rowBounds: model.rowBounds,
      circles: pickCircles(model, points, anchorRows(model), deps.circles()),
    };
    const inset = insets?.layout()?.frames.find((f) => within(f.frame, x, y));
    if (!inset) return regionAt(scene, deps.mainPanel(), x, y, tolerance);
    // An inset's title bar and its empty land cover the main panel and answer no region.
    if (!within(inset.view, x, y)) return null;
    const shows = (row: number) => insets?.frameOfRow(row)?.key === inset.key;
    return regionAt({ ...scene, shows }, inset, x, y, tolerance);
  };
}
