import { FULL_DETAIL_ZOOM, levelTolerance, lineLevel } from './linesAtZoom';
import type { LineSimplifier } from './lineSimplifier';
import { polygonMesh, type PolygonMesh } from './polygonMesh';
import type { PolygonPart } from './polygonParts';
import { simplifyLine } from './simplifyLine';

type Ring = readonly (readonly number[])[];

/** A closed ring needs its first position again at the end: four positions make a triangle. */
const MIN_RING = 4;

/**
 * One part with its rings simplified: an outline that would collapse is kept as it is, so a
 * region smaller than the tolerance still has its few pixels and its pick; a hole that would
 * collapse is left out, which fills less than a pixel.
 */
function simplifyPart(part: PolygonPart, tolerance: number, simplify: LineSimplifier): PolygonPart {
  if (!Array.isArray(part.polygon)) return part;
  const rings = part.polygon as unknown[];
  let changed = false;
  const out: unknown[] = [];
  for (const [k, ring] of rings.entries()) {
    if (!Array.isArray(ring) || ring.length <= MIN_RING) {
      out.push(ring);
      continue;
    }
    const simple = simplify(ring as Ring, tolerance);
    if (simple === ring) out.push(ring);
    else if (simple.length >= MIN_RING) {
      out.push(simple);
      changed = true;
    } else if (k === 0) out.push(ring);
    else changed = true;
  }
  return changed ? { row: part.row, polygon: out } : part;
}

/**
 * The polygons' mesh as a map needs it at each zoom: every ring simplified as borders are
 * (core/linesAtZoom.ts), within half a pixel at the zoom its level is named after. Every vertex
 * of a fill is work in every frame and every view that draws it; at a province's zoom the
 * regions' full detail was ten times the vertices the screen can show, and on a software GPU
 * that was most of a frame. Parts keep their places, so a pick still answers the same region.
 * Each level is made the first time it is asked for and kept; a step never asks.
 */
export function polygonsAtZoom(
  parts: readonly PolygonPart[],
  simplify: LineSimplifier = simplifyLine,
): (zoom: number) => PolygonMesh {
  const levels = new Map<number, PolygonMesh>();
  return (zoom) => {
    const at = lineLevel(zoom);
    let mesh = levels.get(at);
    if (!mesh) {
      const tolerance = levelTolerance(at);
      mesh = polygonMesh(
        at >= FULL_DETAIL_ZOOM ? parts : parts.map((p) => simplifyPart(p, tolerance, simplify)),
      );
      levels.set(at, mesh);
    }
    return mesh;
  };
}
