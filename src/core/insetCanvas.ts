import { insetPoint, type InsetFrame, type InsetLayout } from './insetLayout';
import type { MapModel } from './mapModel';
import type { PolygonPart } from './polygonParts';
import { latitudeAt, WORLD_PIXELS } from './webMercator';

/**
 * The zoom of the one camera that draws every inset: centred on 0°, 0° over the whole map, so
 * that a map of a few thousand pixels spans a few degrees, well inside Web Mercator's range.
 * Each inset's area is moved to where this camera shows its box, at its own scale: a vertex's
 * pixel in its inset is the pixel the shared camera gives it. Four insets then cost the draw
 * calls of one view, not four (a software GPU spends most of a step's time per draw call), and
 * detail levels picked for this zoom are the half-pixel levels of each inset's own scale.
 */
export const INSET_CANVAS_ZOOM = 8;

type Size = InsetLayout['size'];

/** The longitude and latitude the shared camera shows at this point of the map (CSS pixels). */
export function canvasLonLat(size: Size, [x, y]: readonly [number, number]): [number, number] {
  const scale = WORLD_PIXELS * 2 ** INSET_CANVAS_ZOOM;
  return [((x - size.width / 2) / scale) * 360, latitudeAt(0.5 + (y - size.height / 2) / scale)];
}

/** A place in an inset's area, moved to where the shared camera shows it inside the inset. */
export function toInsetCanvas(
  frame: InsetFrame,
  size: Size,
  lon: number,
  lat: number,
): [number, number] {
  return canvasLonLat(size, insetPoint(frame, lon, lat));
}

/**
 * The model as the shared camera draws the insets: each inset region's polygons and seat moved
 * into its inset, and only those polygons kept. Other rows keep their places, far outside the
 * shared camera's few degrees, so nothing of the main panel is drawn by it.
 */
export function insetCanvasModel(
  model: MapModel,
  layout: InsetLayout,
  frameOfRow: (row: number) => InsetFrame | null,
): MapModel {
  const move = (frame: InsetFrame, p: unknown): [number, number] => {
    const [lon, lat] = p as [number, number];
    return toInsetCanvas(frame, layout.size, lon, lat);
  };
  const polygons: PolygonPart[] = [];
  for (const part of model.polygons) {
    const frame = frameOfRow(part.row);
    if (!frame || !Array.isArray(part.polygon)) continue;
    const rings = part.polygon as unknown[][];
    polygons.push({ row: part.row, polygon: rings.map((ring) => ring.map((p) => move(frame, p))) });
  }
  const rows = model.rows.map((region, row) => {
    const frame = frameOfRow(row);
    if (!frame) return region;
    const [lon, lat] = move(frame, [region.lon, region.lat]);
    return { ...region, lon, lat };
  });
  return { ...model, polygons, rows };
}

/** Each inset's box as a polygon for the shared camera: the land it draws its regions on. */
export function insetGround(layout: InsetLayout): [number, number][][] {
  return layout.frames.map(({ view: { x, y, width, height } }) =>
    [
      [x, y],
      [x + width, y],
      [x + width, y + height],
      [x, y + height],
      [x, y],
    ].map((p) => canvasLonLat(layout.size, p as [number, number])),
  );
}
