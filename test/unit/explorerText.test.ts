import { describe, it, expect } from 'vitest';
import { tableCells } from '../../src/ui/tableView';
import { filterRegions, type FinderRegion } from '../../src/ui/regionFinder';
import type { TableRow } from '../../src/core/tableRows';
import { region } from './make';

const row = (over: Partial<TableRow>): TableRow => ({
  code: '520100',
  region: '贵阳市',
  value: 100,
  valueText: '100%',
  qualifier: 'exact',
  status: 'observed',
  age: null,
  date: '2020-03-01',
  dateBasis: 'stated',
  dateLatest: '',
  universe: 'above_scale_industry',
  subset: '',
  evidence: '',
  external: false,
  denominator: null,
  sourceId: 's1',
  source: '贵州日报《t》',
  url: '',
  ...over,
});

describe('tableCells: what the table shows and the CSV holds', () => {
  it('labels a figure known only by its publication date "as of no later than"', () => {
    const [, zh] = tableCells([row({ dateBasis: 'published' })], 'zh');
    expect(zh?.[4]).toBe('不晚于 2020年3月1日');
    const [, en] = tableCells([row({ dateBasis: 'published' })], 'en');
    expect(en?.[4]).toBe('no later than 1 Mar 2020');
  });

  it('says how old a carried or stale figure is, and that no data is no data', () => {
    const cells = tableCells(
      [
        row({ status: 'carried', age: 5 }),
        row({ status: 'stale', age: 90, valueText: '—' }),
        row({ status: 'none', valueText: '—', date: '', dateBasis: null, source: '' }),
      ],
      'en',
    );
    expect(cells.slice(1).map((c) => c[3])).toEqual([
      'Carried forward (5 days old)',
      'No recent data (90 days old)',
      'No data',
    ]);
    expect(cells[3]?.[4]).toBe('');
  });

  it('keeps a bound as printed: ≥60%', () => {
    expect(tableCells([row({ valueText: '≥60%', qualifier: 'at_least' })], 'zh')[1]?.[1]).toBe(
      '≥60%',
    );
  });
});

describe('filterRegions', () => {
  const items: FinderRegion[] = [
    region('520300', '遵义市', { short: '遵义', nameEn: 'Zunyi', aliases: ['遵義'] }),
    region('370481', '滕州市', { short: '滕州', nameEn: 'Tengzhou', level: 'county' }),
    region('520100', '贵阳市', { short: '贵阳', nameEn: 'Guiyang' }),
  ].map((r) => ({ code: r.code, view: r.code, region: r }));
  const codes = (q: string) => filterRegions(items, q).map((i) => i.code);

  it('matches Chinese names, English names in any case, aliases and codes', () => {
    expect(codes('滕州')).toEqual(['370481']);
    expect(codes('teng')).toEqual(['370481']);
    expect(codes('遵義')).toEqual(['520300']);
    expect(codes('520100')).toEqual(['520100']);
  });

  it('puts names that start with the query before names that only contain it', () => {
    expect(codes('y')).toEqual(['520300', '520100']);
    expect(codes('g')).toEqual(['520100', '370481']);
  });

  it('lists every region for an empty query and none for a miss', () => {
    expect(codes('  ')).toHaveLength(3);
    expect(codes('北京')).toEqual([]);
  });
});
