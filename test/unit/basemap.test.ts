import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../src/render/basemapStyle';
import { NO_SOURCES_MESSAGE, replyTo } from '../../src/render/basemapWorker';
import { polygonParts, ringPaths } from '../../src/core/polygonParts';

const square = (x: number) => [
  [x, 0],
  [x + 1, 0],
  [x + 1, 1],
  [x, 1],
  [x, 0],
];

describe('the basemap without MapLibre sources', () => {
  it('has no sources, so MapLibre’s worker is never asked for data', () => {
    expect(Object.keys(basemapStyle().sources)).toEqual([]);
  });

  it('has no layers: the sea is the map box’s colour, not a background drawn once per tile', () => {
    expect(basemapStyle().layers).toEqual([]);
  });

  it('the stand-in worker answers every style message with nothing, echoing its id', () => {
    for (const type of ['SR', 'SL', 'UL', 'SI', 'UGS', 'RM', 'PI', 'SRPS', 'IS'])
      expect(replyTo({ id: 'a1', type }, 'http://x')).toEqual({
        id: 'a1',
        type: '<response>',
        sourceMapId: null,
        origin: 'http://x',
        error: null,
        data: null,
      });
  });

  it('the stand-in worker refuses data and tile requests, saying why', () => {
    for (const type of ['LD', 'LT', 'RT', 'LDT'])
      expect(replyTo({ id: 'b', type }, 'http://x')?.error).toEqual({
        $name: 'Error',
        message: NO_SOURCES_MESSAGE,
      });
  });

  it('the stand-in worker never answers a response, a cancel or a message without an id', () => {
    expect(replyTo({ id: 'c', type: '<response>' }, 'o')).toBeNull();
    expect(replyTo({ id: 'c', type: '<cancel>' }, 'o')).toBeNull();
    expect(replyTo({ type: 'SL' }, 'o')).toBeNull();
  });
});

describe('polygon parts and rings', () => {
  const features = [
    { geometry: { type: 'Polygon', coordinates: [square(0), square(0.2)] } },
    { geometry: { type: 'MultiPolygon', coordinates: [[square(5)], [square(7)]] } },
    { geometry: { type: 'Point', coordinates: [1, 1] } },
    { geometry: null },
  ];

  it('a MultiPolygon gives one part per polygon, each tagged with its feature', () => {
    expect(polygonParts(features).map((p) => p.row)).toEqual([0, 1, 1]);
  });

  it('features that are not polygons give no parts and keep the rows of the others', () => {
    expect(polygonParts([features[2]!, features[0]!]).map((p) => p.row)).toEqual([1]);
  });

  it('every ring becomes a line, holes included', () => {
    const rings = ringPaths(polygonParts(features));
    expect(rings.map((r) => r.row)).toEqual([0, 0, 1, 1]);
    expect(rings[1]?.path).toEqual(square(0.2));
  });
});
