/**
 * From the five CSV files to a Dataset. Each file is read on its own first
 * (types, dates, enumerations), then references between files are checked.
 * A row with a problem is dropped and the problem reported with file, row and
 * field, so nothing on the map rests on a value that failed a check.
 */
import { readRows, rowReader, type FieldReader, type ReadResult, type RowReader } from './readRows';
import type { CsvRows } from './csvRows';
import { issue, type IssueMessage } from './issueMessages';
import { firstOfEach, isChecked, type CheckedRead, type Kept } from './firstOfEach';
import { parsePrecedence, parseSubsets, parseUniverses } from './parseUniverses';
import { findConflicts } from './conflicts';
import { eventIssues, parentIssues, validObservations } from './crossFileChecks';
import { limitSpan } from './dateBounds';
import type {
  Dataset,
  DateBasis,
  Event,
  InputIssue,
  Metric,
  MetricKind,
  MetricLayer,
  Observation,
  Qualifier,
  Region,
  RegionLevel,
  Source,
} from './types';

export type DataFile =
  | 'regions'
  | 'sources'
  | 'metrics'
  | 'universes'
  | 'subsets'
  | 'observations'
  | 'precedence'
  | 'events';

export const DEFAULT_FILES: Record<DataFile, string> = {
  regions: 'regions.csv',
  sources: 'sources.csv',
  metrics: 'metrics.csv',
  universes: 'universes.csv',
  subsets: 'subsets.csv',
  observations: 'observations.csv',
  precedence: 'precedence.csv',
  events: 'events.csv',
};

export const COLUMNS: Record<
  'regions' | 'sources' | 'metrics' | 'observations' | 'events',
  readonly string[]
> = {
  regions: ['code', 'name', 'short', 'name_en', 'level', 'parent', 'aliases', 'lon', 'lat'],
  sources: ['id', 'title', 'publisher', 'published', 'url', 'script', 'external', 'notes'],
  metrics: ['id', 'label_zh', 'label_en', 'unit', 'kind', 'layer'],
  observations: [
    'id',
    'region',
    'date',
    'date_basis',
    'date_latest',
    'metric',
    'universe',
    'subset',
    'value',
    'qualifier',
    'unit',
    'denominator',
    'scope',
    'source',
    'evidence',
    'derivation',
  ],
  events: ['id', 'date', 'date_basis', 'region', 'text_zh', 'text_en', 'source', 'evidence'],
};

const LEVELS: readonly RegionLevel[] = ['province', 'prefecture', 'county', 'district', 'new_area'];
const DATE_BASES: readonly DateBasis[] = ['stated', 'period_end', 'published', 'not_before'];
// Events are placed on one day: a bounded date has no single place on the track.
const EVENT_DATE_BASES: readonly DateBasis[] = ['stated', 'period_end', 'published'];
const QUALIFIERS: readonly Qualifier[] = ['exact', 'at_least', 'about', 'at_most'];
const KINDS: readonly MetricKind[] = ['rate', 'count', 'amount'];
const LAYERS: readonly MetricLayer[] = ['choropleth', 'points', 'none'];
const SCRIPTS: readonly Source['script'][] = ['simplified', 'traditional'];
const BOOLEANS = ['true', 'false'] as const;

