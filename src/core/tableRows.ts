/**
 * The table view: every region on one day, each with the figure the map
 * shows, how it is known (observed, carried, interpolated, too old, none),
 * when, and from where. The same rows feed the table and its CSV download,
 * so the file holds exactly what the reader saw.
 */
import Papa from 'papaparse';
import type { Timeline } from './timeline';
import { Status } from './status';
import { formatSource, formatValue, UNKNOWN, type Lang } from './format';
import { splitLayerId } from './layers';
import type { MapModel } from './mapModel';
import type { DateBasis, Qualifier } from './types';
import { displayName } from './displayName';

export type StatusName = 'none' | 'observed' | 'carried' | 'interpolated' | 'stale' | 'uncertain';

const STATUS_NAMES: Record<Status, StatusName> = {
  [Status.None]: 'none',
  [Status.Observed]: 'observed',
  [Status.Carried]: 'carried',
  [Status.Interpolated]: 'interpolated',
  [Status.Stale]: 'stale',
  [Status.Uncertain]: 'uncertain',
};

export interface TableRow {
  code: string;
  region: string;
  /** The figure shown; null when nothing is shown (no data, or too old). */
  value: number | null;
  /** As printed: '≥60%', '~95%' for an estimate between two figures, '—' for none. */
  valueText: string;
  qualifier: Qualifier | null;
  status: StatusName;
  /** Days since the figure the row rests on; null when observed that day or none. */
  age: number | null;
  /** ISO date of the figure the row rests on ('' for none); for a bounded date, the earliest. */
  date: string;
  dateBasis: DateBasis | null;
  /** For a bounded date, the latest possible day ('' when unbounded or not bounded). */
  dateLatest: string;
  universe: string;
  subset: string;
  evidence: string;
  external: boolean;
  /** The stated total behind a count or a rate; null when the source gives none. */
  denominator: number | null;
  sourceId: string;
  /** Publisher《title》 date, as the tooltip words it. */
  source: string;
  url: string;
}

/**
 * Regions on the map, and any other region with a figure of some metric:
 * provinces and units that never have one would be rows of dashes.
 */
export function tableRegionRows(model: MapModel): number[] {
  const withData = new Set(model.dataset.observations.map((o) => o.region));
  return model.rows
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => i < model.features.length || withData.has(r.code))
    .map(({ i }) => i);
}

export function tableRows(
  model: MapModel,
  timeline: Timeline,
  dayIndex: number,
  lang: Lang,
  rows: readonly number[] = tableRegionRows(model),
): TableRow[] {
  const R = timeline.regions.length;
  const inside = dayIndex >= 0 && dayIndex < timeline.dates.length;
  return rows.map((row): TableRow => {
    const region = model.rows[row];
    const i = dayIndex * R + row;
    const status = (inside ? (timeline.status[i] ?? Status.None) : Status.None) as Status;
    const o =
      status === Status.None ? undefined : model.dataset.observations[timeline.obs[i] ?? -1];
    const base = {
      code: region?.code ?? '',
      region: region ? displayName(region, lang) : '',
    };
    if (!o) {
      return {
        ...base,
        value: null,
        valueText: UNKNOWN,
        qualifier: null,
        status: 'none',
        age: null,
        date: '',
        dateBasis: null,
        dateLatest: '',
        universe: '',
        subset: '',
        evidence: '',
        external: false,
        denominator: null,
        sourceId: '',
        source: '',
        url: '',
      };
    }
    const src = model.dataset.sources.find((s) => s.id === o.source);
    const raw = timeline.values[i] ?? NaN;
    // A figure past the maximum age is not shown as a value: its date and source still say
    // what the last known figure was.
    const shown = status === Status.Stale || Number.isNaN(raw) ? null : raw;
    const text = shown === null ? UNKNOWN : formatValue(shown, o.qualifier, o.unit, lang);
    return {
      ...base,
      value: shown,
      valueText: status === Status.Interpolated && shown !== null ? `~${text}` : text,
      qualifier: o.qualifier,
      status: STATUS_NAMES[status],
      age: status === Status.Observed ? null : (timeline.age[i] ?? 0),
      date: o.date,
      dateBasis: o.dateBasis,
      dateLatest: o.dateLatest,
      universe: o.universe,
      subset: o.subset,
      evidence: o.evidence,
      external: src?.external ?? false,
      denominator: o.denominator,
      sourceId: o.source,
      source: formatSource(src, o.source),
      url: src?.url ?? '',
    };
  });
}

export const DATA_CSV_COLUMNS = [
  'date',
  'region_code',
  'region',
  'metric',
  'universe',
  'value',
  'qualifier',
  'status',
  'age_days',
  'observed_date',
  'source_id',
  'evidence',
] as const;

/**
 * The table's download: data, not display text. One row per region with ISO dates and plain
 * numbers, so a spreadsheet or a script reads it without undoing our formatting. Cells copied
 * from web pages are escaped so that no spreadsheet runs them as formulas.
 */
export function toDataCsv(rows: readonly TableRow[], layer: string, date: string): string {
  const { metric, universe } = splitLayerId(layer);
  const data = rows.map((r) => [
    date,
    r.code,
    r.region,
    metric,
    r.universe || universe,
    r.value === null ? '' : r.value,
    r.qualifier ?? '',
    r.status,
    r.age === null ? '' : r.age,
    r.date,
    r.sourceId,
    r.evidence,
  ]);
  return Papa.unparse(
    { fields: [...DATA_CSV_COLUMNS], data },
    { escapeFormulae: true, newline: '\n', quotes: false },
  );
}
