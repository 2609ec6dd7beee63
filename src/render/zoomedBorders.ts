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

/** Whether the lines drawn no longer serve the view: another level of detail, or beyond their window. */
function stale(state: Partial<ZoomedBorders>, sight: Sight): boolean {
  return lineLevel(sight.zoom) !== state.borderLevel || outside(state.borderWindow, sight.bounds);
}

/**
 * Besides new props, a zoom into another level of border detail, or a pan or zoom out of the
 * window the lines were kept for; a pan within it does nothing. The view is asked for only
 * when it has changed: a timeline step changes props, never the view.
 */
export function zoomedBordersNeedUpdate(
  changeFlags: ChangeFlags,
  sight: () => Sight,
  state: Partial<ZoomedBorders>,
): boolean {
  if (changeFlags.propsOrDataChanged) return true;
  return Boolean(changeFlags.viewportChanged) && stale(state, sight());
}

/**
 * The level and lines to draw, or null where the state already has them: only a change of
 * detail (new lines) or of the view can change them. With `windowed`, only the pieces of line
 * in and around the view: every vertex is work for the GPU, on screen or not, and at a
 * province's zoom most of the country's borders lie off it.
 */
export function zoomedBorders(
  state: ZoomedBorders,
  sight: () => Sight,
  changed: { detail: boolean; view: boolean },
  windowed: boolean,
): Pick<ZoomedBorders, 'borderLevel' | 'borders' | 'borderWindow'> | null {
  if (!changed.detail && !changed.view) return null;
  const view = sight();
  if (!changed.detail && !stale(state, view)) return null;
  const level = lineLevel(view.zoom);
  const lines = state.borderDetail(level);
  if (!windowed) return { borderLevel: level, borders: lines, borderWindow: null };
  if (!view.bounds) return { borderLevel: level, borders: lines, borderWindow: NOWHERE };
  const window = lineWindow(view.bounds);
  return { borderLevel: level, borders: piecesIn(piecesOf(lines), window), borderWindow: window };
}
