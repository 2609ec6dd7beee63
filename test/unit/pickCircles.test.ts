import { describe, expect, it } from 'vitest';
import { pickCircles, type CircleState } from '../../src/core/pickCircles';
import { ANCHOR } from '../../src/core/pointStyle';
import { Status } from '../../src/core/status';
import type { Timeline } from '../../src/core/timeline';

// Three regions on two days; row 2 is a county-level city drawn only as a ring.
const model = {
  rows: [
    { lon: 106.7, lat: 26.6 },
    { lon: 107, lat: 27.7 },
    { lon: 117.2, lat: 35.1 },
  ],
} as never;

/** Day 0: row 0 observed at 80, row 1 carried at 60, row 2 nothing. Day 1: row 0 stale. */
const points = {
  values: Float32Array.from([80, 60, NaN, 80, NaN, NaN]),
  status: Uint8Array.from([
    Status.Observed,
    Status.Carried,
    Status.None,
    Status.Stale,
    Status.None,
    Status.None,
  ]),
} as unknown as Timeline;

const state = (over: Partial<CircleState> = {}): CircleState => ({
  points,
  dayIndex: 0,
  radius: (v) => v / 10,
  hoverRow: null,
  selectedRow: null,
  ...over,
});

describe('pickCircles', () => {
  it('puts the figures’ circles under the location marks, each at its outer edge', () => {
    const circles = pickCircles(model, [0, 1, 2], [0, 2], state());
    expect(circles.map((c) => c.row)).toEqual([0, 1, 0, 2]);
    // Observed: radius 8 and a 1 px ring; carried: radius 6 and a 2 px ring.
    expect(circles[0]).toEqual({ row: 0, lon: 106.7, lat: 26.6, radius: 8.5 });
    expect(circles[1]!.radius).toBe(7);
    expect(circles[3]!.radius).toBe(ANCHOR.radius + ANCHOR.line / 2);
  });

  it('gives a region without a figure that day no circle of a figure', () => {
    const circles = pickCircles(model, [0, 1, 2], [], state({ dayIndex: 1 }));
    // Day 1: row 0's figure is too old and shows as the small grey ring; rows 1 and 2 none.
    expect(circles.map((c) => c.row)).toEqual([0]);
    expect(circles[0]!.radius).toBe(3 + 0.5);
  });

  it('has no circles of figures on a map that shows none', () => {
    expect(pickCircles(model, [0, 1, 2], [], state({ points: null }))).toEqual([]);
  });

  it('draws the hovered and the selected region’s mark larger, the selected one heavier', () => {
    const circles = pickCircles(model, [], [0, 1, 2], state({ hoverRow: 1, selectedRow: 2 }));
    expect(circles.map((c) => c.radius)).toEqual([
      ANCHOR.radius + ANCHOR.line / 2,
      ANCHOR.radiusFocus + ANCHOR.line / 2,
      ANCHOR.radiusFocus + ANCHOR.lineSelected / 2,
    ]);
  });

  it('skips a row the model does not have', () => {
    expect(pickCircles(model, [], [5], state())).toEqual([]);
  });
});
