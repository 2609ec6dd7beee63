/** Small builders for test fixtures: only the fields a test cares about need saying. */
import type { Dataset, Metric, Observation, Region, Source, Universe } from '../../src/core/types';

export function region(code: string, name: string, extra: Partial<Region> = {}): Region {
  return {
    code,
    name,
    short: name,
    nameEn: '',
    level: 'prefecture',
    parent: '',
    aliases: [],
    lon: 106.7,
    lat: 26.6,
    ...extra,
  };
}

/** One row of observations.csv, by column, that passes every check of its own. */
export const OBSERVATION_ROW: Readonly<Record<string, string>> = {
  id: 'o1',
  region: '520100',
  date: '2020-03-01',
  date_basis: 'stated',
  date_latest: '',
  metric: 'work_rate',
  universe: 'above_scale_industry',
  subset: '',
  value: '96.5',
  qualifier: 'exact',
  unit: '%',
  denominator: '',
  scope: '规模以上工业企业',
  source: 'gzrb-0301',
  evidence: '复工率达96.5%',
  derivation: '',
};

let row = 0;
export function obs(
  region: string,
  date: string,
  value: number,
  extra: Partial<Observation> = {},
): Observation {
  row += 1;
  return {
    row,
    id: `o${row}`,
    region,
    date,
    dateBasis: 'stated',
    dateLatest: '',
    metric: 'work_rate',
    universe: 'u1',
    subset: '',
    value,
    qualifier: 'exact',
    unit: '%',
    denominator: null,
    scope: '',
    source: 's1',
    evidence: `${value}%`,
    derivation: '',
    ...extra,
  };
}

export const METRIC: Metric = {
  id: 'work_rate',
  labelZh: '复工率',
  labelEn: 'Work resumption rate',
  unit: '%',
  kind: 'rate',
  layer: 'choropleth',
};

export const SOURCE: Source = {
  id: 's1',
  title: 't',
  publisher: 'p',
  published: '2020-03-01',
  url: '',
  script: 'simplified',
  external: false,
  notes: '',
};

export const UNIVERSE: Universe = {
  id: 'u1',
  labelZh: '规上工业企业',
  labelEn: 'above-scale industrial firms',
  notes: '',
};

/** The layer the fixtures' figures are on: METRIC × UNIVERSE. */
export const LAYER = 'work_rate.u1';

export function dataset(observations: Observation[], regions: Region[] = []): Dataset {
  return {
    regions,
    sources: [SOURCE],
    metrics: [METRIC],
    universes: [UNIVERSE],
    subsets: [],
    observations,
    conflicts: [],
    events: [],
  };
}

/** CSV text from a header and rows of cells, quoting cells that need it. */
export function csv(header: string[], rows: string[][]): string {
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** A square polygon's rings, `d` degrees a side, from its south-west corner. */
export const square = (x: number, y: number, d = 1) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];
