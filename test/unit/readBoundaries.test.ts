import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import { readTopology } from '../../src/core/readBoundaries';
import { regionsFromBoundaryJson } from '../../src/core/ingest/regionsFromGeoJson';
import type { GeometryObject, Topology } from 'topojson-specification';

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

/**
 * Three quantized regions as a statistics office's tool writes them: delta-encoded arcs
 * with a transform, an arc used backwards, a multipolygon, an id, and a step that carries a
 * third value.
 */
function quantized(extra: GeometryObject[] = []): Topology {
  return {
    type: 'Topology',
    transform: { scale: [0.001, 0.002], translate: [103.5, 24.25] },
    arcs: [
      [
        [100, 0],
        [0, 100],
      ],
      [
        [100, 100],
        [-100, 0],
        [0, -100],
        [100, 0],
      ],
      [
        [100, 0],
        [100, 0, 7],
        [0, 100],
        [-100, 0],
      ],
      [
        [300, 300],
        [5, 0],
        [0, 5],
        [-5, -5],
      ],
    ],
    objects: {
      regions: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], id: 'a', properties: { code: 'L' } },
          { type: 'MultiPolygon', arcs: [[[2, -1]], [[3]]], properties: { code: 'R' } },
          ...extra,
        ],
      },
    },
  };
}

describe('decoding a quantized topology', () => {
  const client = (t: Topology) => {
    const object = t.objects.regions as GeometryObject;
    return {
      features: (feature(t, object) as GeoJSON.FeatureCollection).features,
      borders: mesh(t, object).coordinates,
    };
  };
  const ours = (t: Topology) => {
    const layer = readTopology(t)!;
    return { features: layer.features, borders: layer.borders };
  };
  const shipped = (name: string) =>
    JSON.parse(
      readFileSync(new URL(`../../data/boundaries/${name}`, import.meta.url), 'utf8'),
    ) as Topology;
  const firstObject = (t: Topology): Topology => ({
    ...t,
    objects: { regions: Object.values(t.objects)[0]! },
  });

  it('gives every coordinate, ring and border line topojson-client gives', () => {
    expect(ours(quantized())).toEqual(client(quantized()));
  });

  it('gives the shipped regions and provinces exactly as topojson-client does', () => {
    for (const name of ['regions.topojson', 'provinces.topojson']) {
      const t = firstObject(shipped(name));
      expect(ours(t), name).toEqual(client(t));
    }
  });

  it('keeps the client reading a layer that also holds points, whose positions are not steps', () => {
    const point: GeometryObject = { type: 'Point', coordinates: [50, 50], properties: {} };
    expect(ours(quantized([point]))).toEqual(client(quantized([point])));
  });

  it('leaves the topology it was given as it was', () => {
    const t = quantized();
    const before = structuredClone(t);
    readTopology(t);
    expect(t).toEqual(before);
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
