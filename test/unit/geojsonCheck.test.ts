import { describe, it, expect } from 'vitest';
import { checkBoundaries } from '../../src/core/geojsonCheck';
import { en, english } from './englishIssues';

const square = (lon = 106, lat = 26) => [
  [
    [lon, lat],
    [lon + 1, lat],
    [lon + 1, lat + 1],
    [lon, lat],
  ],
];
const feature = (geometry: unknown, code = '520100') => ({
  type: 'Feature',
  properties: { code, name: '贵阳市' },
  geometry,
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('checkBoundaries', () => {
  it('keeps well-formed polygons and multipolygons with no message', () => {
    const r = checkBoundaries(
      fc(
        feature({ type: 'Polygon', coordinates: square() }),
        feature({ type: 'MultiPolygon', coordinates: [square(), square(108)] }, '520200'),
      ),
      'regions.geojson',
    );
    expect(r.collection.features).toHaveLength(2);
    expect(r.issues).toEqual([]);
  });

  it('leaves out a feature with a latitude of 1e308 and names file, feature and coordinate', () => {
    const bad = square();
    (bad[0] as number[][])[2] = [107, 1e308];
    const r = checkBoundaries(
      fc(
        feature({ type: 'Polygon', coordinates: square() }),
        feature({ type: 'Polygon', coordinates: bad }, '520200'),
      ),
      'regions.geojson',
    );
    expect(r.collection.features.map((f) => f.properties.code)).toEqual(['520100']);
    expect(english(r.issues)).toEqual([
      {
        file: 'regions.geojson',
        row: 0,
        field: 'feature 1: geometry.coordinates[0][2]',
        message: 'latitude 1e+308 is outside −90…90',
      },
    ]);
  });

  it.each([
    ['a longitude beyond 180', [181, 26], 'longitude 181'],
    ['a non-finite number', [Infinity, 26], 'not finite'],
    ['a text coordinate', ['106', 26], 'not a [longitude, latitude] pair'],
  ])('refuses %s', (_, pos, words) => {
    const ring = square();
    (ring[0] as unknown[])[0] = pos;
    const r = checkBoundaries(fc(feature({ type: 'Polygon', coordinates: ring })), 'b.geojson');
    expect(r.collection.features).toEqual([]);
    expect(en(r.issues[0])).toContain(words);
    expect(r.issues[0]?.field).toMatch(/^feature 0: geometry\.coordinates\[0\]\[0\]$/);
  });

  it('names a feature whose geometry is null instead of failing on it', () => {
    const r = checkBoundaries(fc(feature(null)), 'b.geojson');
    expect(english(r.issues)).toEqual([
      {
        file: 'b.geojson',
        row: 0,
        field: 'feature 0: geometry',
        message: 'is null, not a geometry',
      },
    ]);
  });

  it('names an unknown geometry type', () => {
    const r = checkBoundaries(fc(feature({ type: 'Blob', coordinates: [] })), 'b.geojson');
    expect(r.issues[0]?.field).toBe('feature 0: geometry.type');
    expect(en(r.issues[0])).toContain('"Blob"');
  });

  it.each([[null], [[]], [{ type: 'Feature' }], ['text'], [{ type: 'FeatureCollection' }]])(
    'answers %j, which is not a FeatureCollection, with a message and no features',
    (json) => {
      const r = checkBoundaries(json, 'b.geojson');
      expect(r.collection.features).toEqual([]);
      expect(r.issues).toHaveLength(1);
      expect(en(r.issues[0])).toContain('not a FeatureCollection');
    },
  );
});
