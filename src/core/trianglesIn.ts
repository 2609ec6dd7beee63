import type { Bounds } from './mapModel';
import type { PolygonMesh } from './polygonMesh';

/**
 * The triangles of a mesh that reach into `window` (west, south, east, north), as vertex
 * numbers three a triangle; a triangle that only touches its edge counts. The vertices stay as
 * they are: only the triangles drawn change. A GPU runs the vertex shader for every triangle
 * it is given, on screen or not, and at a province's zoom most of the country's land is off it.
 * A window that is not a finite area (no view known yet) keeps every triangle.
 */
export function trianglesIn(
  mesh: Pick<PolygonMesh, 'positions' | 'indices'>,
  window: Bounds,
): Uint32Array {
  const { positions, indices } = mesh;
  if (!window.every(Number.isFinite)) return indices;
  const [west, south, east, north] = window;
  const kept = new Uint32Array(indices.length);
  let k = 0;
  for (let i = 0; i + 2 < indices.length; i += 3) {
    const a = indices[i]!;
    const b = indices[i + 1]!;
    const c = indices[i + 2]!;
    const xa = positions[a * 2]!;
    const xb = positions[b * 2]!;
    const xc = positions[c * 2]!;
    if (Math.max(xa, xb, xc) < west || Math.min(xa, xb, xc) > east) continue;
    const ya = positions[a * 2 + 1]!;
    const yb = positions[b * 2 + 1]!;
    const yc = positions[c * 2 + 1]!;
    if (Math.max(ya, yb, yc) < south || Math.min(ya, yb, yc) > north) continue;
    kept[k++] = a;
    kept[k++] = b;
    kept[k++] = c;
  }
  return k === indices.length ? indices : kept.slice(0, k);
}
