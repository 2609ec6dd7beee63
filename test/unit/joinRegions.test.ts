import { describe, it, expect } from 'vitest';
import { joinRegions } from '../../src/core/joinRegions';
import { obs, region } from './make';

const regions = [
  region('520100', '贵阳市', { short: '贵阳' }),
  region('522300', '黔西南布依族苗族自治州', { short: '黔西南州' }),
  region('450800', '贵港市', { short: '贵港' }),
  region('520000', '贵州省', { short: '贵州', level: 'province' }),
];

describe('joinRegions', () => {
  it('joins features by code', () => {
    const j = joinRegions(regions, [{ code: '520100' }, { code: '522300' }], []);
    expect(j.featureRegion).toEqual(['520100', '522300']);
    expect(j.regionFeature.get('522300')).toBe(1);
  });

  it('falls back to the name when a feature has no code or an unknown one', () => {
    const j = joinRegions(
      regions,
      [{ name: '黔西南州' }, { code: '999999', name: '贵港市' }, { code: '', name: '貴陽' }],
      [],
    );
    expect(j.featureRegion).toEqual(['522300', '450800', '520100']);
    expect(j.unmatchedFeatures).toEqual([]);
  });

  it('the code decides when code and name disagree', () => {
    const j = joinRegions(regions, [{ code: '520100', name: '贵港市' }], []);
    expect(j.featureRegion).toEqual(['520100']);
  });

  it('lists features that match no region', () => {
    const j = joinRegions(regions, [{ code: '520100' }, { name: '遵义市' }, {}], []);
    expect(j.featureRegion).toEqual(['520100', null, null]);
    expect(j.unmatchedFeatures).toEqual([1, 2]);
  });

  it('lists regions no feature draws, in region order', () => {
    const j = joinRegions(regions, [{ code: '522300' }], []);
    expect(j.regionsWithoutFeature).toEqual(['520100', '450800', '520000']);
  });

  it('a second feature for the same region is listed as a duplicate; the first one draws it', () => {
    const j = joinRegions(regions, [{ code: '520100' }, { name: '贵阳市' }], []);
    expect(j.regionFeature.get('520100')).toBe(0);
    expect(j.duplicateFeatures).toEqual([1]);
    expect(j.featureRegion).toEqual(['520100', '520100']);
  });

  it('lists observations of regions that are not in the region list', () => {
    const j = joinRegions(
      regions,
      [],
      [obs('520100', '2020-03-01', 90), obs('530100', '2020-03-01', 80)],
    );
    expect(j.unmatchedObservations).toEqual([1]);
  });

  it('an observation of a region without a polygon is not unmatched: it can be a point', () => {
    const j = joinRegions(regions, [{ code: '522300' }], [obs('520100', '2020-03-01', 90)]);
    expect(j.unmatchedObservations).toEqual([]);
    expect(j.regionsWithoutFeature).toContain('520100');
  });

  it('an ambiguous feature name joins nothing', () => {
    const twins = [region('520100', '贵阳市'), region('520199', '贵阳县')];
    const j = joinRegions(twins, [{ name: '贵阳' }], []);
    expect(j.featureRegion).toEqual([null]);
    expect(j.unmatchedFeatures).toEqual([0]);
  });
});
