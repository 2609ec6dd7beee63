/**
 * Where the reader has moved the map: its centre and zoom, as a link carries them. The map
 * neither rotates nor tilts, so these two fix the camera. Values are rounded so that a link
 * stays short (4 decimals of a degree is about 10 m) and clamped to what the map can show.
 */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** The map's zoom limits (render/mapView.ts reads them too). */
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 11;
/** A fitted view (a region, an inset's area) is never magnified beyond this zoom. */
export const FIT_MAX_ZOOM = 9;

/** 40 px around a fitted area, less in a small map (an embed on a phone), never all of it. */
export function fitMargin(width: number, height: number): number {
  const side = Math.min(width || 400, height || 400);
  return Math.max(4, Math.min(40, Math.round(side * 0.08)));
}

/** Web Mercator's edge: the map shows nothing beyond it. */
const MAX_LAT = 85.0511;

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  // `+ 0` turns -0 into 0, so the same camera always reads the same.
  return Math.round(x * f) / f + 0;
};
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A camera rounded and clamped to the map's range; null when a value is not a finite number. */
export function normalizeCamera(c: Camera): Camera | null {
  if (![c.lon, c.lat, c.zoom].every(Number.isFinite)) return null;
  return {
    lon: round(clamp(c.lon, -180, 180), 4),
    lat: round(clamp(c.lat, -MAX_LAT, MAX_LAT), 4),
    zoom: round(clamp(c.zoom, MIN_ZOOM, MAX_ZOOM), 2),
  };
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const parseNumber = (s: string): number | null => (NUMBER.test(s.trim()) ? Number(s) : null);

/** The `center` parameter, "lon,lat", as numbers; null when it is not two plain numbers. */
export function parseCenter(value: string): { lon: number; lat: number } | null {
  const parts = value.split(',');
  if (parts.length !== 2) return null;
  const [lon, lat] = parts.map(parseNumber);
  return lon == null || lat == null ? null : { lon, lat };
}

/** The `zoom` parameter as a number; null when it is not a plain number. */
export function parseZoom(value: string): number | null {
  return parseNumber(value);
}

/** The two parameters' values for a camera: center "lon,lat" and zoom. */
export function formatCamera(c: Camera): { center: string; zoom: string } {
  return { center: `${c.lon},${c.lat}`, zoom: String(c.zoom) };
}

/** Whether two cameras are the same once rounded as a link rounds them; two nulls are. */
export function sameCamera(a: Camera | null | undefined, b: Camera | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const x = normalizeCamera(a);
  const y = normalizeCamera(b);
  return !!x && !!y && x.lon === y.lon && x.lat === y.lat && x.zoom === y.zoom;
}
