import { geometryBounds, unionBounds } from './mapModel';
import { polygonParts } from './polygonParts';
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

/**
 * The provinces drawn `width` pixels wide on Web Mercator, as the main map draws them, with
 * the height their extent gives. Made once per map, never on a timeline step.
 */
export function locatorShape(features: readonly Feature[], width: number): LocatorShape {
  const parts = polygonParts(features);
  if (!parts.length) return { width, height: 0, path: '', project: () => [0, 0] };
  const bounds = unionBounds(parts.map((p) => geometryBounds(p.polygon)));
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
  const path = parts
    .map(({ polygon }) => {
      const rings = Array.isArray(polygon) ? (polygon as number[][][]) : [];
      const coordinates = rings.map((ring) => simplifyLine(ring, tolerance));
      return geometryToPath({ type: 'Polygon', coordinates }, project, 1);
    })
    .join('');
  return { width, height, path, project };
}
