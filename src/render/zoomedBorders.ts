import type { ChangeFlags } from '@deck.gl/core';
import { lineLevel, type Line } from '../core/linesAtZoom';

/** What a layer that draws borders by zoom keeps in its state. */
export interface ZoomedBorders {
  [key: string]: unknown;
  /** The borders at each zoom's detail (core/linesAtZoom.ts). */
  borderDetail: (zoom: number) => readonly Line[];
  /** The level drawn now, and its lines. */
  borderLevel: number;
  borders: readonly Line[];
}

/** Besides new props, a zoom into another level of border detail; panning does nothing. */
export function zoomedBordersNeedUpdate(
  changeFlags: ChangeFlags,
  zoom: number,
  state: Partial<ZoomedBorders>,
): boolean {
  return (
    changeFlags.propsOrDataChanged ||
    (Boolean(changeFlags.viewportChanged) && lineLevel(zoom) !== state.borderLevel)
  );
}

/** The level and lines to draw at `zoom`, or null where the state already has them. */
export function zoomedBorders(
  state: ZoomedBorders,
  zoom: number,
  detailChanged: boolean,
): Pick<ZoomedBorders, 'borderLevel' | 'borders'> | null {
  const level = lineLevel(zoom);
  if (!detailChanged && level === state.borderLevel) return null;
  return { borderLevel: level, borders: state.borderDetail(level) };
}
