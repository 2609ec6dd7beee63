import { describe, it, expect } from 'vitest';
import { buildMapModel, geometryBounds, type BoundaryCollection } from '../../src/core/mapModel';
import { buildColorTable, buildStatusTable, colorAt } from '../../src/core/colorTable';
import { Status } from '../../src/core/status';
import { LAYER, dataset, obs, region, square } from './make';

const boundaries: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: [square(100, 20), square(104, 24)] },
      properties: { code: '520100', name: '贵阳市', lon: 100.5, lat: 20.5 },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(110, 30, 2) },
      properties: { code: '999999', name: '无此地', lon: 111, lat: 31 },
    },
  ],
};

function model() {
  return buildMapModel(
    dataset(
      [obs('520100', '2020-02-01', 50), obs('guian', '2020-02-03', 100)],
      [
        region('520100', '贵阳市'),
        region('guian', '贵安新区', { level: 'new_area', lon: 106.4, lat: 26.4 }),
        region('520000', '贵州省', { level: 'province', lon: 0, lat: 0 }),
      ],
    ),
    boundaries,
  );
}

describe('buildMapModel', () => {
  it('puts polygon regions first, in boundary order, then point-only regions', () => {
    const m = model();
    expect(m.rows.map((r) => r.code)).toEqual(['520100', 'guian', '520000']);
    expect(m.features).toHaveLength(1);
    expect(m.pointOnlyRows).toEqual([1, 2]);
  });

  it('reports boundary features that match no region', () => {
    expect(model().unmatchedFeatures).toEqual(['999999']);
  });

  it('splits a MultiPolygon into parts that all point at the same timeline row', () => {
    const m = model();
    expect(m.polygons).toHaveLength(2);
    expect(m.polygons.map((p) => p.row)).toEqual([0, 0]);
  });

  it('takes the borders given with the boundaries, each shared border once', () => {
    const borders = [
      [
        [0, 0],
        [1, 1],
      ],
    ];
    const m = buildMapModel(model().dataset, { ...boundaries, borders });
    expect(m.borders).toBe(borders);
  });

  it('without given borders, outlines every ring of every region', () => {
    expect(model().borders).toHaveLength(2);
  });

  it('gives a polygon row its geometry extent and a point row a small box', () => {
    const m = model();
    expect(m.rowBounds[0]).toEqual([100, 20, 105, 25]);
    const [w, s, e, n] = m.rowBounds[1]!;
    expect(w).toBeLessThan(106.4);
    expect(e).toBeGreaterThan(106.4);
    expect(s).toBeLessThan(26.4);
    expect(n).toBeGreaterThan(26.4);
  });

  it('frames every region but the provinces in the overall bounds', () => {
    const [w, , e] = model().bounds;
    expect(w).toBe(100);
    expect(e).toBeGreaterThan(106.4);
    expect(e).toBeLessThan(107);
  });

  it('builds each timeline once and hands back the same arrays', () => {
    const m = model();
    const opts = { interpolate: false, maxAgeDays: 30 };
    expect(m.timeline(LAYER, opts)).toBe(m.timeline(LAYER, opts));
    expect(m.timeline(LAYER, opts)).not.toBe(m.timeline(LAYER, { ...opts, interpolate: true }));
  });

  it('spans its dates from the first to the last observation', () => {
    expect(model().dates).toEqual(['2020-02-01', '2020-02-02', '2020-02-03']);
  });
});

describe('geometryBounds', () => {
  it('walks nested rings of any depth', () => {
    expect(geometryBounds([square(1, 2), square(-3, 5)])).toEqual([-3, 2, 2, 6]);
  });
});

describe('buildColorTable', () => {
  const style = {
    color: (v: number) => [Math.round(v), 0, 0] as const,
    noData: [1, 2, 3, 4] as const,
    alphaByStatus: [0, 255, 100, 150, 0],
  };

  it('lays out one RGBA texel per row and day, rows across and days down', () => {
    const m = model();
    const t = m.timeline(LAYER, { interpolate: false, maxAgeDays: 30 });
    const table = buildColorTable(t, style);
    expect(table.width).toBe(3);
    expect(table.height).toBe(3);
    expect(table.data).toHaveLength(3 * 3 * 4);
  });

  it('colours an observed value solid and a carried one with the carried opacity', () => {
    const t = model().timeline(LAYER, { interpolate: false, maxAgeDays: 30 });
    const table = buildColorTable(t, style);
    expect(colorAt(table, 0, 0)).toEqual([50, 0, 0, 255]);
    expect(colorAt(table, 1, 0)).toEqual([50, 0, 0, 100]);
  });

  it('gives a region without a figure the no-data colour, never a scale colour', () => {
    const t = model().timeline(LAYER, { interpolate: false, maxAgeDays: 30 });
    const table = buildColorTable(t, style);
    expect(colorAt(table, 0, 1)).toEqual([1, 2, 3, 4]);
    expect(colorAt(table, 2, 2)).toEqual([1, 2, 3, 4]);
  });

  it('draws a carried value past the maximum age like no data, never as plain land', () => {
    const t = model().timeline(LAYER, { interpolate: false, maxAgeDays: 1 });
    const table = buildColorTable(t, style);
    expect(colorAt(table, 2, 0)).toEqual(style.noData);
    expect(colorAt(table, 2, 0)[3]).toBeGreaterThan(0);
  });
});

describe('buildStatusTable', () => {
  it('marks every cell of any of several statuses (no data and too old share a hatch)', () => {
    const t = model().timeline(LAYER, { interpolate: false, maxAgeDays: 1 });
    const grey = [0, 0, 0, 64] as const;
    const table = buildStatusTable(t, [Status.None, Status.Stale], grey);
    expect(table).not.toBeNull();
    expect(colorAt(table!, 2, 0)).toEqual(grey);
    expect(colorAt(table!, 0, 0)).toEqual([0, 0, 0, 0]);
  });

  const white = [255, 255, 255, 200] as const;
  const interpolated = () =>
    buildMapModel(
      dataset(
        [obs('520100', '2020-02-01', 50), obs('520100', '2020-02-05', 90)],
        [region('520100', '贵阳市')],
      ),
      boundaries,
    ).timeline(LAYER, { interpolate: true, maxAgeDays: 30 });

  it('marks exactly the cells with the status, leaving every other cell transparent', () => {
    const table = buildStatusTable(interpolated(), 3, white);
    expect(table).not.toBeNull();
    const days = [0, 1, 2, 3, 4].map((d) => colorAt(table!, d, 0)[3]);
    expect(days).toEqual([0, 200, 200, 200, 0]);
  });

  it('gives no table when no cell has the status, so no layer is made for it', () => {
    const t = model().timeline(LAYER, { interpolate: false, maxAgeDays: 30 });
    expect(buildStatusTable(t, 3, white)).toBeNull();
  });
});
