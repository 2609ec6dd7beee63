import { fitMargin, MIN_ZOOM } from './camera';
import { fitCamera } from './insetLayout';
import { levelTolerance, lineLevel, type Line } from './linesAtZoom';
import { geometryBounds, type BoundaryCollection } from './mapModel';
import { polygonParts, ringPaths } from './polygonParts';

export interface OutlineWarmup {
  /** Every ring of every region and every border line, as the map's layers simplify them. */
  lines: Line[];
  /** The tolerances to simplify them at, the likelier first. */
  tolerances: number[];
}

/**
 * The outline work a map of these boundaries does before its first frame: every line at the
 * detail of the zoom that fits them all in the map (a fitted view never zooms in as far as full
 * detail). null when there is nothing to frame. A view of fewer regions opens closer and
 * simplifies at its own level; this work was then done early for nothing.
 *
 * `width` and `height` are the page's box, laid out before the map's: the map gets what the
 * side column and the bars above and below it leave, which depends on the data (its notes).
 * Warmed for the whole box, the stress set's map opened a level further out and simplified
 * every line again on its first frame. Its level is the whole box's or one below, which is the
 * likelier (the map is about 80 % of the box wide and 60 to 75 % of it high on a desktop, and
 * the fit drops a level whenever its zoom's fraction is below about half).
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
  const lowest = lineLevel(MIN_ZOOM);
  const levels = level > lowest ? [level - 1, level] : [level];
  const rings = ringPaths(parts).map((r) => r.path as Line);
  const borders = (boundaries.borders ?? []) as Line[];
  return { lines: [...rings, ...borders], tolerances: levels.map(levelTolerance) };
}
