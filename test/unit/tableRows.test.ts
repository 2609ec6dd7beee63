import { describe, it, expect } from 'vitest';
import { buildMapModel, type BoundaryCollection } from '../../src/core/mapModel';
import { tableRegionRows, tableRows, toCsv } from '../../src/core/tableRows';
import { dataset, obs, region, SOURCE } from './make';

const A = '520100';
const B = '520300';
const C = '520400';

function square(code: string, x: number): BoundaryCollection['features'][number] {
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 26],
          [x + 1, 26],
          [x + 1, 27],
          [x, 27],
          [x, 26],
        ],
      ],
    },
    properties: { code, name: code, lon: x + 0.5, lat: 26.5 },
  };
}

function model(observations = defaultObs()) {
  const ds = dataset(observations, [
    region(A, '贵阳市', { nameEn: 'Guiyang' }),
    region(B, '遵义市', { nameEn: 'Zunyi' }),
    region(C, '安顺市', { nameEn: 'Anshun' }),
    region('520000', '贵州省', { level: 'province', nameEn: 'Guizhou' }),
    region('450000', '广西', { level: 'province' }),
  ]);
  ds.sources = [{ ...SOURCE, publisher: '贵州日报', title: '复工', url: 'https://example.org/a' }];
  return buildMapModel(ds, {
    type: 'FeatureCollection',
    features: [square(A, 106), square(B, 107), square(C, 105)],
  });
}

function defaultObs() {
  return [
    obs(A, '2020-02-10', 60, { qualifier: 'at_least' }),
    obs(B, '2020-02-10', 80),
    obs(B, '2020-02-14', 90, { dateBasis: 'published' }),
    obs('520000', '2020-02-12', 70),
  ];
}

describe('tableRegionRows', () => {
  it('lists the regions on the map and any other region with a figure, not empty provinces', () => {
    const m = model();
    const codes = tableRegionRows(m).map((r) => m.rows[r]?.code);
    expect(codes).toEqual([A, B, C, '520000']);
  });
});

describe('tableRows', () => {
  const opts = { interpolate: false, maxAgeDays: 3 };

  it('keeps a bound a bound: 60%以上 reads ≥60% with its qualifier', () => {
    const m = model();
    const rows = tableRows(m, m.timeline('work_rate', opts), 0, 'zh');
    expect(rows[0]).toMatchObject({
      code: A,
      region: '贵阳市',
      value: 60,
      valueText: '≥60%',
      qualifier: 'at_least',
      status: 'observed',
      age: null,
      date: '2020-02-10',
      dateBasis: 'stated',
      source: '贵州日报《复工》 2020-03-01',
      url: 'https://example.org/a',
    });
  });

  it('says a carried figure is carried, with its age and its own date', () => {
    const m = model();
    const rows = tableRows(m, m.timeline('work_rate', opts), 2, 'en');
    expect(rows[1]).toMatchObject({ region: 'Zunyi', status: 'carried', age: 2, valueText: '80%' });
    expect(rows[1]?.date).toBe('2020-02-10');
  });

  it('shows no value past the maximum age, but still names the last figure', () => {
    const m = model();
    const rows = tableRows(m, m.timeline('work_rate', opts), 4, 'zh');
    expect(rows[0]).toMatchObject({ status: 'stale', value: null, valueText: '—', age: 4 });
    expect(rows[0]?.date).toBe('2020-02-10');
  });

  it('marks an interpolated figure as an estimate with ~', () => {
    const m = model();
    const rows = tableRows(
      m,
      m.timeline('work_rate', { interpolate: true, maxAgeDays: 30 }),
      2,
      'zh',
    );
    expect(rows[1]).toMatchObject({ status: 'interpolated', value: 85, valueText: '~85%' });
  });

  it('keeps the date basis, so a published date can read "no later than"', () => {
    const m = model();
    const rows = tableRows(m, m.timeline('work_rate', opts), 4, 'zh');
    expect(rows[1]).toMatchObject({ status: 'observed', dateBasis: 'published', value: 90 });
  });

  it('a region without a figure is "none" with a dash, never 0', () => {
    const m = model();
    const rows = tableRows(m, m.timeline('work_rate', opts), 0, 'zh');
    expect(rows[2]).toMatchObject({ code: C, status: 'none', value: null, valueText: '—' });
    expect(tableRows(m, m.timeline('work_rate', opts), 999, 'zh')[0]?.status).toBe('none');
  });

  it('never turns a count without a denominator into a rate', () => {
    const m = model([obs(A, '2020-02-10', 434, { metric: 'enterprises_resumed', unit: '家' })]);
    const counts = tableRows(m, m.timeline('enterprises_resumed', opts), 0, 'zh');
    expect(counts[0]).toMatchObject({ value: 434, valueText: '434家', denominator: null });
    const rates = tableRows(m, m.timeline('work_rate', opts), 0, 'zh');
    expect(rates[0]).toMatchObject({ status: 'none', value: null });
  });
});

describe('toCsv', () => {
  it('quotes cells with commas, quotes, line breaks or edge spaces, and only those', () => {
    const text = toCsv([
      ['region', 'value', 'source'],
      ['贵阳市', '≥60%', '贵州日报《复工, 复产》'],
      ['a "b"', 'x\ny', ' lead'],
      ['n', 42, null],
    ]);
    expect(text).toBe(
      'region,value,source\n' +
        '贵阳市,≥60%,"贵州日报《复工, 复产》"\n' +
        '"a ""b""","x\ny"," lead"\n' +
        'n,42,\n',
    );
  });

  it('no rows give an empty file', () => {
    expect(toCsv([])).toBe('');
  });
});
