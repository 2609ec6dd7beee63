import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTopology } from '../../src/core/readBoundaries';
import { regionsFromBoundaryJson } from '../../src/core/ingest/regionsFromGeoJson';
import type { Topology } from 'topojson-specification';

/**
 * Two unit squares side by side, sharing the edge x = 1, as TopoJSON: arc 0 is the shared
 * edge, arcs 1 and 2 the outer parts of the left and right square.
 */
const twoSquares: Topology = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
  objects: {
    regions: {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'Polygon',
          arcs: [[0, 1]],
          properties: { code: 'L', name: 'left', lon: 0.5, lat: 0.5 },
        },
        {
          type: 'Polygon',
          arcs: [[2, -1]],
          properties: { code: 'R', name: 'right', lon: 1.5, lat: 0.5 },
        },
      ],
    },
  },
};

const lineLength = (lines: number[][][]) =>
  lines.reduce(
    (sum, line) =>
      sum +
      line
        .slice(1)
        .reduce((s, p, i) => s + Math.hypot(p[0]! - line[i]![0]!, p[1]! - line[i]![1]!), 0),
    0,
  );

describe('reading TopoJSON boundaries', () => {
  it('turns TopoJSON into features that keep their properties', () => {
    const layer = readTopology(twoSquares)!;
    expect(layer.features.map((f) => f.properties)).toEqual([
      { code: 'L', name: 'left', lon: 0.5, lat: 0.5 },
      { code: 'R', name: 'right', lon: 1.5, lat: 0.5 },
    ]);
    expect(layer.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Polygon']);
  });

  it('gives a border two polygons share once: two squares have 7 units of border, not 8', () => {
    const layer = readTopology(twoSquares)!;
    expect(lineLength(layer.borders as number[][][])).toBe(7);
  });

  it('gives nothing for a topology without a collection of polygons', () => {
    expect(readTopology({ type: 'Topology', arcs: [], objects: {} })).toBeNull();
  });

  it('the shipped regions keep the 13 codes with their names and label points', () => {
    const text = readFileSync(
      new URL('../../data/boundaries/regions.topojson', import.meta.url),
      'utf8',
    );
    const layer = readTopology(JSON.parse(text) as Topology)!;
    const codes = layer.features.map((f) => f.properties?.code as string);
    expect(codes).toHaveLength(13);
    expect(new Set(codes).size).toBe(13);
    for (const f of layer.features) {
      expect(Object.keys(f.properties ?? {}).sort()).toEqual(['code', 'lat', 'lon', 'name']);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });
});

describe('a boundary file a user brings', () => {
  it('is read from TopoJSON as from GeoJSON: its first collection, every polygon a region', () => {
    const r = regionsFromBoundaryJson(twoSquares);
    // 'L' and 'R' are not GB codes, so the join goes by name.
    expect(r?.regions.map((x) => x.name)).toEqual(['left', 'right']);
    expect(r?.boundaries.features).toHaveLength(2);
  });

  it('is refused, not read as empty, when the topology holds no collection of polygons', () => {
    expect(regionsFromBoundaryJson({ type: 'Topology', arcs: [], objects: {} })).toBeNull();
  });
});
