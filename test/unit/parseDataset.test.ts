import { describe, it, expect } from 'vitest';
import {
  COLUMNS,
  buildDataset,
  parseEvents,
  parseMetrics,
  parseObservations,
  parseRegions,
  parseSources,
} from '../../src/core/parseDataset';
import { OBSERVATION_ROW, csv } from './make';
import { firstOfEachAsRead } from '../../src/core/firstOfEach';
import type { Observation } from '../../src/core/types';
import { en, english, formatEn } from './englishIssues';
import { issue } from '../../src/core/issueMessages';

const REGIONS = csv(COLUMNS.regions as string[], [
  ['520000', '贵州省', '贵州', 'Guizhou', 'province', '', '', '106.71', '26.60'],
  ['520100', '贵阳市', '贵阳', 'Guiyang', 'prefecture', '520000', '筑|貴陽市', '106.63', '26.65'],
  [
    '522300',
    '黔西南布依族苗族自治州',
    '黔西南州',
    'Qianxinan',
    'prefecture',
    '520000',
    '',
    '104.90',
    '25.09',
  ],
]);
const SOURCES = csv(COLUMNS.sources as string[], [
  [
    'gzrb-0301',
    '贵州日报',
    '贵州日报社',
    '2020-03-01',
    'https://example.org/a',
    'simplified',
    'false',
    '',
  ],
  ['hk-0302', '香港報導', '某報', '', '', 'traditional', 'true', 'date unknown'],
]);
const UNIVERSES = csv(
  ['id', 'label_zh', 'label_en', 'notes'],
  [
    ['above_scale_industry', '规上工业企业', 'above-scale industrial firms', ''],
    ['key_projects', '重点项目', 'key projects', ''],
  ],
);
const SUBSETS = csv(
  ['id', 'label_zh', 'label_en'],
  [['due_to_resume', '应复工复产的', 'of firms due to resume']],
);
let obsId = 0;
const METRICS = csv(COLUMNS.metrics as string[], [
  ['work_rate', '规上工业企业复工率', 'Resumption rate', '%', 'rate', 'choropleth'],
  ['workers', '返岗人数', 'Workers back', '人', 'count', 'points'],
]);
const OBS_HEADER = COLUMNS.observations as string[];
const goodObs = (over: Partial<Record<string, string>> = {}): string[] => {
  obsId += 1;
  const base: Record<string, string> = { ...OBSERVATION_ROW, id: `o${obsId}`, ...over };
  return OBS_HEADER.map((h) => base[h] ?? '');
};
const observations = (...rows: string[][]) => csv(OBS_HEADER, rows);

describe('formatIssue', () => {
  it('names file, row and field', () => {
    expect(
      formatEn({
        file: 'observations.csv',
        row: 12,
        field: 'date',
        ...issue('bad-date', { text: '2020-02-30' }),
      }),
    ).toBe('observations.csv row 12, field "date": "2020-02-30" is not a valid date (YYYY-MM-DD)');
  });

  it('leaves the row out for a problem with the whole file or header', () => {
    expect(
      formatEn({ file: 'x.csv', row: 0, field: 'evidence', ...issue('missing-column', {}) }),
    ).toBe('x.csv, field "evidence": the header lacks this column');
    expect(formatEn({ file: 'x.csv', row: 0, field: '', ...issue('empty-file', {}) })).toBe(
      'x.csv: the file is empty',
    );
  });

  it('leaves the field out for a problem with the whole row', () => {
    const fields = issue('field-count', { count: 2, expected: 3 });
    expect(formatEn({ file: 'x.csv', row: 3, field: '', ...fields })).toBe(
      'x.csv row 3: has 2 fields, the header has 3',
    );
  });
});

