import { describe, expect, it } from 'vitest';
import { analyseImport, analyseText } from '../../../src/core/ingest/analyseImport';
import { regionsFromGeoJson } from '../../../src/core/ingest/regionsFromGeoJson';
import { region } from '../make';

const REGIONS = [
  region('520100', '贵阳市', { short: '贵阳' }),
  region('520300', '遵义市', { short: '遵义' }),
  region('520400', '安顺市'),
];
const context = { regions: REGIONS, universeLabel: { zh: '未注明', en: 'not stated' } };
const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));

describe('from a file to a dataset like the shipped one', () => {
  it('turns a long CSV into figures that keep their bound, file and row', () => {
    const a = analyseText(
      '地区,日期,复工率\n贵阳市,2020-03-01,60%以上\n遵义,2020/3/2,约85%\n',
      'up.csv',
      {},
      context,
    );
    const obs = a.result.dataset.observations;
    expect(obs.map((o) => [o.region, o.date, o.value, o.qualifier, o.unit])).toEqual([
      ['520100', '2020-03-01', 60, 'at_least', '%'],
      ['520300', '2020-03-02', 85, 'about', '%'],
    ]);
    expect(obs[0]).toMatchObject({ row: 2, evidence: 'up.csv #2: 60%以上', source: 's1' });
    expect(a.result.dataset.sources[0]?.title).toBe('up.csv');
    expect(a.result.dataset.metrics).toEqual([
      {
        id: 'm1',
        labelZh: '复工率',
        labelEn: '复工率',
        unit: '%',
        kind: 'rate',
        layer: 'choropleth',
      },
    ]);
    expect(a.result.dataset.universes[0]).toMatchObject({ id: 'u0', labelZh: '未注明' });
  });

  it('gives no figure for a missing cell and accounts for every row that gave none', () => {
    const a = analyseText(
      '地区,日期,值\n贵阳,2020-03-01,—\n遵意,2020-03-01,5\n遵义,,5\n遵义,2020-03-01,abc\n遵义,2020-03-01,7\n',
      'x.csv',
      {},
      context,
    );
    expect(a.result.figures).toBe(1);
    expect(a.result.problems).toMatchObject({
      missing_value: 1,
      unmatched_region: 1,
      missing_date: 1,
      invalid_value: 1,
    });
    const accounted =
      a.result.figures + Object.values(a.result.problems).reduce((s, n) => s + n, 0);
    expect(accounted).toBe(a.table.rows.length);
    expect(a.result.examples.find((e) => e.problem === 'unmatched_region')).toMatchObject({
      row: 3,
      raw: '遵意',
    });
  });

  it('leaves off a share above 100% or below 0, and a negative count, and says which rows', () => {
    const a = analyseText(
      '地区,日期,复工率\n贵阳,2020-03-01,101%\n遵义,2020-03-01,-2%\n安顺,2020-03-01,96%\n',
      'r.csv',
      {},
      context,
    );
    expect(a.result.dataset.observations.map((o) => [o.region, o.value])).toEqual([['520400', 96]]);
    expect(a.result.problems.out_of_range).toBe(2);
    expect(a.result.examples.filter((e) => e.problem === 'out_of_range')).toMatchObject([
      { row: 2, raw: '101%' },
      { row: 3, raw: '-2%' },
    ]);
    const counts = analyseText('地区,日期,人数\n贵阳,2020-03-01,-5\n', 'c.csv', {}, context);
    expect(counts.result.problems.out_of_range).toBe(1);
    expect(counts.result.figures).toBe(0);
  });

  it('reads a qualifier column in either script, and refuses a word that is no qualifier', () => {
    const a = analyseText(
      '地区,日期,复工率,qualifier\n' +
        '贵阳,2020-03-01,85%,約\n' +
        '遵义,2020-03-01,90%,超過\n' +
        '安顺,2020-03-01,90%,constructor\n' +
        '安顺,2020-03-02,91%,toString\n',
      'q.csv',
      { roles: ['region_name', 'date', 'value', 'qualifier'] },
      context,
    );
    expect(a.result.dataset.observations.map((o) => [o.region, o.qualifier])).toEqual([
      ['520100', 'about'],
      ['520300', 'at_least'],
    ]);
    expect(a.result.problems.qualifier_conflict).toBe(2);
  });

  it('asks for the year when days are written without one, and uses it once given', () => {
    const text = '地区,3月1日,3月2日\n贵阳,90%,95%\n';
    const before = analyseText(text, 'w.csv', {}, context);
    expect(before.layout).toBe('wide');
    expect(before.needsYear).toBe(true);
    expect(before.result.problems.needs_year).toBe(2);
    const after = analyseText(text, 'w.csv', { year: 2020 }, context);
    expect(after.needsYear).toBe(false);
    expect(after.result.dataset.observations.map((o) => [o.date, o.value, o.id])).toEqual([
      ['2020-03-01', 90, 'r2:3月1日'],
      ['2020-03-02', 95, 'r2:3月2日'],
    ]);
  });

  it('follows a corrected mapping: a column the user marks as ignored no longer feeds the join', () => {
    const text = '代码,地区,日期,值\n520400,贵阳,2020-03-01,1\n';
    const guessed = analyseText(text, 'c.csv', {}, context);
    expect(guessed.roles).toEqual(['region_code', 'region_name', 'date', 'value']);
    expect(guessed.result.dataset.observations[0]?.region).toBe('520400');
    const corrected = analyseText(
      text,
      'c.csv',
      { roles: ['ignore', 'region_name', 'date', 'value'] },
      context,
    );
    expect(corrected.result.dataset.observations[0]?.region).toBe('520100');
  });

  it('reads a GB18030 file as Excel in China writes it, and lets the user override the encoding', () => {
    // 地区,日期,复工率 / 贵阳市,2020-03-01,96%
    const bytes = hex(
      'b5d8c7f82cc8d5c6da2cb8b4b9a4c2ca0a' +
        'b9f3d1f4cad02c' +
        Buffer.from('2020-03-01,96%\n').toString('hex'),
    );
    const a = analyseImport(bytes, 'g.csv', {}, context);
    expect(a.encoding).toBe('gb18030');
    expect(a.replacements).toBe(0);
    expect(a.result.dataset.observations[0]).toMatchObject({ region: '520100', value: 96 });
    const wrong = analyseImport(bytes, 'g.csv', { encoding: 'utf-8' }, context);
    expect(wrong.replacements).toBeGreaterThan(0);
    expect(wrong.result.figures).toBe(0);
  });

  it('lists two figures for one region, layer and day as a conflict instead of keeping one silently', () => {
    const a = analyseText(
      '地区,日期,值\n贵阳,2020-03-01,1\n贵阳,2020-03-01,2\n',
      'd.csv',
      {},
      context,
    );
    expect(a.result.dataset.conflicts).toHaveLength(1);
    expect(a.result.dataset.conflicts[0]?.others).toHaveLength(1);
  });
});

