import earcut from 'earcut';
import type { PolygonPart } from './polygonParts';
import { mercatorX, mercatorY } from './webMercator';

/**
 * Polygons as the GPU draws them: every ring's vertices in one flat array, the triangles that
 * fill them, and for each vertex the row of the region it belongs to. deck.gl's polygon layers
 * take this as binary data and skip their own tessellation, so the choropleth and each of its
 * pattern layers share one tessellation instead of making one each.
 */
export interface PolygonMesh {
  /** Polygon parts, in the order of the parts given. */
  length: number;
  /** Where each part's vertices start, in vertices; one more entry closes the last part. */
  startIndices: Uint32Array;
  /** Longitude, latitude of every vertex. */
  positions: Float64Array;
  /** Three vertex numbers a triangle. */
  indices: Uint32Array;
  /** The region row of every vertex (the colour tables are read by row). */
  vertexRows: Float32Array;
  /** The region row of every part. */
  partRows: Int32Array;
}

type Ring = readonly (readonly number[])[];

const isRing = (ring: unknown): ring is Ring =>
  Array.isArray(ring) &&
  ring.length >= 3 &&
  ring.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));

/**
 * Tessellates every polygon part once (earcut, on Web Mercator coordinates). A part's first
 * ring is its outline and the others its holes, as in GeoJSON; a ring with fewer than three
 * finite positions is left out, and a part with no usable outline keeps its place with no
 * vertices, so part numbers still match `parts`.
 */
export function polygonMesh(parts: readonly PolygonPart[]): PolygonMesh {
  let vertexCount = 0;
  const usable: Ring[][] = parts.map((part) => {
    const rings = Array.isArray(part.polygon) ? (part.polygon as unknown[]) : [];
    const outline = rings[0];
    if (!isRing(outline)) return [];
    const kept = [outline, ...rings.slice(1).filter(isRing)];
    for (const ring of kept) vertexCount += ring.length;
    return kept;
  });
  const positions = new Float64Array(vertexCount * 2);
  const vertexRows = new Float32Array(vertexCount);
  const startIndices = new Uint32Array(parts.length + 1);
  const partRows = new Int32Array(parts.length);
  const triangles: number[] = [];
  let v = 0;
  usable.forEach((rings, i) => {
    const row = parts[i]!.row;
    startIndices[i] = v;
    partRows[i] = row;
    const start = v;
    const projected: number[] = [];
    const holes: number[] = [];
    for (const [k, ring] of rings.entries()) {
      if (k > 0) holes.push(v - start);
      for (const p of ring) {
        positions[v * 2] = p[0]!;
        positions[v * 2 + 1] = p[1]!;
        vertexRows[v] = row;
        // Cut on the map as it is drawn, north up, as deck.gl cuts in its common space.
        projected.push(mercatorX(p[0]!), -mercatorY(p[1]!));
        v++;
      }
    }
    if (!rings.length) return;
    for (const t of earcut(projected, holes.length ? holes : undefined, 2))
      triangles.push(t + start);
  });
  startIndices[parts.length] = v;
  return {
    length: parts.length,
    startIndices,
    positions,
    indices: Uint32Array.from(triangles),
    vertexRows,
    partRows,
  };
}
