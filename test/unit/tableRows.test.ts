import { describe, it, expect } from 'vitest';
import { buildMapModel, type BoundaryCollection } from '../../src/core/mapModel';
import { tableRegionRows, tableRows, toDataCsv, type TableRow } from '../../src/core/tableRows';
import { LAYER, dataset, obs, region, SOURCE } from './make';

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
    const rows = tableRows(m, m.timeline(LAYER, opts), 0, 'zh');
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
    const rows = tableRows(m, m.timeline(LAYER, opts), 2, 'en');
    expect(rows[1]).toMatchObject({ region: 'Zunyi', status: 'carried', age: 2, valueText: '80%' });
    expect(rows[1]?.date).toBe('2020-02-10');
  });

  it('shows no value past the maximum age, but still names the last figure', () => {
    const m = model();
    const rows = tableRows(m, m.timeline(LAYER, opts), 4, 'zh');
    expect(rows[0]).toMatchObject({ status: 'stale', value: null, valueText: '—', age: 4 });
    expect(rows[0]?.date).toBe('2020-02-10');
  });

  it('marks an interpolated figure as an estimate with ~', () => {
    const m = model();
    const rows = tableRows(m, m.timeline(LAYER, { interpolate: true, maxAgeDays: 30 }), 2, 'zh');
    expect(rows[1]).toMatchObject({ status: 'interpolated', value: 85, valueText: '~85%' });
  });

  it('keeps the date basis, so a published date can read "no later than"', () => {
    const m = model();
    const rows = tableRows(m, m.timeline(LAYER, opts), 4, 'zh');
    expect(rows[1]).toMatchObject({ status: 'observed', dateBasis: 'published', value: 90 });
  });

  it('a region without a figure is "none" with a dash, never 0', () => {
    const m = model();
    const rows = tableRows(m, m.timeline(LAYER, opts), 0, 'zh');
    expect(rows[2]).toMatchObject({ code: C, status: 'none', value: null, valueText: '—' });
    expect(tableRows(m, m.timeline(LAYER, opts), 999, 'zh')[0]?.status).toBe('none');
  });

  it('never turns a count without a denominator into a rate', () => {
    const m = model([obs(A, '2020-02-10', 434, { metric: 'enterprises_resumed', unit: '家' })]);
    const counts = tableRows(m, m.timeline('enterprises_resumed.u1', opts), 0, 'zh');
    expect(counts[0]).toMatchObject({ value: 434, valueText: '434家', denominator: null });
    const rates = tableRows(m, m.timeline(LAYER, opts), 0, 'zh');
    expect(rates[0]).toMatchObject({ status: 'none', value: null });
  });
});

describe('toDataCsv: the download is data, not display text', () => {
  const rowsFor = (over: Partial<TableRow>[]): TableRow[] =>
    over.map((o) => ({
      code: '520100',
      region: '贵阳市',
      value: 96.5,
      valueText: '96.5%',
      qualifier: 'exact',
      status: 'observed',
      age: null,
      date: '2020-03-01',
      dateBasis: 'stated',
      dateLatest: '',
      universe: 'u1',
      subset: '',
      evidence: '复工率达96.5%',
      external: false,
      denominator: null,
      sourceId: 's1',
      source: '贵州日报《t》',
      url: '',
      ...o,
    }));

  it('has the documented columns, ISO dates and plain numbers', () => {
    const text = toDataCsv(rowsFor([{}]), LAYER, '2020-03-02');
    const [header, line] = text.split('\n');
    expect(header).toBe(
      'date,region_code,region,metric,universe,value,qualifier,status,age_days,observed_date,source_id,evidence',
    );
    expect(line).toBe(
      '2020-03-02,520100,贵阳市,work_rate,u1,96.5,exact,observed,,2020-03-01,s1,复工率达96.5%',
    );
  });

  it('leaves an unknown value empty, never 0', () => {
    const text = toDataCsv(
      rowsFor([
        {
          value: null,
          qualifier: null,
          status: 'none',
          universe: '',
          date: '',
          sourceId: '',
          evidence: '',
        },
      ]),
      LAYER,
      '2020-03-02',
    );
    expect(text.split('\n')[1]).toBe('2020-03-02,520100,贵阳市,work_rate,u1,,,none,,,,');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const text = toDataCsv(
      rowsFor([
        { evidence: '=HYPERLINK("http://x","y")' },
        { region: '+cmd|calc', evidence: '@SUM(1)' },
        { evidence: '-2+3' },
      ]),
      LAYER,
      '2020-03-02',
    );
    expect(text).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain("'+cmd|calc");
    expect(text).toContain("'@SUM(1)");
    expect(text).toContain("'-2+3");
  });

  it('keeps negative numbers as numbers', () => {
    const text = toDataCsv(rowsFor([{ value: -3 }]), LAYER, '2020-03-02');
    expect(text.split('\n')[1]).toContain(',-3,');
  });
});
