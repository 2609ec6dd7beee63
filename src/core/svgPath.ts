/**
 * GeoJSON polygons to SVG path data through any projection (the map's own, in the app),
 * rounded to a tenth of a pixel, with points that round to the previous one left out.
 */

export type Project = (lon: number, lat: number) => readonly [number, number];

type Ring = readonly (readonly number[])[];

export interface PolygonGeometry {
  type: string;
  coordinates: unknown;
}

const round = (v: number, digits: number): string => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? '0' : String(r);
};

function ringPath(ring: Ring, project: Project, digits: number): string {
  let out = '';
  let prev = '';
  let count = 0;
  for (const c of ring) {
    const lon = c[0];
    const lat = c[1];
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    const [x, y] = project(lon, lat);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const pt = `${round(x, digits)} ${round(y, digits)}`;
    if (pt === prev) continue;
    out += (count === 0 ? 'M' : 'L') + pt;
    prev = pt;
    count++;
  }
  return count >= 3 ? out + 'Z' : '';
}

/** Path data for a Polygon or MultiPolygon (holes included; draw with fill-rule evenodd). */
export function geometryToPath(geometry: PolygonGeometry, project: Project, digits = 1): string {
  const polygons: unknown[] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)
        ? geometry.coordinates
        : [];
  let d = '';
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) continue;
    for (const ring of polygon) {
      if (Array.isArray(ring)) d += ringPath(ring as Ring, project, digits);
    }
  }
  return d;
}

/** A length or coordinate as an SVG attribute writes it: to a hundredth. */
export const svgNumber = (v: number): string => round(v, 2);

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** rgb()/opacity pair for SVG from a 0–255 RGBA. */
export function svgColor(c: readonly number[]): { color: string; opacity: string } {
  const a = (c[3] ?? 255) / 255;
  return {
    color: `rgb(${Math.round(c[0] ?? 0)},${Math.round(c[1] ?? 0)},${Math.round(c[2] ?? 0)})`,
    opacity: round(a, 3),
  };
}
