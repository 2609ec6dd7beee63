import type { MapModel } from '../core/mapModel';
import { commonX, commonY } from '../core/webMercator';

// Accessors defined once: deck.gl compares them by identity, so one function for the map's
// life never makes it recompute an attribute.

/**
 * A constant as an accessor, for a layer whose siblings of the same kind vary the attribute.
 * deck.gl gives a constant no buffer, and a layer with a different set of buffers is a new
 * vertex layout: a software GPU (SwiftShader) compiles a pipeline for each, about 0.2 s at a
 * map's first frame, where every layer of one kind in one layout shares a single one.
 */
export const always =
  <T>(value: T) =>
  (): T =>
    value;

/** A row's label point: where its circle, location mark, label and events sit. */
const rowPosition =
  (model: MapModel) =>
  (row: number): [number, number] => [model.rows[row]?.lon ?? 0, model.rows[row]?.lat ?? 0];

/**
 * The middle of the map's regions in deck.gl's common space: what its circles and text are
 * measured from (PixelCircleLayer, PixelTextLayer), so their positions stay small numbers.
 */
export function markOrigin({ bounds: [west, south, east, north] }: MapModel): [number, number] {
  return [commonX((west + east) / 2), commonY((south + north) / 2)];
}

/** A row's label point in common space, measured from `origin` (markOrigin). */
export const rowCommonPosition = (model: MapModel, origin: readonly [number, number]) => {
  const at = rowPosition(model);
  return (row: number): [number, number] => {
    const [lon, lat] = at(row);
    return [commonX(lon) - origin[0], commonY(lat) - origin[1]];
  };
};
