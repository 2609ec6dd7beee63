import { FIT_MAX_ZOOM, type Camera } from './camera';
import type { Bounds } from './mapModel';
import { latitudeAt, mercatorX, mercatorY, WORLD_PIXELS } from './webMercator';
import { panelPoint } from './panelPoint';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface InsetFrame {
  key: string;
  /** The whole inset on the map, its title bar included, in CSS pixels from the map's corner. */
  frame: Rect;
  /** Where the inset's map is drawn: the frame under its title bar. */
  view: Rect;
  camera: Camera;
}

export interface InsetLayout {
  frames: InsetFrame[];
  /** Room the main panel leaves the insets, added to its own margin when it is framed. */
  padding: Padding;
  /** Where the insets stand: a column down the left of a wide map, a row along a tall one's foot. */
  side: 'left' | 'bottom';
  /** The map's size the layout is for. */
  size: { width: number; height: number };
}

/** Height of an inset's title bar, where its name and locator sit. */
export const INSET_TITLE = 18;
const MARGIN = 8;
const GAP = 6;
/** Insets grow no larger than this, and take at most this share of the map's width or height. */
const MAX_SIDE = 200;
const MAX_SHARE = 0.34;
/** Below this side an inset's area stops reading; a map this short lets its insets take half. */
const READABLE = 64;
const WIDE_SHARE = 0.5;
/** Space between an area and its inset's edge. */
const INSET_PAD = 6;

/** The centre and zoom that show `b` whole inside a box of this size, `pad` pixels from its edges. */
export function fitCamera(b: Bounds, width: number, height: number, pad: number): Camera {
  const x0 = mercatorX(b[0]);
  const x1 = mercatorX(b[2]);
  const y0 = mercatorY(b[3]);
  const y1 = mercatorY(b[1]);
  const w = Math.max(1, width - 2 * pad);
  const h = Math.max(1, height - 2 * pad);
  const scale = Math.min(w / Math.max(1e-12, x1 - x0), h / Math.max(1e-12, y1 - y0)) / WORLD_PIXELS;
  return {
    lon: ((x0 + x1) / 2 - 0.5) * 360,
    lat: latitudeAt((y0 + y1) / 2),
    zoom: Math.min(FIT_MAX_ZOOM, Math.log2(scale)),
  };
}

/** The number of lines and the side that make `n` squares largest. */
function bestGrid(n: number, along: number, across: number): [number, number] {
  let best: [number, number] = [1, n ? sideFor(n, 1, along, across) : 0];
  for (let k = 2; k <= n; k++) {
    const next = sideFor(n, k, along, across);
    if (next > best[1]) best = [k, next];
  }
  return best;
}

/** The largest square side that fits `n` squares in `lines` lines across `along` by `across` pixels. */
function sideFor(n: number, lines: number, along: number, across: number): number {
  const perLine = Math.ceil(n / lines);
  const byAlong = (along - (perLine - 1) * GAP) / perLine;
  const byAcross = (across - (lines - 1) * GAP) / lines;
  return Math.floor(Math.min(byAlong, byAcross, MAX_SIDE));
}

/**
 * Where each inset goes on a map of this size. A wide map stacks them down its left edge (the
 * zoom buttons hold the right); a tall one (a phone) lines them up along its foot, above
 * `reserve.bottom` (the attribution). Insets are square, as large as fits in a third of the
 * map, in as many columns or rows as makes them largest; the main panel is framed beside them.
 */
export function layoutInsets(
  insets: readonly { key: string; bounds: Bounds }[],
  size: { width: number; height: number },
  reserve: Padding = { top: 0, right: 0, bottom: 0, left: 0 },
): InsetLayout {
  const n = insets.length;
  const side = size.width >= size.height ? 'left' : 'bottom';
  const along =
    side === 'left'
      ? size.height - reserve.top - reserve.bottom - 2 * MARGIN
      : size.width - reserve.left - reserve.right - 2 * MARGIN;
  let [lines, s] = bestGrid(n, along, (side === 'left' ? size.width : size.height) * MAX_SHARE);
  // A strip of a map (a phone on its side) has no height to spare: its insets may take half
  // its width rather than shrink below reading size.
  if (s < READABLE) {
    const wider = bestGrid(n, along, (side === 'left' ? size.width : size.height) * WIDE_SHARE);
    if (wider[1] > s) [lines, s] = wider;
  }
  const perLine = Math.ceil(n / Math.max(1, lines));
  const frames = insets.map(({ key, bounds }, i): InsetFrame => {
    // Filled a row at a time, so that the insets read in their order left to right, then down.
    const line = side === 'left' ? i % lines : Math.floor(i / perLine);
    const at = side === 'left' ? Math.floor(i / lines) : i % perLine;
    const frame =
      side === 'left'
        ? {
            x: reserve.left + MARGIN + line * (s + GAP),
            y: reserve.top + MARGIN + at * (s + GAP),
            width: s,
            height: s,
          }
        : {
            x: reserve.left + MARGIN + at * (s + GAP),
            y:
              size.height - reserve.bottom - MARGIN - (lines - line) * s - (lines - 1 - line) * GAP,
            width: s,
            height: s,
          };
    const view = { ...frame, y: frame.y + INSET_TITLE, height: Math.max(1, s - INSET_TITLE) };
    return { key, frame, view, camera: fitCamera(bounds, view.width, view.height, INSET_PAD) };
  });
  const depth = n ? MARGIN + lines * s + (lines - 1) * GAP : 0;
  const padding =
    side === 'left'
      ? { top: 0, right: 0, bottom: 0, left: n ? reserve.left + depth : 0 }
      : { top: 0, right: 0, bottom: n ? reserve.bottom + depth : 0, left: 0 };
  return { frames, padding, side, size: { ...size } };
}

/** Where a point lands on the map through an inset: CSS pixels from the map's corner. */
export function insetPoint(inset: InsetFrame, lon: number, lat: number): [number, number] {
  return panelPoint(inset, lon, lat);
}

/** What the page and an export show of one inset: its frame, name and locator. */
export interface InsetCard {
  key: string;
  frame: Rect;
  /** The inset's name, as its title bar shows it. */
  title: string;
  /** Its accessible name: the title with what it is. */
  label: string;
  /** The locator's own label. */
  locatorLabel: string;
  /** Where the area lies on the locator, in the locator shape's pixels. */
  dot: readonly [number, number];
}

/** An inset as an export draws it: its frame and camera, its card and the rows it shows. */
export interface InsetSketch {
  frame: InsetFrame;
  card: InsetCard;
  rows: readonly number[];
}

/** The locator's widest, its share of the inset's width, its distance from the corner and padding. */
const LOCATOR_MAX = 52;
const LOCATOR_SHARE = 0.32;
const LOCATOR_OFFSET = 3;
export const LOCATOR_PADDING = 3;
/** The radius of the locator's dot, in the locator shape's pixels. */
export const LOCATOR_DOT = 5;

/**
 * Where an inset's locator sits, in pixels from the frame's corner: in its bottom right, a
 * third of its width at most, with the height the country's shape gives. The page and every
 * export place it here.
 */
export function locatorBox(frame: Rect, shape: { width: number; height: number }): Rect {
  const width = Math.round(Math.min(LOCATOR_MAX, frame.width * LOCATOR_SHARE));
  const inner = width - 2 * LOCATOR_PADDING;
  const height =
    Math.round((inner * shape.height) / Math.max(1, shape.width)) + 2 * LOCATOR_PADDING;
  return {
    x: frame.width - LOCATOR_OFFSET - width,
    y: frame.height - LOCATOR_OFFSET - height,
    width,
    height,
  };
}
