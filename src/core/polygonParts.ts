/** One polygon (outer ring, then holes) of a Polygon or MultiPolygon, tagged with its feature. */
export interface PolygonPart {
  polygon: unknown;
  row: number;
}

/** One closed ring of a polygon as a line, tagged with its feature. */
export interface RingPath {
  path: unknown;
  row: number;
}

interface PolygonalFeature {
  geometry: { type: string; coordinates?: unknown } | null;
}

/**
 * Splits features into polygons once, at load, so layers never walk GeoJSON again
 * (a MultiPolygon gives several parts; other geometry types give none).
 */
export function polygonParts(features: readonly PolygonalFeature[]): PolygonPart[] {
  const parts: PolygonPart[] = [];
  features.forEach((f, row) => {
    const g = f.geometry;
    if (g?.type === 'Polygon') parts.push({ polygon: g.coordinates, row });
    else if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates))
      for (const polygon of g.coordinates) parts.push({ polygon, row });
  });
  return parts;
}

/** Every ring of every polygon part, outer rings and holes alike, as lines for a border layer. */
export function ringPaths(parts: readonly PolygonPart[]): RingPath[] {
  const paths: RingPath[] = [];
  for (const { polygon, row } of parts)
    if (Array.isArray(polygon)) for (const path of polygon) paths.push({ path, row });
  return paths;
}
