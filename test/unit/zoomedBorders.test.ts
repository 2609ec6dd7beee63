import { describe, it, expect } from 'vitest';
import type { ChangeFlags } from '@deck.gl/core';
import { linesAtZoom, type Line } from '../../src/core/linesAtZoom';
import {
  zoomedBorders,
  zoomedBordersNeedUpdate,
  type ZoomedBorders,
} from '../../src/render/zoomedBorders';

/** Two short borders far apart: one in Guizhou, one in Heilongjiang. */
const guizhou: Line = [
  [106, 26],
  [106.5, 26.5],
];
const daqing: Line = [
  [124, 46],
  [125, 46.5],
];

function stateWith(lines: Line[]): ZoomedBorders {
  return { borderDetail: linesAtZoom(lines), borderLevel: -1, borders: [], borderWindow: null };
}

const moved = { viewportChanged: true, propsOrDataChanged: false } as unknown as ChangeFlags;

describe('zoomedBorders', () => {
  it('draws, in the main panel, only the borders in and around what it shows', () => {
    const state = stateWith([guizhou, daqing]);
    const next = zoomedBorders(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, true)!;
    expect(next.borders).toEqual([guizhou]);
  });

  it('draws every border where it is not windowed (an inset’s own)', () => {
    const state = stateWith([guizhou, daqing]);
    const next = zoomedBorders(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, false)!;
    expect(next.borders).toEqual([guizhou, daqing]);
    expect(next.borderWindow).toBeNull();
  });

  it('draws every border until the view is known, then keeps the window once it is', () => {
    const state = stateWith([guizhou, daqing]);
    Object.assign(state, zoomedBorders(state, { zoom: 7, bounds: null }, true, true));
    expect(state.borders).toEqual([guizhou, daqing]);
    const sight = { zoom: 7, bounds: [104, 24, 109, 29] as const };
    expect(zoomedBordersNeedUpdate(moved, { ...sight, bounds: [...sight.bounds] }, state)).toBe(
      true,
    );
    Object.assign(
      state,
      zoomedBorders(state, { ...sight, bounds: [...sight.bounds] }, false, true),
    );
    expect(state.borders).toEqual([guizhou]);
  });

  it('keeps its lines for a pan within the window, and takes others for a pan beyond it', () => {
    const state = stateWith([guizhou, daqing]);
    Object.assign(state, zoomedBorders(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, true));
    const near = { zoom: 7.2, bounds: [105, 25, 110, 30] as [number, number, number, number] };
    expect(zoomedBordersNeedUpdate(moved, near, state)).toBe(false);
    expect(zoomedBorders(state, near, false, true)).toBeNull();
    const north = { zoom: 7.2, bounds: [122, 44, 127, 49] as [number, number, number, number] };
    expect(zoomedBordersNeedUpdate(moved, north, state)).toBe(true);
    expect(zoomedBorders(state, north, false, true)!.borders).toEqual([daqing]);
  });

  it('takes the next level of detail on a zoom into it, wherever the view is', () => {
    const state = stateWith([guizhou, daqing]);
    Object.assign(state, zoomedBorders(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, true));
    const closer = { zoom: 8.1, bounds: [105, 25, 107, 27] as [number, number, number, number] };
    expect(zoomedBordersNeedUpdate(moved, closer, state)).toBe(true);
    expect(zoomedBorders(state, closer, false, true)!.borderLevel).toBe(8);
  });
});
