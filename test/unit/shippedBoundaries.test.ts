import { describe, expect, it } from 'vitest';
import { regionsFromGeoJson } from '../../src/core/ingest/regionsFromGeoJson';
import { shippedChoiceOf, withinArea } from '../../src/core/shippedBoundaries';
import { feature } from './threeCities';

const county = (code: string, name: string, parent: string, parentName: string, x: number) => ({
  type: 'Feature',
  properties: { code, name, parent, parent_name: parentName, lon: x + 0.5, lat: 26.5 },
  geometry: feature(code, x).geometry,
});
const LAYER = regionsFromGeoJson({
  features: [
    county('520113', '白云区', '520100', '贵阳市', 106),
    county('520102', '南明区', '520100', '贵阳市', 107),
    county('440111', '白云区', '440100', '广州市', 113),
  ],
});

describe('shipped boundaries', () => {
  it('keep the name of a parent that is not itself a region', () => {
    expect(LAYER.regions[0]).toMatchObject({
      code: '520113',
      parent: '520100',
      parentName: '贵阳市',
    });
  });

  it('narrowed to one province keep only the regions and polygons of that province', () => {
    const guizhou = withinArea(LAYER, '520000');
    expect(guizhou.regions.map((r) => r.code)).toEqual(['520113', '520102']);
    expect(guizhou.boundaries.features.map((f) => f.properties.code)).toEqual(['520113', '520102']);
  });

  it('for all of China are the whole layer', () => {
    expect(withinArea(LAYER, '')).toBe(LAYER);
  });

  it('are read back from a project file only as a level and a province code', () => {
    expect(shippedChoiceOf({ level: 'county', area: '520000' })).toEqual({
      level: 'county',
      area: '520000',
    });
    expect(shippedChoiceOf({ level: 'county', area: '520100' })).toEqual({
      level: 'county',
      area: '',
    });
    expect(shippedChoiceOf({ level: 'province', area: '520000' })).toEqual({
      level: 'province',
      area: '',
    });
    expect(shippedChoiceOf({ level: 'map' })).toBeNull();
    expect(shippedChoiceOf({ level: 'constructor' })).toBeNull();
    expect(shippedChoiceOf('county')).toBeNull();
  });
});
