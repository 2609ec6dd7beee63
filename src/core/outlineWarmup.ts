import { fitMargin, MIN_ZOOM } from './camera';
import { fitCamera } from './insetLayout';
import { levelTolerance, lineLevel, type Line } from './linesAtZoom';
import { geometryBounds, type BoundaryCollection } from './mapModel';
import { polygonParts, ringPaths } from './polygonParts';

export interface OutlineWarmup {
  /** Every ring of every region and every border line, as the map's layers simplify them. */
  lines: Line[];
  tolerance: number;
}

/**
 * The outline work a map of these boundaries does before its first frame: every line at the
 * detail of the zoom that fits them all in a map of this size (a fitted view never zooms in
 * as far as full detail). null when there is nothing to frame. A view of fewer regions opens
 * closer and simplifies at its own level; this work was then done early for nothing.
 */
export function outlineWarmup(
  boundaries: BoundaryCollection,
  width: number,
  height: number,
): OutlineWarmup | null {
  const parts = polygonParts(boundaries.features);
  if (!parts.length) return null;
  const bounds = geometryBounds(parts.map((p) => p.polygon));
  if (!bounds.every(Number.isFinite)) return null;
  // fitCamera already stops at the fitted views' closest zoom; the map goes no further out.
  const fitted = fitCamera(bounds, width, height, fitMargin(width, height)).zoom;
  const level = lineLevel(Math.max(MIN_ZOOM, fitted));
  const rings = ringPaths(parts).map((r) => r.path as Line);
  const borders = (boundaries.borders ?? []) as Line[];
  return { lines: [...rings, ...borders], tolerance: levelTolerance(level) };
}
