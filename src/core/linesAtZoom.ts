import type { LineSimplifier } from './lineSimplifier';
import { simplifyLine } from './simplifyLine';
import { WORLD_PIXELS } from './webMercator';

/** A line as GeoJSON writes it: positions of longitude, latitude. */
export type Line = readonly (readonly number[])[];

/**
 * Most a simplified border strays from the true one, in screen pixels, at the zoom its level
 * is named after; at most twice that just before the next level takes over. Borders are
 * drawn a pixel wide or less.
 */
export const LINE_TOLERANCE_PX = 0.5;

/** From this zoom on, lines are drawn as they are: the shipped boundaries hold no finer detail. */
export const FULL_DETAIL_ZOOM = 12;

/** The detail level that serves a zoom: its whole part, from 0 up to full detail. */
export function lineLevel(zoom: number): number {
  if (!Number.isFinite(zoom)) return FULL_DETAIL_ZOOM;
  return Math.max(0, Math.min(FULL_DETAIL_ZOOM, Math.floor(zoom)));
}

/** The tolerance of a level below full detail, in world widths: half a pixel at its zoom. */
export function levelTolerance(level: number): number {
  return LINE_TOLERANCE_PX / (WORLD_PIXELS * 2 ** level);
}

/**
 * Lines as a map needs them at each zoom: with the vertices that would fall within half a
 * pixel of the line dropped. A border drawn at the whole-country zoom with every vertex of the
 * source costs a software renderer as much as a hundred thousand pixel-sized segments; this
 * draws a few thousand that look the same. Each level is made the first time it is asked for
 * and kept; a timeline step never asks, only a zoom into another level does.
 */
export function linesAtZoom(
  lines: readonly Line[],
  simplify: LineSimplifier = simplifyLine,
): (zoom: number) => readonly Line[] {
  const levels = new Map<number, readonly Line[]>();
  return (zoom) => {
    const at = lineLevel(zoom);
    let out = levels.get(at);
    if (!out) {
      const tolerance = levelTolerance(at);
      out = at >= FULL_DETAIL_ZOOM ? lines : lines.map((l) => simplify(l, tolerance));
      levels.set(at, out);
    }
    return out;
  };
}