describe('parseRegions', () => {
  it('reads every column, aliases split on |', () => {
    const { rows, issues } = parseRegions(REGIONS, 'regions.csv');
    expect(issues).toEqual([]);
    expect(rows[1]).toEqual({
      code: '520100',
      name: '贵阳市',
      short: '贵阳',
      nameEn: 'Guiyang',
      level: 'prefecture',
      parent: '520000',
      aliases: ['筑', '貴陽市'],
      lon: 106.63,
      lat: 26.65,
    });
    expect(rows[0]?.aliases).toEqual([]);
  });

  it('a short name left empty falls back to the official name', () => {
    const text = csv(COLUMNS.regions as string[], [
      ['520100', '贵阳市', '', 'Guiyang', 'prefecture', '', '', '106.6', '26.6'],
    ]);
    expect(parseRegions(text).rows[0]?.short).toBe('贵阳市');
  });

  it('a code that is neither six digits nor a lower-case id drops the region', () => {
    const text = csv(COLUMNS.regions as string[], [
      ['5201', '贵阳市', '', 'Guiyang', 'prefecture', '', '', '106.6', '26.6'],
    ]);
    const { rows, issues } = parseRegions(text, 'regions.csv');
    expect(rows).toEqual([]);
    expect(issues.map(formatEn)).toEqual([
      'regions.csv row 1, field "code": "5201" is neither a six-digit code nor a lower-case id',
    ]);
  });

  it('an area without an administrative code may use a lower-case id', () => {
    const text = csv(COLUMNS.regions as string[], [
      ['guian', '贵安新区', '', "Gui'an New Area", 'new_area', '', '', '106.4', '26.4'],
    ]);
    expect(parseRegions(text).rows[0]?.code).toBe('guian');
  });

  it('a label point outside the globe drops the region', () => {
    const text = csv(COLUMNS.regions as string[], [
      ['520100', '贵阳市', '', 'Guiyang', 'prefecture', '', '', '26.6', '106.6'],
    ]);
    const { rows, issues } = parseRegions(text, 'regions.csv');
    expect(rows).toEqual([]);
    expect(issues[0]).toMatchObject({ row: 1, field: 'lat' });
  });

  it('an unknown level is reported with the allowed ones', () => {
    const text = csv(COLUMNS.regions as string[], [
      ['520100', '贵阳市', '', 'Guiyang', 'city', '', '', '106.6', '26.6'],
    ]);
    expect(formatEn(parseRegions(text, 'regions.csv').issues[0]!)).toBe(
      'regions.csv row 1, field "level": "city" is not one of province, prefecture, county, district, new_area',
    );
  });
});

describe('parseSources', () => {
  it('reads a source; an unknown publication date stays empty', () => {
    const { rows, issues } = parseSources(SOURCES);
    expect(issues).toEqual([]);
    expect(rows[1]).toMatchObject({ id: 'hk-0302', published: '', url: '', script: 'traditional' });
  });

  it('a url that is not http(s) drops the source', () => {
    const text = csv(COLUMNS.sources as string[], [
      ['s', 't', 'p', '2020-03-01', 'ftp://x', 'simplified', 'false', ''],
    ]);
    const r = parseSources(text, 'sources.csv');
    expect(r.rows).toEqual([]);
    expect(r.issues[0]).toMatchObject({ field: 'url', row: 1 });
  });

  it('an id with a space is refused, since ids travel in URLs', () => {
    const text = csv(COLUMNS.sources as string[], [
      ['a b', 't', 'p', '', '', 'simplified', 'false', ''],
    ]);
    expect(parseSources(text).issues[0]).toMatchObject({ field: 'id' });
  });
});

describe('parseMetrics', () => {
  it('reads kind and layer', () => {
    const { rows, issues } = parseMetrics(METRICS);
    expect(issues).toEqual([]);
    expect(rows.map((m) => [m.id, m.kind, m.layer, m.unit])).toEqual([
      ['work_rate', 'rate', 'choropleth', '%'],
      ['workers', 'count', 'points', '人'],
    ]);
  });

  it('an unknown kind drops the metric', () => {
    const text = csv(COLUMNS.metrics as string[], [['m', 'a', 'b', '%', 'ratio', 'choropleth']]);
    expect(parseMetrics(text).rows).toEqual([]);
  });
});

