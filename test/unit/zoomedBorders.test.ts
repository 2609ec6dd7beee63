import { describe, it, expect } from 'vitest';
import type { ChangeFlags } from '@deck.gl/core';
import { linesAtZoom, type Line } from '../../src/core/linesAtZoom';
import {
  zoomedBorders,
  zoomedBordersNeedUpdate,
  type Sight,
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

/** The layers' calls, for a view that has changed and is now `sight`. */
const bordersAt = (state: ZoomedBorders, sight: Sight, detail: boolean, windowed: boolean) =>
  zoomedBorders(state, () => sight, { detail, view: true }, windowed);
const needsUpdate = (flags: ChangeFlags, sight: Sight, state: ZoomedBorders) =>
  zoomedBordersNeedUpdate(flags, () => sight, state);

describe('zoomedBorders', () => {
  it('draws, in the main panel, only the borders in and around what it shows', () => {
    const state = stateWith([guizhou, daqing]);
    const next = bordersAt(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, true)!;
    expect(next.borders).toEqual([guizhou]);
  });

  it('draws every border where it is not windowed (an inset’s own)', () => {
    const state = stateWith([guizhou, daqing]);
    const next = bordersAt(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, false)!;
    expect(next.borders).toEqual([guizhou, daqing]);
    expect(next.borderWindow).toBeNull();
  });

  it('draws every border until the view is known, then keeps the window once it is', () => {
    const state = stateWith([guizhou, daqing]);
    Object.assign(state, bordersAt(state, { zoom: 7, bounds: null }, true, true));
    expect(state.borders).toEqual([guizhou, daqing]);
    const sight = { zoom: 7, bounds: [104, 24, 109, 29] as const };
    expect(needsUpdate(moved, { ...sight, bounds: [...sight.bounds] }, state)).toBe(true);
    Object.assign(state, bordersAt(state, { ...sight, bounds: [...sight.bounds] }, false, true));
    expect(state.borders).toEqual([guizhou]);
  });

  it('keeps its lines for a pan within the window, and takes others for a pan beyond it', () => {
    const state = stateWith([guizhou, daqing]);
    Object.assign(state, bordersAt(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, true));
    const near = { zoom: 7.2, bounds: [105, 25, 110, 30] as [number, number, number, number] };
    expect(needsUpdate(moved, near, state)).toBe(false);
    expect(bordersAt(state, near, false, true)).toBeNull();
    const north = { zoom: 7.2, bounds: [122, 44, 127, 49] as [number, number, number, number] };
    expect(needsUpdate(moved, north, state)).toBe(true);
    expect(bordersAt(state, north, false, true)!.borders).toEqual([daqing]);
  });

  it('takes the next level of detail on a zoom into it, wherever the view is', () => {
    const state = stateWith([guizhou, daqing]);
    Object.assign(state, bordersAt(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, true));
    const closer = { zoom: 8.1, bounds: [105, 25, 107, 27] as [number, number, number, number] };
    expect(needsUpdate(moved, closer, state)).toBe(true);
    expect(bordersAt(state, closer, false, true)!.borderLevel).toBe(8);
  });

  it('asks nothing of the view when only props changed (a timeline step)', () => {
    const state = stateWith([guizhou, daqing]);
    Object.assign(state, bordersAt(state, { zoom: 7, bounds: [104, 24, 109, 29] }, true, true));
    const unasked = () => {
      throw new Error('the view was asked for');
    };
    expect(zoomedBorders(state, unasked, { detail: false, view: false }, true)).toBeNull();
    const step = { viewportChanged: false, propsOrDataChanged: true } as unknown as ChangeFlags;
    expect(zoomedBordersNeedUpdate(step, unasked, state)).toBe(true);
  });
});
