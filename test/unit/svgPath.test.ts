import { describe, it, expect } from 'vitest';
import { escapeXml, geometryToPath, svgColor } from '../../src/core/svgPath';

const identity = (lon: number, lat: number) => [lon, lat] as const;

describe('geometryToPath', () => {
  it('draws a polygon ring as a closed path through the projection', () => {
    const d = geometryToPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 0],
          ],
        ],
      },
      (lon, lat) => [lon * 2, 100 - lat * 2],
    );
    expect(d).toBe('M0 100L20 100L20 80L0 100Z');
  });

  it('keeps holes and every part of a multipolygon', () => {
    const square = (o: number) => [
      [o, o],
      [o + 4, o],
      [o + 4, o + 4],
      [o, o + 4],
      [o, o],
    ];
    const d = geometryToPath(
      { type: 'MultiPolygon', coordinates: [[square(0), square(1)], [square(10)]] },
      identity,
    );
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/Z/g)).toHaveLength(3);
  });

  it('rounds to a tenth of a pixel and leaves out points that round to the same place', () => {
    const d = geometryToPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0.01, 0.02],
            [5.55, 0],
            [5.55, 5],
            [0, 0],
          ],
        ],
      },
      identity,
    );
    expect(d).toBe('M0 0L5.6 0L5.6 5L0 0Z');
  });

  it('drops rings that collapse, and other geometry types', () => {
    expect(
      geometryToPath(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [0, 0.01],
              [0, 0],
            ],
          ],
        },
        identity,
      ),
    ).toBe('');
    expect(geometryToPath({ type: 'Point', coordinates: [1, 2] }, identity)).toBe('');
  });

  it('skips points the projection cannot place', () => {
    const d = geometryToPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [2, 2],
            [0, 1],
            [0, 0],
          ],
        ],
      },
      (lon, lat) => (lon === 2 ? [NaN, NaN] : [lon, lat]),
    );
    expect(d).toBe('M0 0L1 0L0 1L0 0Z');
  });
});

describe('svg helpers', () => {
  it('escapes text for XML', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;',
    );
  });
  it('splits RGBA into colour and opacity', () => {
    expect(svgColor([12, 44, 132, 255])).toEqual({ color: 'rgb(12,44,132)', opacity: '1' });
    expect(svgColor([189, 189, 189, 120])).toEqual({ color: 'rgb(189,189,189)', opacity: '0.471' });
  });
});
