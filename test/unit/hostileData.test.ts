import { describe, it, expect } from 'vitest';
import { COLUMNS, buildDataset } from '../../src/core/parseDataset';
import { MAX_TIMELINE_DAYS, dateProblem, limitSpan } from '../../src/core/dateBounds';
import { valueProblem } from '../../src/core/valueBounds';
import { addDays } from '../../src/core/dates';
import { csv } from './make';
import { en, english } from './englishIssues';

const REGIONS = csv(COLUMNS.regions as string[], [
  ['520100', '贵阳市', '贵阳', 'Guiyang', 'prefecture', '', '', '106.63', '26.65'],
]);
const SOURCES = csv(COLUMNS.sources as string[], [
  ['s1', '贵州日报', '贵州日报社', '2020-03-01', '', 'simplified', 'false', ''],
]);
const METRICS = csv(COLUMNS.metrics as string[], [
  ['work_rate', '复工率', 'Resumption rate', '%', 'rate', 'choropleth'],
  ['plan', '计划完成率', 'Plan completion', '%', 'rate', 'none'],
  ['growth', '同比增长', 'Growth', '%', 'rate', 'none'],
  ['workers', '返岗人数', 'Workers back', '人', 'count', 'points'],
]);
let obsId = 0;
const obs = (date: string, metric: string, value: string, unit = ''): string[] => {
  obsId += 1;
  const r: Record<string, string> = {
    id: `o${obsId}`,
    universe: 'u1',
    region: '520100',
    date,
    date_basis: 'stated',
    metric,
    value,
    qualifier: 'exact',
    unit,
    source: 's1',
    evidence: value,
  };
  return (COLUMNS.observations as string[]).map((h) => r[h] ?? '');
};
const build = (...rows: string[][]) =>
  buildDataset({
    regions: REGIONS,
    sources: SOURCES,
    metrics: METRICS,
    universes: 'id,label_zh,label_en,notes\nu1,规上工业企业,above-scale industrial firms,\n',
    observations: csv(COLUMNS.observations as string[], rows),
  });

describe('dates outside the plausible period', () => {
  it('refuses 9999-12-31 with file, row and field, keeping the other rows', () => {
    const { dataset, issues } = build(
      obs('2020-03-01', 'work_rate', '90'),
      obs('9999-12-31', 'work_rate', '95'),
    );
    expect(dataset.observations.map((o) => o.date)).toEqual(['2020-03-01']);
    expect(english(issues)).toEqual([
      {
        file: 'observations.csv',
        row: 2,
        field: 'date',
        message: '9999-12-31 is outside 2000-01-01…2100-12-31',
      },
    ]);
  });

  it('refuses 1900-01-01 as well', () => {
    expect(en(dateProblem('1900-01-01'))).toContain('outside');
    expect(dateProblem('2020-02-29')).toBeNull();
  });

  it(`keeps a timeline to its latest ${MAX_TIMELINE_DAYS} days and names each row cut`, () => {
    const latest = '2090-01-01';
    const early = addDays(latest, -MAX_TIMELINE_DAYS);
    const edge = addDays(latest, -MAX_TIMELINE_DAYS + 1);
    const { kept, issues } = limitSpan(
      [
        { date: early, row: 1 },
        { date: edge, row: 2 },
        { date: latest, row: 3 },
      ],
      'observations.csv',
    );
    expect(kept.map((o) => o.row)).toEqual([2, 3]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 1, field: 'date' });
  });
});

describe('a timeline cut to its span', () => {
  it('keeps the rows on either side of a row cut from the middle, in order', () => {
    const latest = '2090-01-01';
    const early = addDays(latest, -MAX_TIMELINE_DAYS);
    const { kept, issues } = limitSpan(
      [
        { date: latest, row: 1 },
        { date: early, row: 2 },
        { date: latest, row: 3 },
      ],
      'observations.csv',
    );
    expect(kept.map((o) => o.row)).toEqual([1, 3]);
    expect(issues.map((p) => p.row)).toEqual([2]);
  });

  it('gives a new list of the same rows when none is cut, not the list it was given', () => {
    const items = [{ date: '2020-03-01', row: 1 }];
    const { kept } = limitSpan(items, 'observations.csv');
    expect(kept).toEqual(items);
    expect(kept).not.toBe(items);
  });
});

describe('values outside what a metric can be', () => {
  it.each([
    ['a share above 100', 'work_rate', '100.5'],
    ['a share below 0', 'work_rate', '-1'],
    ['a share of 1e308', 'work_rate', '1e308'],
    ['a count below 0', 'workers', '-5'],
    ['a count of 1e308', 'workers', '1e308'],
    ['a rate of 1e308', 'plan', '1e308'],
    ['growth below −100%', 'growth', '-150'],
  ])('refuses %s with a message naming the value field', (_, metric, value) => {
    const { dataset, issues } = build(obs('2020-03-01', metric, value));
    expect(dataset.observations).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'observations.csv', row: 1, field: 'value' });
  });

  it.each([
    ['plan completion of 145.8%', 'plan', '145.8'],
    ['growth of −3%', 'growth', '-3'],
    ['a share of 0', 'work_rate', '0'],
    ['a share of 100', 'work_rate', '100'],
    ['450000 workers', 'workers', '450000'],
  ])('accepts %s', (_, metric, value) => {
    const { dataset, issues } = build(obs('2020-03-01', metric, value));
    expect(issues).toEqual([]);
    expect(dataset.observations).toHaveLength(1);
  });

  it('names the metric and the range in the message', () => {
    expect(en(valueProblem({ id: 'work_rate', kind: 'rate', layer: 'choropleth' }, 120))).toBe(
      '120 is outside 0…100, the range of a share (metric work_rate)',
    );
    expect(en(valueProblem({ id: 'x', kind: 'count', layer: 'points' }, NaN))).toContain('finite');
  });
});
