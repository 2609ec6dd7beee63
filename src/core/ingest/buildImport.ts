/**
 * A long table, its column roles and its join report, to a Dataset like the shipped one. The
 * same honesty rules hold: a bound keeps its qualifier, a missing cell gives no figure (never a
 * 0), and every figure keeps its file and spreadsheet row for the tooltip. Every row that gives
 * no figure is counted under the reason, so the report accounts for all of them.
 */
import { findConflicts } from '../conflicts';
import type { Dataset, Metric, Observation, Region, Source, Universe } from '../types';
import type { ColumnRole } from './mapColumns';
import type { JoinReport } from './matchRegions';
import { parseDate } from './parseDate';
import { parseValue } from './parseValue';
import { QUALIFIER_CELLS } from './qualifierWords';
import { valueProblem } from '../valueBounds';
import type { RawTable } from './readTable';

export type RowProblem =
  | 'missing_value'
  | 'invalid_value'
  | 'missing_date'
  | 'invalid_date'
  | 'needs_year'
  | 'unmatched_region'
  | 'qualifier_conflict'
  | 'out_of_range';
export const ROW_PROBLEMS: readonly RowProblem[] = [
  'missing_value',
  'invalid_value',
  'missing_date',
  'invalid_date',
  'needs_year',
  'unmatched_region',
  'qualifier_conflict',
  'out_of_range',
];

export interface RowIssue {
  problem: RowProblem;
  row: number;
  column?: string;
  raw: string;
}

export interface ImportSettings {
  file: string;
  /** Year for dates written without one; undefined until the user gives it. */
  year?: number;
  /** Metric name when the table has no metric column (e.g. the value column's header). */
  metricName: string;
  /** Labels for the universe when the table has no universe column. */
  universeLabel: { zh: string; en: string };
}

export interface ImportResult {
  dataset: Dataset;
  problems: Record<RowProblem, number>;
  /** The first few rows of each problem, for the report. */
  examples: RowIssue[];
  /** Rows that became figures. */
  figures: number;
}

const EXAMPLES_PER_PROBLEM = 5;

export function buildImport(
  table: RawTable,
  roles: readonly ColumnRole[],
  join: JoinReport,
  regions: Region[],
  settings: ImportSettings,
): ImportResult {
  const col = (role: ColumnRole) => roles.indexOf(role);
  const [dateCol, valueCol, metricCol, universeCol, qualCol, sourceCol] = (
    ['date', 'value', 'metric', 'universe', 'qualifier', 'source'] as const
  ).map(col) as [number, number, number, number, number, number];
  const problems = Object.fromEntries(ROW_PROBLEMS.map((p) => [p, 0])) as Record<
    RowProblem,
    number
  >;
  const examples: RowIssue[] = [];
  const note = (problem: RowProblem, i: number, raw: string) => {
    problems[problem] += 1;
    if (problems[problem] <= EXAMPLES_PER_PROBLEM)
      examples.push({
        problem,
        row: table.refs[i]?.row ?? i + 2,
        column: table.refs[i]?.column,
        raw,
      });
  };

  const { metrics, universes, sources } = vocabulary(settings);
  /** Each figure read, with its index in the table (for a message) and its metric. */
  const read: { o: Observation; i: number; metric: Metric }[] = [];

  table.rows.forEach((r, i) => {
    const cell = (c: number) => (c >= 0 ? (r[c] ?? '') : '');
    const k = join.keys[join.rowKey[i] ?? -1];
    if (!k || k.code === null)
      return note('unmatched_region', i, [k?.cells.code, k?.cells.name].filter(Boolean).join(' '));
    const d = parseDate(cell(dateCol), { year: settings.year });
    if (d.kind !== 'date')
      return note(
        d.kind === 'missing'
          ? 'missing_date'
          : d.kind === 'needs_year'
            ? 'needs_year'
            : 'invalid_date',
        i,
        cell(dateCol),
      );
    const v = parseValue(cell(valueCol));
    if (v.kind === 'missing') return note('missing_value', i, cell(valueCol));
    if (v.kind === 'invalid') return note('invalid_value', i, cell(valueCol));
    let qualifier = v.qualifier;
    const qCell = cell(qualCol).trim();
    if (qCell !== '') {
      const q = QUALIFIER_CELLS.get(qCell.toLowerCase());
      if (q === undefined || (v.qualifier !== 'exact' && q !== v.qualifier))
        return note('qualifier_conflict', i, `${cell(valueCol)} ${qCell}`);
      qualifier = q;
    }
    const metric = metrics.get(cell(metricCol) || settings.metricName);
    if (v.percent) {
      metric.unit = '%';
      metric.kind = 'rate';
    }
    const universe = universes.get(cell(universeCol));
    const ref = table.refs[i];
    const rowNo = ref?.row ?? i + 2;
    read.push({
      i,
      metric,
      o: {
        row: rowNo,
        id: ref?.column ? `r${rowNo}:${ref.column}` : `r${rowNo}`,
        region: k.code,
        date: d.iso,
        dateBasis: 'stated',
        dateLatest: '',
        metric: metric.id,
        universe: universe.id,
        subset: '',
        value: v.value,
        qualifier,
        unit: v.percent ? '%' : '',
        denominator: null,
        scope: cell(universeCol),
        source: sources.get(cell(sourceCol)).id,
        evidence: evidenceOf(settings.file, ref?.row ?? i + 2, ref?.column, cell(valueCol)),
        derivation: '',
      },
    });
  });

  const observations = withinBounds(read, (i) =>
    note('out_of_range', i, table.rows[i]?.[valueCol] ?? ''),
  );

  // Repeated rows for one region, layer and day are listed as conflicts: the later row shows,
  // the others stay in the tooltip, as with the shipped data when no precedence rule exists.
  const { conflicts } = findConflicts(observations, [], {
    observations: settings.file,
    precedence: '',
  });
  return {
    dataset: {
      regions,
      sources: sources.all(),
      metrics: metrics.all(),
      universes: universes.all(),
      subsets: [],
      observations,
      conflicts,
      events: [],
    },
    problems,
    examples,
    figures: observations.length,
  };
}

