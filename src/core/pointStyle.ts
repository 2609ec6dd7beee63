import type { RGBA } from './rgb';
import { Status } from './status';
import { STYLE_TOKENS } from './styleTokens';

/** Circle fill by status: observed solid, interpolated lighter, carried and uncertain faint, stale none. */
export function pointFill(status: number): RGBA {
  return status === Status.Observed
    ? STYLE_TOKENS.pointFillObserved
    : status === Status.Interpolated
      ? STYLE_TOKENS.pointFillInterpolated
      : status === Status.Stale
        ? STYLE_TOKENS.transparent
        : STYLE_TOKENS.pointFillFaint;
}
export const POINT_LINE: RGBA = STYLE_TOKENS.pointLine;
const STALE_LINE: RGBA = STYLE_TOKENS.staleLine;
const STALE_RADIUS = 3;

/** A figure too old to trust is not drawn at its size: a small grey ring says "there was one". */
export function pointRadius(status: number, value: number, radius: (v: number) => number): number {
  if (status === Status.Stale) return STALE_RADIUS;
  return status === Status.None ? 0 : radius(value);
}

export function pointLine(status: number): RGBA {
  return status === Status.Stale ? STALE_LINE : POINT_LINE;
}

/** A carried or uncertain circle keeps a heavier ring, so it stays visible on a dark polygon. */
export function pointLineWidth(status: number): number {
  return faint(status) ? 2 : 1;
}

/** The light ring drawn under a circle's own ring. */
export const POINT_HALO: RGBA = STYLE_TOKENS.halo;

/**
 * Width of the light ring under a carried or uncertain circle, centred on its own ring: such a
 * circle is nearly empty inside, and on the darkest polygons its dark ring alone would vanish.
 * Observed circles are filled and need none.
 */
export function pointHaloWidth(status: number): number {
  return faint(status) ? 5 : 0;
}

/** A figure's circle as the map and its exports draw it on a day. */
export interface FigureCircle {
  radius: number;
  fill: RGBA;
  stroke: RGBA;
  strokeWidth: number;
  /** The light ring under the circle's own (`pointHaloWidth`); 0 for none. */
  haloWidth: number;
}

/**
 * A figure's circle on a day, or null where it has none: no figure that day, or one of no size.
 * A ring is drawn centred on the radius, so a circle of no radius kept with its ring was a
 * speck at the region's seat.
 */
export function figureCircle(
  status: number,
  value: number,
  radius: (v: number) => number,
): FigureCircle | null {
  const r = pointRadius(status, value, radius);
  if (!(r > 0)) return null;
  return {
    radius: r,
    fill: pointFill(status),
    stroke: pointLine(status),
    strokeWidth: pointLineWidth(status),
    haloWidth: pointHaloWidth(status),
  };
}

function faint(status: number): boolean {
  return status === Status.Carried || status === Status.Uncertain;
}

/** The regions that can carry a circle: every one but the provinces, whose figures stay in tables. */
export function pointRows(rows: readonly { level: string }[]): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (r.level !== 'province') out.push(i);
  });
  return out;
}

/**
 * A region's location mark: a small ring at its seat, larger while hovered or selected, its
 * line heavier while selected. Sizes in pixels, as drawn and as the pointer finds them.
 */
export const ANCHOR = { radius: 3.5, radiusFocus: 5, line: 1.2, lineSelected: 2 } as const;
