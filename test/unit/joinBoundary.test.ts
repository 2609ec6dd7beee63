import { describe, expect, it } from 'vitest';
import { regionsFromGeoJson, type BoundaryRegions } from '../../src/core/ingest/regionsFromGeoJson';
import type { ChinaLevel } from '../../src/core/shippedBoundaries';
import { createJoinBoundary } from '../../src/ui/joinBoundary';
import { region } from './make';
import { feature } from './threeCities';

const layer = (rows: [string, string, string][]): BoundaryRegions =>
  regionsFromGeoJson({
    features: rows.map(([code, name, parentName], i) => ({
      type: 'Feature',
      properties: { code, name, parent: `${code.slice(0, 4)}00`, parent_name: parentName },
      geometry: feature(code, 100 + i).geometry,
    })),
  });
const LAYERS: Record<ChinaLevel, BoundaryRegions> = {
  province: layer([
    ['440000', '广东省', ''],
    ['520000', '贵州省', ''],
  ]),
  prefecture: layer([['520100', '贵阳市', '贵州省']]),
  county: layer([
    ['520113', '白云区', '贵阳市'],
    ['440111', '白云区', '广州市'],
  ]),
};
const MAP = { regions: [region('520100', '贵阳市')], boundaries: LAYERS.prefecture.boundaries };

function boundary(failing: ChinaLevel[] = []) {
  return createJoinBoundary({
    mapRegions: () => MAP,
    shippedLayer: async (level) => {
      if (failing.includes(level)) throw new Error(`china-${level}.topojson`);
      return LAYERS[level];
    },
  });
}

describe('the boundaries a table is joined to', () => {
  it("are the map's own regions until told otherwise", () => {
    const b = boundary();
    expect(b.regions()).toBe(MAP.regions);
    expect(b.pickerView('zh').choice).toEqual({ level: 'map', area: '' });
    expect(b.describe('zh')).toBe('边界: 内置边界');
  });

  it("can be one province's counties as shipped, named by level and province", async () => {
    const b = boundary();
    await b.useShipped({ level: 'county', area: '520000' });
    expect(b.regions().map((r) => r.code)).toEqual(['520113']);
    expect(b.describe('zh')).toBe('边界: 全国 · 县级 · 贵州省 · 1 个地区');
    expect(b.describe('en')).toBe('Boundaries: China · counties · 贵州省 · 1 regions');
    expect(b.pickerView('en').areas.map((a) => a.code)).toEqual(['440000', '520000']);
    expect(b.forProject()).toEqual({
      boundaryFile: '',
      boundaries: null,
      shipped: { level: 'county', area: '520000' },
    });
  });

  it('keep what they were when a shipped file cannot be read', async () => {
    const b = boundary(['county']);
    await b.useShipped({ level: 'prefecture', area: '' });
    await expect(b.useShipped({ level: 'county', area: '' })).rejects.toThrow(
      'china-county.topojson',
    );
    expect(b.regions().map((r) => r.code)).toEqual(['520100']);
    expect(b.pickerView('zh').choice).toEqual({ level: 'prefecture', area: '' });
  });

  it("carry a file's polygons into a project file, and go back to the map's regions on request", async () => {
    const b = boundary();
    b.useFile('mine.geojson', LAYERS.county.boundaries, 'zh');
    expect(b.pickerView('zh')).toMatchObject({ choice: null, fileName: 'mine.geojson' });
    expect(b.forProject()).toMatchObject({ boundaryFile: 'mine.geojson', shipped: null });
    await b.useShipped({ level: 'map', area: '' });
    expect(b.regions()).toBe(MAP.regions);
  });
});