/**
 * The figures their metric's bounds allow (valueBounds.ts); `refuse` hears the table index of
 * each other. Checked after every row is read: a metric is a rate once any of its cells has %.
 */
function withinBounds(
  read: readonly { o: Observation; i: number; metric: Metric }[],
  refuse: (i: number) => void,
): Observation[] {
  const kept: Observation[] = [];
  for (const { o, i, metric } of read) {
    if (valueProblem(metric, o.value)) refuse(i);
    else kept.push(o);
  }
  return kept;
}

/** Metrics, universes and sources named in the file's cells, each made once per distinct name. */
function vocabulary(settings: ImportSettings) {
  const metrics = new Interner<Metric>((name, n) => ({
    id: `m${n}`,
    labelZh: name,
    labelEn: name,
    unit: '',
    kind: 'count',
    layer: 'choropleth',
  }));
  const universes = new Interner<Universe>((name, n) =>
    name === ''
      ? {
          id: 'u0',
          labelZh: settings.universeLabel.zh,
          labelEn: settings.universeLabel.en,
          notes: '',
        }
      : { id: `u${n}`, labelZh: name, labelEn: name, notes: '' },
  );
  const sources = new Interner<Source>((name, n) => ({
    id: `s${n}`,
    title: name || settings.file,
    publisher: '',
    published: '',
    url: /^https?:\/\/\S+$/.test(name) ? name : '',
    script: 'simplified',
    external: false,
    notes: '',
  }));
  return { metrics, universes, sources };
}

/** `data.csv 第12行 / row 12 (2020-03-01): 96%`, cut to the 60 characters evidence allows. */
function evidenceOf(file: string, row: number, column: string | undefined, raw: string): string {
  const where = column ? `${file} #${row} [${column}]` : `${file} #${row}`;
  const text = `${where}: ${raw}`;
  return [...text].length <= 60 ? text : `${[...text].slice(0, 59).join('')}…`;
}

class Interner<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly make: (name: string, n: number) => T) {}
  get(name: string): T {
    let v = this.map.get(name);
    if (v === undefined) {
      v = this.make(name, this.map.size + 1);
      this.map.set(name, v);
    }
    return v;
  }
  all(): T[] {
    return [...this.map.values()];
  }
}
