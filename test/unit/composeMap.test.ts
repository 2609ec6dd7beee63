import { describe, expect, it } from 'vitest';
import { composeMap, MAX_INSETS } from '../../src/core/composeMap';
import {
  buildMapModel,
  type BoundaryCollection,
  type BoundaryFeature,
} from '../../src/core/mapModel';
import type { Region } from '../../src/core/types';
import { dataset, obs, region, square } from './make';

function feature(code: string, x: number, y: number, d = 1): BoundaryFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: square(x, y, d) },
    properties: { code, name: code, lon: x + d / 2, lat: y + d / 2 },
  };
}

/** Guizhou's prefectures in one place, and three far-away cities as the articles have them. */
function articles(extra: Region[] = []) {
  const regions = [
    region('520000', '贵州省', { level: 'province' }),
    region('520100', '贵阳', { parent: '520000' }),
    region('520300', '遵义', { parent: '520000' }),
    region('520400', '安顺', { parent: '520000' }),
    region('230000', '黑龙江省', { level: 'province', lon: 127.8, lat: 47.9 }),
    region('230600', '大庆', { parent: '230000' }),
    region('370400', '枣庄', { parent: '370000', lon: 117.6, lat: 34.9 }),
    region('370481', '滕州', { level: 'county', parent: '370400' }),
    region('450800', '贵港', { parent: '450000' }),
    region('450802', '港北区', { level: 'district', parent: '450800', lon: 109.6, lat: 23.1 }),
    ...extra,
  ];
  const boundaries: BoundaryCollection = {
    type: 'FeatureCollection',
    features: [
      feature('520100', 106, 26),
      feature('520300', 106, 27),
      feature('520400', 105, 26),
      feature('230600', 124, 45.5, 1.5),
      feature('370481', 117, 34.8, 0.4),
      feature('450800', 109, 22.6),
    ],
  };
  const observations = regions.map((r) => obs(r.code, '2020-03-01', 90));
  return buildMapModel(dataset(observations, regions), boundaries);
}

const codes = (m: ReturnType<typeof articles>, rows: number[]) => rows.map((r) => m.rows[r]!.code);

describe('composeMap', () => {
  it('puts the province with the most drawn regions in the main panel', () => {
    const m = articles();
    const c = composeMap(m)!;
    expect(codes(m, c.mainRows).sort()).toEqual(['520100', '520300', '520400']);
    expect(c.main).toEqual([105, 26, 107, 28]);
  });

  it('gives every other province an inset, north to south, keyed by province', () => {
    const c = composeMap(articles())!;
    expect(c.insets.map((i) => i.key)).toEqual(['230000', '370000', '450000']);
  });

  it('frames everything drawn in an inset, points of regions without a polygon too', () => {
    const m = articles();
    const shandong = composeMap(m)!.insets[1]!;
    expect(codes(m, shandong.rows).sort()).toEqual(['370400', '370481']);
    // 枣庄 has no polygon: its label point, with the small box every point gets, counts.
    expect(shandong.bounds[3]).toBeCloseTo(35.2, 6);
    expect(shandong.bounds[0]).toBeCloseTo(117, 6);
  });

  it('names an inset after its polygons, largest first, never after a province', () => {
    const m = articles();
    const c = composeMap(m)!;
    expect(c.insets.map((i) => codes(m, i.named))).toEqual([['230600'], ['370481'], ['450800']]);
    for (const inset of c.insets) expect(codes(m, inset.rows)).not.toContain('230000');
  });

  it('gives a neighbouring area an inset of its own', () => {
    const m = articles([region('430500', '邵阳', { parent: '430000', lon: 108.5, lat: 27.5 })]);
    const c = composeMap(m)!;
    expect(codes(m, c.mainRows)).not.toContain('430500');
    expect(c.insets.map((i) => i.key)).toContain('430000');
  });

  it('frames an area that overlaps the main one in the main panel', () => {
    const m = articles([region('430500', '邵阳', { parent: '430000', lon: 106.5, lat: 27.5 })]);
    const c = composeMap(m)!;
    expect(codes(m, c.mainRows)).toContain('430500');
    expect(c.insets.map((i) => i.key)).not.toContain('430000');
  });

  it('composes nothing when everything lies in one province', () => {
    const regions = [region('520100', '贵阳'), region('520300', '遵义')];
    const m = buildMapModel(dataset([obs('520100', '2020-03-01', 1)], regions), {
      type: 'FeatureCollection',
      features: [feature('520100', 106, 26), feature('520300', 106, 27)],
    });
    expect(composeMap(m)).toBeNull();
  });

  it(`composes nothing when more than ${MAX_INSETS} areas would need an inset`, () => {
    const regions = Array.from({ length: MAX_INSETS + 2 }, (_, i) =>
      region(`${11 + i * 3}0100`, `c${i}`, { lon: 80 + i * 8, lat: 30 }),
    );
    const m = buildMapModel(dataset([], regions), {
      type: 'FeatureCollection',
      features: regions.map((r, i) => feature(r.code, 80 + i * 8, 30)),
    });
    expect(composeMap(m)).toBeNull();
  });
});
