import type { Bounds } from './mapModel';
import { panelLocation, panelPoint, type Panel } from './panelPoint';
import type { PolygonPart } from './polygonParts';

/** A circle drawn over the polygons: its region, where it stands and its outer radius in pixels. */
export interface PickCircle {
  row: number;
  lon: number;
  lat: number;
  radius: number;
}

/** What a panel draws that answers the pointer. */
export interface PickScene {
  /** The polygons, bottom to top: where two overlap, the later one is seen. */
  polygons: readonly PolygonPart[];
  /** Each row's extent: a polygon whose row's extent misses the pointer is not looked at. */
  rowBounds: readonly (Bounds | undefined)[];
  /** The circles, bottom to top, all drawn over the polygons. */
  circles: readonly PickCircle[];
  /** The rows this panel draws; every row when absent. */
  shows?: (row: number) => boolean;
}

type Point = [number, number];

/** Where the pointer is, how far off it may land, and which rows the panel draws. */
interface Probe {
  x: number;
  y: number;
  tolerance: number;
  shows: (row: number) => boolean;
}

/**
 * The region a reader points at in a panel: the topmost circle under the pointer, else the
 * topmost polygon, as the map draws them. With a tolerance (a click, which a finger or an
 * unsteady hand lands a little off) a circle or polygon edge that near counts when nothing is
 * under the pointer itself. Null over no region. Everything is measured in screen pixels,
 * where the map draws: a polygon's edges are straight there, not in degrees.
 */
export function regionAt(
  scene: PickScene,
  panel: Panel,
  x: number,
  y: number,
  tolerance = 0,
): number | null {
  const exact: Probe = { x, y, tolerance: 0, shows: scene.shows ?? (() => true) };
  const hit = circleAt(scene, panel, exact) ?? polygonAt(scene, panel, exact);
  if (hit !== null || tolerance <= 0) return hit;
  const near = { ...exact, tolerance };
  return circleAt(scene, panel, near) ?? polygonAt(scene, panel, near);
}

function circleAt(scene: PickScene, panel: Panel, { x, y, tolerance, shows }: Probe) {
  for (let i = scene.circles.length - 1; i >= 0; i--) {
    const c = scene.circles[i]!;
    if (!(c.radius > 0) || !shows(c.row)) continue;
    const [cx, cy] = panelPoint(panel, c.lon, c.lat);
    if (Math.hypot(x - cx, y - cy) <= c.radius + tolerance) return c.row;
  }
  return null;
}

function polygonAt(scene: PickScene, panel: Panel, { x, y, tolerance, shows }: Probe) {
  // The pointer's reach in degrees: Web Mercator keeps east east and north north, so a
  // polygon whose extent misses this box cannot be under the pointer.
  const [west, north] = panelLocation(panel, x - tolerance, y - tolerance);
  const [east, south] = panelLocation(panel, x + tolerance, y + tolerance);
  for (let i = scene.polygons.length - 1; i >= 0; i--) {
    const part = scene.polygons[i]!;
    const b = scene.rowBounds[part.row];
    if (!b || b[0] > east || b[2] < west || b[1] > north || b[3] < south) continue;
    if (!shows(part.row)) continue;
    const rings = screenRings(part.polygon, panel);
    if (contains(rings, x, y) || (tolerance > 0 && nearEdge(rings, x, y, tolerance))) {
      return part.row;
    }
  }
  return null;
}

/** A polygon's rings (outer, then holes) in screen pixels; whatever is not a ring is skipped. */
function screenRings(polygon: unknown, panel: Panel): Point[][] {
  if (!Array.isArray(polygon)) return [];
  const rings: Point[][] = [];
  for (const ring of polygon as unknown[]) {
    if (!Array.isArray(ring)) continue;
    const points: Point[] = [];
    for (const p of ring as unknown[]) {
      if (!Array.isArray(p)) continue;
      const [lon, lat] = p as unknown[];
      if (typeof lon === 'number' && typeof lat === 'number') {
        points.push(panelPoint(panel, lon, lat));
      }
    }
    if (points.length >= 3) rings.push(points);
  }
  return rings;
}

/** Even-odd over every ring: a point in a hole is outside, as the fill leaves it. */
function contains(rings: readonly Point[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function nearEdge(rings: readonly Point[][], x: number, y: number, tolerance: number): boolean {
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      if (segmentDistance(ring[j]!, ring[i]!, x, y) <= tolerance) return true;
    }
  }
  return false;
}

function segmentDistance([ax, ay]: Point, [bx, by]: Point, x: number, y: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
