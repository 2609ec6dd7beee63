/** Web Mercator's edge in latitude: the projection runs to infinity at the poles. */
const MAX_LATITUDE = 85.05112878;

/** Width of the Web Mercator world in pixels at zoom 0, as MapLibre and deck.gl lay it out. */
export const WORLD_PIXELS = 512;

/** Web Mercator x in world widths: 0 to 1 across the map's 360°. */
export const mercatorX = (lon: number): number => lon / 360 + 0.5;

/** Web Mercator y in world widths, 0 at the top edge, clamped at the projection's edge. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** The latitude at Web Mercator y (world widths, 0 at the top edge): `mercatorY` undone. */
export function latitudeAt(y: number): number {
  return ((2 * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - Math.PI / 2) * 180) / Math.PI;
}

/**
 * deck.gl's common space: Web Mercator in world pixels at zoom 0, y growing northwards. A
 * position given in it is drawn with the view's matrix alone, so a shader computes no
 * projection (commonPositions.ts).
 */
export const commonX = (lon: number): number => mercatorX(lon) * WORLD_PIXELS;

/** deck.gl's common y: `mercatorY` in world pixels from the bottom edge. */
export const commonY = (lat: number): number => (1 - mercatorY(lat)) * WORLD_PIXELS;