describe('parseObservations', () => {
  it('reads a good row with its 1-based data row', () => {
    const { rows, issues } = parseObservations(observations(goodObs(), goodObs({ value: '97' })));
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 1,
      region: '520100',
      value: 96.5,
      qualifier: 'exact',
      denominator: null,
    });
    expect(rows[1]).toMatchObject({ row: 2, value: 97 });
  });

  it('an impossible date drops the row with a message naming file, row and field', () => {
    const { rows, issues } = parseObservations(
      observations(goodObs(), goodObs({ date: '2020-02-30' })),
      'observations.csv',
    );
    expect(rows).toHaveLength(1);
    expect(issues.map(formatEn)).toEqual([
      'observations.csv row 2, field "date": "2020-02-30" is not a valid date (YYYY-MM-DD)',
    ]);
  });

  it('a value with a thousands separator, a percent sign or words is not a number', () => {
    for (const value of ['1,151', '96%', '约96', 'NaN', 'Infinity', '']) {
      const r = parseObservations(observations(goodObs({ value })));
      expect(r.rows, value).toEqual([]);
      expect(r.issues[0]?.field, value).toBe('value');
    }
  });

  it('a plain decimal or exponent is a number', () => {
    expect(parseObservations(observations(goodObs({ value: '1.5e4' }))).rows[0]?.value).toBe(15000);
    expect(parseObservations(observations(goodObs({ value: '0.5' }))).rows[0]?.value).toBe(0.5);
  });

  it('a qualifier outside exact/at_least/about/at_most drops the row', () => {
    const r = parseObservations(observations(goodObs({ qualifier: '以上' })));
    expect(r.rows).toEqual([]);
    expect(en(r.issues[0])).toBe('"以上" is not one of exact, at_least, about, at_most');
  });

  it('a date basis outside stated/period_end/published drops the row', () => {
    expect(parseObservations(observations(goodObs({ date_basis: 'guess' }))).issues[0]?.field).toBe(
      'date_basis',
    );
  });

  it('a denominator is a positive number or empty', () => {
    expect(
      parseObservations(observations(goodObs({ denominator: '452' }))).rows[0]?.denominator,
    ).toBe(452);
    expect(parseObservations(observations(goodObs({ denominator: '0' }))).issues[0]?.field).toBe(
      'denominator',
    );
    expect(parseObservations(observations(goodObs({ denominator: 'all' }))).issues[0]?.field).toBe(
      'denominator',
    );
  });

  it('a value without evidence is dropped: it could not be traced', () => {
    const r = parseObservations(observations(goodObs({ evidence: '' })), 'observations.csv');
    expect(r.issues.map(formatEn)).toEqual(['observations.csv row 1, field "evidence": is empty']);
  });

  it('every problem in a row is reported, not only the first', () => {
    const r = parseObservations(observations(goodObs({ date: 'x', value: 'y', qualifier: 'z' })));
    expect(r.issues.map((i) => i.field)).toEqual(['date', 'value', 'qualifier']);
  });

  it('surrounding spaces in a field are ignored', () => {
    expect(
      parseObservations(observations(goodObs({ value: ' 96 ', region: ' 520100' }))).rows[0],
    ).toMatchObject({
      value: 96,
      region: '520100',
    });
  });

  it('a missing column is one issue for the file, not one per row', () => {
    const header = OBS_HEADER.filter((h) => h !== 'evidence');
    const text = csv(header, [header.map(() => 'x'), header.map(() => 'x')]);
    const r = parseObservations(text, 'observations.csv');
    expect(r.rows).toEqual([]);
    expect(english(r.issues)).toEqual([
      {
        file: 'observations.csv',
        row: 0,
        field: 'evidence',
        message: 'the header lacks this column',
      },
    ]);
  });

  it('an unexpected column is reported', () => {
    const header = [...OBS_HEADER, 'evidance'];
    const text = csv(header, [[...goodObs(), 'x']]);
    const r = parseObservations(text, 'observations.csv');
    expect(r.rows).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ row: 0, field: 'evidance' });
  });

  it('row numbers stay those of the file after a malformed row', () => {
    const text = observations(goodObs(), goodObs()).replace(/\n([^\n]*)\n$/, '\nbroken,row\n$1\n');
    const r = parseObservations(text);
    expect(r.rows.map((o) => o.row)).toEqual([1, 3]);
    expect(r.issues[0]?.row).toBe(2);
  });
});