// GB/T 2260 six digits; areas without one (贵安新区 is not an administrative
// division) take a lower-case id instead.
const REGION_CODE = /^(?:\d{6}|[a-z][a-z0-9_]*)$/;
// Ids end up in URLs and in messages; whitespace and separators would break both.
const ID = /^[^\s,|"]+$/;
const URL_RE = /^https?:\/\/\S+$/;

export { formatIssue } from './formatIssue';

export function parseRegions(text: string, file = DEFAULT_FILES.regions): ReadResult<Region> {
  return readRows(text, file, COLUMNS.regions, (f) => {
    const code = f.text('code', true);
    if (code !== '' && !REGION_CODE.test(code))
      f.problem('code', issue('bad-region-code', { text: code }));
    const parent = f.text('parent');
    if (parent !== '' && !REGION_CODE.test(parent))
      f.problem('parent', issue('bad-region-code', { text: parent }));
    const name = f.text('name', true);
    return {
      code,
      name,
      short: f.text('short') || name,
      // Optional: a region of one's own boundary file may have only its Chinese name, which
      // then stands in the English view too.
      nameEn: f.text('name_en'),
      level: f.oneOf('level', LEVELS),
      parent,
      aliases: f
        .text('aliases')
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      lon: f.number('lon', { min: -180, max: 180 }),
      lat: f.number('lat', { min: -90, max: 90 }),
    };
  });
}

export function parseSources(text: string, file = DEFAULT_FILES.sources): ReadResult<Source> {
  return readRows(text, file, COLUMNS.sources, (f) => {
    const id = checkId(f.text('id', true), 'id', f.problem);
    const url = f.text('url');
    if (url !== '' && !URL_RE.test(url)) f.problem('url', issue('bad-url', { text: url }));
    return {
      id,
      title: f.text('title', true),
      publisher: f.text('publisher'),
      published: f.date('published', true),
      url,
      script: f.oneOf('script', SCRIPTS),
      external: f.oneOf('external', BOOLEANS) === 'true',
      notes: f.text('notes'),
    };
  });
}

export function parseMetrics(text: string, file = DEFAULT_FILES.metrics): ReadResult<Metric> {
  return readRows(text, file, COLUMNS.metrics, (f) => ({
    id: checkId(f.text('id', true), 'id', f.problem),
    labelZh: f.text('label_zh', true),
    labelEn: f.text('label_en', true),
    unit: f.text('unit'),
    kind: f.oneOf('kind', KINDS),
    layer: f.oneOf('layer', LAYERS),
  }));
}

export function parseObservations(
  text: string | CsvRows,
  file = DEFAULT_FILES.observations,
): ReadResult<Observation> {
  return readRows(text, file, COLUMNS.observations, readObservation);
}

/**
 * Observations read row by row while their file arrives (`csvStream`); with `keep`, each is
 * handed on as it is read instead of held (see `rowReader`).
 */
export function observationReader(
  file = DEFAULT_FILES.observations,
  keep?: (o: Observation, row: number) => void,
): RowReader<Observation> {
  return rowReader(file, COLUMNS.observations, readObservation, keep);
}

function readObservation(f: FieldReader): Observation {
  return {
    row: f.row,
    id: checkId(f.text('id', true), 'id', f.problem),
    region: f.text('region', true),
    date: f.date('date'),
    dateBasis: f.oneOf('date_basis', DATE_BASES),
    dateLatest: f.date('date_latest', true),
    metric: f.text('metric', true),
    universe: f.text('universe', true),
    subset: f.text('subset'),
    value: f.number('value'),
    qualifier: f.oneOf('qualifier', QUALIFIERS),
    unit: f.text('unit'),
    denominator: f.optionalNumber('denominator', { min: 0, exclusiveMin: true }),
    scope: f.text('scope'),
    source: f.text('source', true),
    // Without the phrase a value cannot be traced back to its source.
    evidence: f.text('evidence', true),
    derivation: f.text('derivation'),
  };
}

export function parseEvents(text: string, file = DEFAULT_FILES.events): ReadResult<Event> {
  return readRows(text, file, COLUMNS.events, (f) => ({
    row: f.row,
    id: checkId(f.text('id', true), 'id', f.problem),
    date: f.date('date'),
    dateBasis: f.oneOf('date_basis', EVENT_DATE_BASES),
    region: f.text('region'),
    textZh: f.text('text_zh', true),
    textEn: f.text('text_en'),
    source: f.text('source', true),
    evidence: f.text('evidence', true),
  }));
}

/** An id as it may stand in a URL or a message: no whitespace, comma, bar or quote mark. */
export const isId = (text: string): boolean => ID.test(text);

function checkId(
  id: string,
  field: string,
  problem: (field: string, message: IssueMessage) => void,
): string {
  if (id !== '' && !isId(id)) problem(field, issue('bad-id', { text: id }));
  return id;
}

export interface DatasetTexts {
  regions: string;
  sources: string;
  metrics: string;
  universes: string;
  /** Optional: without it no figure may name a subset. */
  subsets?: string;
  /**
   * The CSV's text, the rows of the same table read from a Parquet file, or the observations
   * already read while the file arrived (`observationReader`), their ids checked as they came
   * where it says so (`CheckedRead`).
   */
  observations: string | CsvRows | ReadResult<Observation> | CheckedRead<Observation>;
  /** Optional: without it any conflict is reported. */
  precedence?: string;
  events?: string;
}

export function buildDataset(
  texts: DatasetTexts,
  files: Partial<Record<DataFile, string>> = {},
): { dataset: Dataset; issues: InputIssue[] } {
  const name: Record<DataFile, string> = { ...DEFAULT_FILES, ...files };
  const issues: InputIssue[] = [];
  const keep = <T>(
    r: ReadResult<T>,
    key: (t: T) => string,
    file: string,
    field: string,
  ): Kept<T> => {
    pushAll(issues, r.issues);
    return firstOfEach(r, key, file, field, issues);
  };

  const regionRows = keep(
    parseRegions(texts.regions, name.regions),
    (r) => r.code,
    name.regions,
    'code',
  );
  const regions = regionRows.rows;
  const sources = keep(
    parseSources(texts.sources, name.sources),
    (s) => s.id,
    name.sources,
    'id',
  ).rows;
  const metrics = keep(
    parseMetrics(texts.metrics, name.metrics),
    (m) => m.id,
    name.metrics,
    'id',
  ).rows;

  const regionCodes = new Set(regions.map((r) => r.code));
  const sourceIds = new Set(sources.map((s) => s.id));
  const metricById = new Map(metrics.map((m) => [m.id, m]));

  // A missing parent is reported, but the region stays: no value shown rests on its parent.
  pushAll(issues, parentIssues(regionRows, regionCodes, name));

  const universes = keep(
    parseUniverses(texts.universes, name.universes),
    (u) => u.id,
    name.universes,
    'id',
  ).rows;
  const subsets =
    texts.subsets === undefined
      ? []
      : keep(parseSubsets(texts.subsets, name.subsets), (u) => u.id, name.subsets, 'id').rows;
  const known = {
    regions: regionCodes,
    sources: sourceIds,
    metrics: metricById,
    universes: new Set(universes.map((u) => u.id)),
    subsets: new Set(subsets.map((u) => u.id)),
  };

  const given = texts.observations;
  const read =
    typeof given !== 'string' && 'rows' in given
      ? given
      : parseObservations(given, name.observations);
  const parsedObservations = isChecked(read)
    ? checked(read, issues)
    : keep(read, (o) => o.id, name.observations, 'id');
  const observations = validObservations(parsedObservations, known, name, issues);
  const precedence =
    texts.precedence === undefined
      ? []
      : keep(
          parsePrecedence(texts.precedence, name.precedence),
          (p) => p.over,
          name.precedence,
          'over',
        ).rows;
  // Bounded first: conflicts point into the observations the dataset keeps.
  const limited = limitSpan(observations, name.observations);
  pushAll(issues, limited.issues);
  const found = findConflicts(limited.kept, precedence, name);
  pushAll(issues, found.issues);

  const events: Event[] = [];
  if (texts.events !== undefined) {
    for (const e of keep(parseEvents(texts.events, name.events), (e) => e.id, name.events, 'id')
      .rows) {
      const problems = eventIssues(e, regionCodes, sourceIds, name);
      issues.push(...problems);
      if (problems.length === 0) events.push(e);
    }
  }

  const dataset: Dataset = {
    regions,
    sources,
    metrics,
    universes,
    subsets,
    observations: limited.kept,
    conflicts: found.conflicts,
    events,
  };
  return { dataset, issues };
}

/** Rows whose ids were checked as they were read: their problems, then their repeats. */
function checked<T>(read: CheckedRead<T>, issues: InputIssue[]): Kept<T> {
  pushAll(issues, read.issues);
  pushAll(issues, read.repeats);
  return read;
}

/** One by one: a file of a million bad rows would overflow the arguments of a spread push. */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
