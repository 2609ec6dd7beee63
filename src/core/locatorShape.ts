import { geometryBounds, type Bounds } from './mapModel';
import { simplifyLine } from './simplifyLine';
import { geometryToPath, type PolygonGeometry } from './svgPath';
import { mercatorX, mercatorY } from './webMercator';

/** A tiny map of the whole country that shows where an inset's area lies. */
export interface LocatorShape {
  width: number;
  height: number;
  /** SVG path data of every province, simplified to what the locator's size can show. */
  path: string;
  /** A point's place on the locator, in its pixels. */
  project(lon: number, lat: number): [number, number];
}

interface Feature {
  geometry: PolygonGeometry | null;
}

/** Rings of a Polygon or MultiPolygon with every vertex dropped that the locator cannot show. */
function simplified(geometry: PolygonGeometry, tolerance: number): PolygonGeometry {
  const polygons: unknown[] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)
        ? geometry.coordinates
        : [];
  const out = polygons.map((polygon) =>
    Array.isArray(polygon)
      ? polygon.map((ring) =>
          Array.isArray(ring) ? simplifyLine(ring as number[][], tolerance) : [],
        )
      : [],
  );
  return { type: 'MultiPolygon', coordinates: out };
}

/**
 * The provinces drawn `width` pixels wide on Web Mercator, as the main map draws them, with
 * the height their extent gives. Made once per map, never on a timeline step.
 */
export function locatorShape(features: readonly Feature[], width: number): LocatorShape {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    if (!f.geometry) continue;
    const b = geometryBounds(f.geometry.coordinates);
    bounds[0] = Math.min(bounds[0], b[0]);
    bounds[1] = Math.min(bounds[1], b[1]);
    bounds[2] = Math.max(bounds[2], b[2]);
    bounds[3] = Math.max(bounds[3], b[3]);
  }
  if (!Number.isFinite(bounds[0])) return { width, height: 0, path: '', project: () => [0, 0] };
  const x0 = mercatorX(bounds[0]);
  const y0 = mercatorY(bounds[3]);
  const scale = width / Math.max(1e-12, mercatorX(bounds[2]) - x0);
  const height = Math.ceil((mercatorY(bounds[1]) - y0) * scale);
  const project = (lon: number, lat: number): [number, number] => [
    (mercatorX(lon) - x0) * scale,
    (mercatorY(lat) - y0) * scale,
  ];
  // Half a pixel of the locator, in the world widths simplifyLine measures in.
  const tolerance = 0.5 / scale;
  const path = features
    .map((f) => (f.geometry ? geometryToPath(simplified(f.geometry, tolerance), project, 1) : ''))
    .join('');
  return { width, height, path, project };
}