describe('regions from a boundary file', () => {
  const square = (x: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 0],
      ],
    ],
  });

  it('finds the code and name properties of a DataV-style file, with parents and label points', () => {
    const r = regionsFromGeoJson({
      features: [
        {
          type: 'Feature',
          geometry: square(0),
          properties: {
            adcode: 520102,
            name: '南明区',
            center: [106.7, 26.5],
            parent: { adcode: 520100 },
          },
        },
        { type: 'Feature', geometry: square(2), properties: { adcode: 520103, name: '云岩区' } },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [0, 0] },
          properties: { name: '点' },
        },
      ],
    });
    expect([r.codeProperty, r.nameProperty]).toEqual(['adcode', 'name']);
    expect(r.regions.map((x) => [x.code, x.name, x.parent, x.level])).toEqual([
      ['520102', '南明区', '520100', 'county'],
      ['520103', '云岩区', '', 'county'],
    ]);
    expect([r.regions[0]?.lon, r.regions[1]?.lon]).toEqual([106.7, 2.5]);
    expect(r.skipped).toEqual([2]);
    expect(r.boundaries.features[0]?.properties.code).toBe('520102');
  });

  it('gives features without a code an id of their own so none is lost', () => {
    const r = regionsFromGeoJson({
      features: [
        { geometry: square(0), properties: { NAME: 'A' } },
        { geometry: square(1), properties: { NAME: 'B' } },
      ],
    });
    expect(r.regions.map((x) => [x.code, x.name])).toEqual([
      ['f0', 'A'],
      ['f1', 'B'],
    ]);
  });
});
