import { describe, expect, it } from 'vitest';
import {
  pointFill,
  pointLine,
  pointLineWidth,
  pointRadius,
  pointRows,
  POINT_LINE,
} from '../../src/core/pointStyle';
import { Status } from '../../src/core/status';

const radius = (v: number) => Math.sqrt(v);

describe('point style', () => {
  it('draws an observed figure at its size, solid', () => {
    expect(pointRadius(Status.Observed, 100, radius)).toBe(10);
    expect(pointFill(Status.Observed)[3]).toBeGreaterThan(pointFill(Status.Interpolated)[3]);
  });

  it('draws nothing where there is no figure', () => {
    expect(pointRadius(Status.None, 100, radius)).toBe(0);
  });

  it('draws a stale figure as a small empty grey ring, not at its size', () => {
    expect(pointRadius(Status.Stale, 10_000, radius)).toBeLessThan(radius(10_000));
    expect(pointFill(Status.Stale)[3]).toBe(0);
    expect(pointLine(Status.Stale)).not.toEqual(POINT_LINE);
  });

  it('gives carried and uncertain circles a heavier ring than observed ones', () => {
    for (const s of [Status.Carried, Status.Uncertain])
      expect(pointLineWidth(s)).toBeGreaterThan(pointLineWidth(Status.Observed));
  });

  it('never puts a circle on a province', () => {
    expect(
      pointRows([{ level: 'province' }, { level: 'prefecture' }, { level: 'county' }]),
    ).toEqual([1, 2]);
  });
});
