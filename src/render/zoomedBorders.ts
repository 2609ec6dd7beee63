import type { ChangeFlags } from '@deck.gl/core';
import { lineLevel, type Line } from '../core/linesAtZoom';
import { covers, cutLines, lineWindow, piecesIn, type LinePieces } from '../core/linesInWindow';
import type { Bounds } from '../core/mapModel';

/** What a layer that draws borders by zoom keeps in its state. */
export interface ZoomedBorders {
  [key: string]: unknown;
  /** The borders at each zoom's detail (core/linesAtZoom.ts). */
  borderDetail: (zoom: number) => readonly Line[];
  /** The level drawn now, and its lines. */
  borderLevel: number;
  borders: readonly Line[];
  /** The part of the map `borders` were kept for; null where they are all kept. */
  borderWindow: Bounds | null;
}

/** What the main panel shows: its zoom, and its extent once deck.gl has laid it out. */
export interface Sight {
  zoom: number;
  bounds: Bounds | null;
}

/** A window no view lies in: lines kept before the view was known are kept again once it is. */
const NOWHERE: Bounds = [Infinity, Infinity, -Infinity, -Infinity];

const outside = (window: Bounds | null | undefined, view: Bounds | null): boolean =>
  Boolean(window && view && !covers(window, view));

/** Each level's lines are cut into pieces once, the first time a window is asked of them. */
const cut = new WeakMap<readonly Line[], LinePieces>();
function piecesOf(lines: readonly Line[]): LinePieces {
  let pieces = cut.get(lines);
  if (!pieces) {
    pieces = cutLines(lines);
    cut.set(lines, pieces);
  }
  return pieces;
}

/**
 * Besides new props, a zoom into another level of border detail, or a pan or zoom out of the
 * window the lines were kept for; a pan within it does nothing.
 */
export function zoomedBordersNeedUpdate(
  changeFlags: ChangeFlags,
  sight: Sight,
  state: Partial<ZoomedBorders>,
): boolean {
  if (changeFlags.propsOrDataChanged) return true;
  if (!changeFlags.viewportChanged) return false;
  return lineLevel(sight.zoom) !== state.borderLevel || outside(state.borderWindow, sight.bounds);
}

/**
 * The level and lines to draw, or null where the state already has them. With `windowed`,
 * only the pieces of line in and around the view: every vertex is work for the GPU, on screen
 * or not, and at a province's zoom most of the country's borders lie off it.
 */
export function zoomedBorders(
  state: ZoomedBorders,
  sight: Sight,
  detailChanged: boolean,
  windowed: boolean,
): Pick<ZoomedBorders, 'borderLevel' | 'borders' | 'borderWindow'> | null {
  const level = lineLevel(sight.zoom);
  const stale = level !== state.borderLevel || outside(state.borderWindow, sight.bounds);
  if (!detailChanged && !stale) return null;
  const lines = state.borderDetail(level);
  if (!windowed) return { borderLevel: level, borders: lines, borderWindow: null };
  if (!sight.bounds) return { borderLevel: level, borders: lines, borderWindow: NOWHERE };
  const window = lineWindow(sight.bounds);
  return { borderLevel: level, borders: piecesIn(piecesOf(lines), window), borderWindow: window };
}