describe('parseEvents', () => {
  it('reads an event; the region may be empty for a national one', () => {
    const text = csv(COLUMNS.events as string[], [
      ['e1', '2020-02-10', 'stated', '', '全国复工', 'Nationwide', 'gzrb-0301', '有序复工'],
    ]);
    const r = parseEvents(text);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      row: 1,
      id: 'e1',
      region: '',
      textZh: '全国复工',
      textEn: 'Nationwide',
    });
  });
});

describe('buildDataset', () => {
  const texts = (obsRows: string[][], events?: string) => ({
    regions: REGIONS,
    sources: SOURCES,
    metrics: METRICS,
    universes: UNIVERSES,
    subsets: SUBSETS,
    observations: observations(...obsRows),
    ...(events !== undefined ? { events } : {}),
  });

  it('observations whose ids were checked as they arrived give what the same rows read whole give', () => {
    const first = goodObs({ date: '2020-03-01' });
    const rows = [
      first,
      goodObs({ date: '2020-03-02', region: '999999' }),
      [...first],
      goodObs({ date: '2020-03-03' }),
      [...first],
    ];
    const whole = buildDataset(texts(rows));
    const read = parseObservations(observations(...rows), 'observations.csv');
    const ids = firstOfEachAsRead<Observation>((o) => o.id, 'observations.csv', 'id');
    const { kept, repeats } = ids.end(read);
    const checked = buildDataset({ ...texts(rows), observations: { ...read, ...kept, repeats } });
    expect(repeats.map((p) => p.row)).toEqual([3, 5]);
    expect(checked).toEqual(whole);
  });

  it('a file of 300,000 bad rows is reported row by row, without failing', () => {
    const bad = Array.from({ length: 300_000 }, () => goodObs({ region: '999999' }));
    const { dataset, issues } = buildDataset(texts([...bad, goodObs()]));
    expect(issues).toHaveLength(300_000);
    expect(issues[299_999]).toMatchObject({ row: 300_000, field: 'region' });
    expect(dataset.observations).toHaveLength(1);
  });

  it('keeps the rows around a dropped one in order, and gives a row without a unit its metric’s', () => {
    const { dataset, issues } = buildDataset(
      texts([
        goodObs({ date: '2020-03-01' }),
        goodObs({ date: '2020-03-02', region: '999999' }),
        goodObs({ date: '2020-03-03', unit: '' }),
        goodObs({ date: '2020-03-04', value: '101' }),
        goodObs({ date: '2020-03-05' }),
      ]),
    );
    expect(dataset.observations.map((o) => [o.row, o.unit])).toEqual([
      [1, '%'],
      [3, '%'],
      [5, '%'],
    ]);
    expect(issues.map((p) => [p.row, p.field])).toEqual([
      [2, 'region'],
      [4, 'value'],
    ]);
  });

  it('gives a row its metric’s unit even when every row before it was kept as read', () => {
    const { dataset, issues } = buildDataset(
      texts([goodObs({ date: '2020-03-01' }), goodObs({ date: '2020-03-02', unit: '' })]),
    );
    expect(issues).toEqual([]);
    expect(dataset.observations.map((o) => o.unit)).toEqual(['%', '%']);
  });

  it('builds a dataset from clean files with no issues', () => {
    const { dataset, issues } = buildDataset(texts([goodObs()]));
    expect(issues).toEqual([]);
    expect(dataset.regions).toHaveLength(3);
    expect(dataset.sources).toHaveLength(2);
    expect(dataset.metrics).toHaveLength(2);
    expect(dataset.observations).toHaveLength(1);
    expect(dataset.events).toEqual([]);
  });

  it('the data check fails on a row without a valid universe, and drops the row', () => {
    const { dataset, issues } = buildDataset(
      texts([goodObs({ universe: '' }), goodObs({ universe: 'shops' }), goodObs()]),
    );
    expect(dataset.observations).toHaveLength(1);
    expect(issues.map(formatEn)).toEqual([
      'observations.csv row 1, field "universe": is empty',
      'observations.csv row 2, field "universe": "shops" is not an id in universes.csv',
    ]);
  });

  it('a subset must be one of subsets.csv', () => {
    const { dataset, issues } = buildDataset(
      texts([
        goodObs({ subset: 'due_to_resume' }),
        goodObs({ subset: 'nope', date: '2020-03-02' }),
      ]),
    );
    expect(dataset.observations.map((o) => o.subset)).toEqual(['due_to_resume']);
    expect(issues.map(formatEn)).toEqual([
      'observations.csv row 2, field "subset": "nope" is not an id in subsets.csv',
    ]);
  });

  it('a bounded date keeps its bounds: date_latest only with not_before, and not before date', () => {
    const { dataset, issues } = buildDataset(
      texts([
        goodObs({ date_basis: 'not_before', date: '2020-04-26', date_latest: '' }),
        goodObs({ date_basis: 'not_before', date: '2020-04-27', date_latest: '2020-04-29' }),
        goodObs({ date_basis: 'not_before', date: '2020-04-28', date_latest: '2020-04-01' }),
        goodObs({ date_basis: 'stated', date: '2020-04-29', date_latest: '2020-05-01' }),
      ]),
    );
    expect(dataset.observations.map((o) => [o.dateBasis, o.dateLatest])).toEqual([
      ['not_before', ''],
      ['not_before', '2020-04-29'],
    ]);
    expect(issues.map((i) => `${i.row}:${i.field}`)).toEqual(['3:date_latest', '4:date_latest']);
  });

  it('the data check fails on a conflicting pair, and passes once precedence.csv settles it', () => {
    const a = goodObs({ id: 'oa' });
    const b = goodObs({ id: 'ob', value: '90', evidence: '复工率达90%' });
    const unsettled = buildDataset(texts([a, b]));
    expect(unsettled.issues.map((i) => `${i.file}:${i.row}:${i.field}`)).toEqual([
      'observations.csv:1:id',
      'observations.csv:2:id',
    ]);
    const precedence = csv(
      ['shown', 'over', 'reason_zh', 'reason_en'],
      [['ob', 'oa', '后发布的数字更新', 'the later report is newer']],
    );
    const settled = buildDataset({ ...texts([a, b]), precedence });
    expect(settled.issues).toEqual([]);
    expect(settled.dataset.conflicts).toEqual([
      {
        shown: 1,
        others: [{ obs: 0, reasonZh: '后发布的数字更新', reasonEn: 'the later report is newer' }],
      },
    ]);
  });

  it('a precedence rule without a reason is refused', () => {
    const precedence = csv(['shown', 'over', 'reason_zh', 'reason_en'], [['ob', 'oa', '', '']]);
    const { issues } = buildDataset({
      ...texts([goodObs({ id: 'oa' }), goodObs({ id: 'ob' })]),
      precedence,
    });
    expect(issues.map((i) => `${i.file}:${i.field}`)).toContain('precedence.csv:reason_zh');
  });

  it('a research page is marked external', () => {
    const { dataset } = buildDataset(texts([goodObs()]));
    expect(dataset.sources.map((s) => [s.id, s.external])).toEqual([
      ['gzrb-0301', false],
      ['hk-0302', true],
    ]);
  });

  it('an observation of an unknown region, metric or source is dropped and reported', () => {
    const { dataset, issues } = buildDataset(
      texts([
        goodObs({ region: '529999' }),
        goodObs({ metric: 'nope' }),
        goodObs({ source: 'ghost' }),
        goodObs(),
      ]),
    );
    expect(dataset.observations.map((o) => o.row)).toEqual([4]);
    expect(issues.map(formatEn)).toEqual([
      'observations.csv row 1, field "region": "529999" is not a code in regions.csv',
      'observations.csv row 2, field "metric": "nope" is not an id in metrics.csv',
      'observations.csv row 3, field "source": "ghost" is not an id in sources.csv',
    ]);
  });

  it('an observation in another unit than its metric is dropped: one metric, one scale', () => {
    const { dataset, issues } = buildDataset(
      texts([goodObs({ metric: 'workers', unit: '万人', value: '45' })]),
    );
    expect(dataset.observations).toEqual([]);
    expect(issues[0]).toMatchObject({ field: 'unit', row: 1 });
  });

  it('an observation with no unit takes its metric unit', () => {
    const { dataset } = buildDataset(texts([goodObs({ unit: '' })]));
    expect(dataset.observations[0]?.unit).toBe('%');
  });

  it('a repeated region code keeps the first and reports the second against the first', () => {
    const regions = csv(COLUMNS.regions as string[], [
      ['520100', '贵阳市', '', 'Guiyang', 'prefecture', '', '', '106.6', '26.6'],
      ['520100', '贵阳', '', 'Guiyang', 'prefecture', '', '', '106.6', '26.6'],
    ]);
    const { dataset, issues } = buildDataset({ ...texts([]), regions });
    expect(dataset.regions.map((r) => r.name)).toEqual(['贵阳市']);
    expect(issues.map(formatEn)).toEqual([
      'regions.csv row 2, field "code": "520100" repeats the code of row 1',
    ]);
  });

  it('a repeat is reported with its own file row even after a dropped row', () => {
    const sources = csv(COLUMNS.sources as string[], [
      ['a', 't', 'p', 'bad-date', '', 'simplified', 'false', ''],
      ['b', 't', 'p', '', '', 'simplified', 'false', ''],
      ['b', 't', 'p', '', '', 'simplified', 'false', ''],
    ]);
    const { issues } = buildDataset({ ...texts([]), sources });
    expect(issues.map(formatEn)).toContain(
      'sources.csv row 3, field "id": "b" repeats the id of row 2',
    );
  });

  it('repeated source and metric ids are reported', () => {
    const metrics = METRICS + 'work_rate,x,y,%,rate,choropleth\n';
    const sources = SOURCES + 'hk-0302,x,y,,,simplified,false,\n';
    const { issues } = buildDataset({ ...texts([]), metrics, sources });
    expect(issues.map((i) => `${i.file}:${i.field}`).sort()).toEqual([
      'metrics.csv:id',
      'sources.csv:id',
    ]);
  });

  it('a missing parent region is reported but the region is kept', () => {
    const regions = csv(COLUMNS.regions as string[], [
      ['450800', '贵港市', '', 'Guigang', 'prefecture', '450000', '', '109.6', '23.1'],
    ]);
    const { dataset, issues } = buildDataset({ ...texts([]), regions });
    expect(dataset.regions).toHaveLength(1);
    expect(issues.map(formatEn)).toEqual([
      'regions.csv row 1, field "parent": "450000" is not a code in regions.csv',
    ]);
  });

  it('events are checked for their region and source', () => {
    const events = csv(COLUMNS.events as string[], [
      ['e1', '2020-02-10', 'stated', '520100', '复工', 'Resumed', 'gzrb-0301', '复工'],
      ['e2', '2020-02-11', 'stated', '111111', '复工', 'Resumed', 'gzrb-0301', '复工'],
      ['e3', '2020-02-12', 'stated', '', '复工', 'Resumed', 'nobody', '复工'],
      ['e1', '2020-02-13', 'stated', '', '复工', 'Resumed', 'gzrb-0301', '复工'],
    ]);
    const { dataset, issues } = buildDataset(texts([], events));
    expect(dataset.events.map((e) => e.id)).toEqual(['e1']);
    expect(issues.map(formatEn)).toEqual([
      'events.csv row 4, field "id": "e1" repeats the id of row 1',
      'events.csv row 2, field "region": "111111" is not a code in regions.csv',
      'events.csv row 3, field "source": "nobody" is not an id in sources.csv',
    ]);
  });

  it('messages use the file names given', () => {
    const { issues } = buildDataset(texts([goodObs({ date: 'x' })]), {
      observations: 'data/observations.csv',
    });
    expect(issues[0]?.file).toBe('data/observations.csv');
  });

  it('the dataset keeps observations in file order', () => {
    const { dataset } = buildDataset(
      texts([goodObs({ value: '1' }), goodObs({ value: '2' }), goodObs({ value: '3' })]),
    );
    expect(dataset.observations.map((o) => o.value)).toEqual([1, 2, 3]);
  });
});
