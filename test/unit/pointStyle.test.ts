import { describe, expect, it } from 'vitest';
import {
  figureCircle,
  pointFill,
  pointHaloWidth,
  pointLine,
  pointLineWidth,
  pointRadius,
  pointRows,
  POINT_HALO,
  POINT_LINE,
} from '../../src/core/pointStyle';
import { PALETTE } from '../../src/core/colorScale';
import { Status } from '../../src/core/status';

const radius = (v: number) => Math.sqrt(v);

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

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

  it('sets a faint circle on a light ring wider than its own, so it shows on the darkest polygon', () => {
    const darkest = PALETTE[PALETTE.length - 1]!;
    for (const s of [Status.Carried, Status.Uncertain]) {
      expect(pointHaloWidth(s)).toBeGreaterThan(pointLineWidth(s) + 2);
    }
    // The dark ring reads on light polygons, the light ring on dark ones.
    expect(contrast(POINT_HALO, darkest)).toBeGreaterThan(4.5);
    expect(contrast(POINT_HALO, POINT_LINE)).toBeGreaterThan(4.5);
  });

  it('gives filled circles no light ring: only faint ones need it', () => {
    expect(pointHaloWidth(Status.Observed)).toBe(0);
    expect(pointHaloWidth(Status.None)).toBe(0);
  });

  it('never puts a circle on a province', () => {
    expect(
      pointRows([{ level: 'province' }, { level: 'prefecture' }, { level: 'county' }]),
    ).toEqual([1, 2]);
  });
});

describe('figureCircle', () => {
  it('draws a figure as its circle, ring and halo, in the styles above', () => {
    expect(figureCircle(Status.Carried, 400, radius)).toEqual({
      radius: 20,
      fill: pointFill(Status.Carried),
      stroke: pointLine(Status.Carried),
      strokeWidth: pointLineWidth(Status.Carried),
      haloWidth: pointHaloWidth(Status.Carried),
    });
  });

  it('gives a region without a figure, or with a figure of no size, no circle at all, ring included', () => {
    expect(figureCircle(Status.None, 400, radius)).toBeNull();
    expect(figureCircle(Status.Observed, 0, radius)).toBeNull();
  });
});
