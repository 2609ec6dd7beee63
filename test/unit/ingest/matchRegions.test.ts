import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { keyOf, matchRegions, type RegionKeyCells } from '../../../src/core/ingest/matchRegions';
import { region } from '../make';

const REGIONS = [
  region('520000', '贵州省', { short: '贵州', level: 'province' }),
  region('520100', '贵阳市', { short: '贵阳', parent: '520000' }),
  region('520300', '遵义市', { short: '遵义', parent: '520000' }),
  region('522700', '黔南布依族苗族自治州', { short: '黔南州', parent: '520000' }),
  region('520524', '织金县', { level: 'county', parent: '520500' }),
  region('520500', '毕节市', { parent: '520000' }),
  region('999001', '城关镇', { level: 'county', parent: '520524' }),
  region('999002', '城关镇', { level: 'county', parent: '520300' }),
  region('520281', '盘州市', { level: 'county', parent: '520200' }),
];
const t2s = Converter({ from: 'tw', to: 'cn' });
const cells = (name: string, code = '', parent = ''): RegionKeyCells => ({ code, name, parent });
const one = (c: RegionKeyCells, options = {}) =>
  matchRegions([c], [2], REGIONS, { toSimplified: t2s, ...options }).keys[0];

describe('joining rows to regions, most exact rule first', () => {
  it('matches by code first, including 9- and 12-digit statistical codes', () => {
    expect(one(cells('随便', '520100'))).toMatchObject({ code: '520100', how: 'code' });
    expect(one(cells('', '520100000000'))).toMatchObject({ code: '520100', how: 'code' });
  });

  it('matches an exact official or short name as exact', () => {
    expect(one(cells('贵阳市'))).toMatchObject({ code: '520100', how: 'exact' });
    expect(one(cells('黔南州'))).toMatchObject({ code: '522700', how: 'exact' });
  });

  it('matches a name without its 市/州/县/区/自治州 suffix as suffix', () => {
    expect(one(cells('遵义'))).toMatchObject({ code: '520300', how: 'exact' });
    expect(one(cells('盘州'))).toMatchObject({ code: '520281', how: 'suffix' });
    expect(one(cells('黔南自治州'))).toMatchObject({ code: '522700', how: 'suffix' });
    expect(one(cells('织金'))).toMatchObject({ code: '520524', how: 'suffix' });
  });

  it('matches traditional script through opencc as traditional', () => {
    expect(one(cells('貴陽市'))).toMatchObject({ code: '520100', how: 'traditional' });
    expect(one(cells('遵義'))).toMatchObject({ code: '520300', how: 'traditional' });
  });

  it('reports a traditional spelling as traditional even where a region lists it as an alias', () => {
    const listed = [region('520300', '遵义市', { short: '遵义', aliases: ['遵義市'] })];
    const r = matchRegions([cells('遵義市')], [2], listed, { toSimplified: t2s });
    expect(r.keys[0]).toMatchObject({ code: '520300', how: 'traditional' });
  });

  it('refuses an ambiguous name, listing both, unless its parent settles it', () => {
    expect(one(cells('城关镇'))).toMatchObject({
      code: null,
      how: null,
      candidates: ['999001', '999002'],
    });
    expect(one(cells('城关镇', '', '织金县'))).toMatchObject({ code: '999001', how: 'parent' });
    expect(one(cells('城关镇', '', '遵义'))).toMatchObject({ code: '999002', how: 'parent' });
    expect(one(cells('织金县城关镇'))).toMatchObject({ code: '999001', how: 'parent' });
  });

  it('settles an ambiguous name by a parent known only by name, as in a layer of counties alone', () => {
    const counties = [
      region('520113', '白云区', { level: 'county', parent: '520100', parentName: '贵阳市' }),
      region('440111', '白云区', { level: 'county', parent: '440100', parentName: '广州市' }),
    ];
    const match = (c: RegionKeyCells) =>
      matchRegions([c], [2], counties, { toSimplified: t2s }).keys[0];
    expect(match(cells('白云区'))).toMatchObject({ code: null, candidates: ['520113', '440111'] });
    expect(match(cells('白云区', '', '贵阳'))).toMatchObject({ code: '520113', how: 'parent' });
    expect(match(cells('白云区', '', '廣州市'))).toMatchObject({ code: '440111', how: 'parent' });
    expect(match(cells('贵阳市白云区'))).toMatchObject({ code: '520113', how: 'parent' });
  });

  it('settles nothing by a parent cell with no letters in it, such as a dash for none', () => {
    const counties = [
      region('520113', '白云区', { level: 'county', parent: '520100' }),
      region('440111', '白云区', { level: 'county', parent: '440100', parentName: '广州市' }),
    ];
    const match = (c: RegionKeyCells) =>
      matchRegions([c], [2], counties, { toSimplified: t2s }).keys[0];
    expect(match(cells('白云区', '', '-'))).toMatchObject({
      code: null,
      candidates: ['520113', '440111'],
    });
  });

  it('leaves a misspelt name unmatched with the nearest regions as suggestions', () => {
    expect(one(cells('遵意市'))).toMatchObject({ code: null, suggestions: ['520300'] });
    expect(one(cells('上海市'))).toMatchObject({ code: null, suggestions: [] });
  });

  it("lets the user's override win, and says so", () => {
    const c = cells('遵意市');
    expect(one(c, { overrides: new Map([[keyOf(c), '520300']]) })).toMatchObject({
      code: '520300',
      how: 'override',
    });
  });

  it('reports both sides: every row counted under how it matched or as unmatched, and regions without data', () => {
    const rows = [
      cells('贵阳市'),
      cells('貴陽市'),
      cells('贵阳市'),
      cells('遵意市'),
      cells('', '520300'),
    ];
    const r = matchRegions(rows, [2, 3, 4, 5, 6], REGIONS, { toSimplified: t2s });
    expect(r.keys).toHaveLength(4);
    expect([...r.rowKey]).toEqual([0, 1, 0, 2, 3]);
    expect(r.byHow).toMatchObject({ exact: 2, traditional: 1, code: 1 });
    expect(r.unmatchedKeys.map((k) => r.keys[k]?.firstRow)).toEqual([5]);
    const counted =
      Object.values(r.byHow).reduce((a, b) => a + b, 0) +
      r.unmatchedKeys.reduce((n, k) => n + (r.keys[k]?.rows ?? 0), 0);
    expect(counted).toBe(rows.length);
    expect(r.regionsWithoutData).not.toContain('520100');
    expect(r.regionsWithoutData).toContain('522700');
  });
});
