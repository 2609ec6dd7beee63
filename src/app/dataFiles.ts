import { checkBoundaries } from '../core/geojsonCheck';
import { decodeText, looksLikeHtml } from '../core/decodeText';
import type { BoundaryCollection } from '../core/mapModel';
import { formatIssue } from '../core/formatIssue';
import { issue } from '../core/issueMessages';
import type { InputIssue, Observation } from '../core/types';
import type { Lang } from '../core/lang';
import regionsUrl from '../../data/regions.csv?url';
import sourcesUrl from '../../data/sources.csv?url';
import metricsUrl from '../../data/metrics.csv?url';
import universesUrl from '../../data/universes.csv?url';
import subsetsUrl from '../../data/subsets.csv?url';
import precedenceUrl from '../../data/precedence.csv?url';
import observationsUrl from '../../data/observations.csv?url';
import eventsUrl from '../../data/events.csv?url';
import boundariesUrl from '../../data/boundaries/regions.topojson?url';
import provincesUrl from '../../data/boundaries/provinces.topojson?url';
import { isTopology, readTopology } from '../core/readBoundaries';
import { isRead, readObservationsFile } from './readObservationsFile';
import type { ReadResult } from '../core/readRows';

/** Where each input file lives. A report page may point any of them elsewhere. */
export interface DataFiles {
  regions: string;
  sources: string;
  metrics: string;
  universes: string;
  subsets: string;
  observations: string;
  precedence: string;
  events: string;
  boundaries: string;
  provinces: string;
}

/** The embedded default dataset: shipped with the app, served from its own origin. */
export const DEFAULT_FILES: DataFiles = {
  regions: regionsUrl,
  sources: sourcesUrl,
  metrics: metricsUrl,
  universes: universesUrl,
  subsets: subsetsUrl,
  observations: observationsUrl,
  precedence: precedenceUrl,
  events: eventsUrl,
  boundaries: boundariesUrl,
  provinces: provincesUrl,
};

export interface LoadedTexts {
  regions: string;
  sources: string;
  metrics: string;
  universes: string;
  subsets?: string;
  /**
   * The observations read while their file arrived (observations.csv, or observations.parquet
   * where the folder has that instead), or the CSV's text where it must be read whole (quoted
   * fields, another encoding).
   */
  observations: string | ReadResult<Observation>;
  precedence?: string;
  /** Absent when the optional events file is missing: the map works without it. */
  events?: string;
  boundaries: BoundaryCollection;
  provinces: GeoJSON.FeatureCollection;
  /** What was read with a warning (an encoding, a missing optional file, a bad feature). */
  issues: InputIssue[];
}

/**
 * A required file that could not be read. The message names it in both languages, as the
 * page shows it before the reader has chosen one.
 */
export class MissingFileError extends Error {
  constructor(problem: InputIssue, detail = '') {
    const line = (lang: Lang) => `${formatIssue(problem, lang)}${detail}`;
    super(`${line('zh')} / ${line('en')}`);
  }
}

const notFound = (file: string): InputIssue => ({
  file,
  row: 0,
  field: '',
  ...issue('file-not-found', {}),
});

/**
 * `onFigures`: how many observations are read so far, as a large file arrives; `onBoundaries`:
 * the region boundaries, as soon as they are read (the observations usually come last).
 */
export async function fetchDataFiles(
  files: DataFiles,
  signal?: AbortSignal,
  onFigures?: (count: number) => void,
  onBoundaries?: (boundaries: BoundaryCollection) => void,
): Promise<LoadedTexts> {
  const issues: InputIssue[] = [];
  // Any observations but the shipped ones may be large (a year of every county's figures):
  // those are read in a worker, with the page's thread left to the rest.
  const offPage = files.observations !== DEFAULT_FILES.observations;
  // null: the file is not there (an HTTP error, or an HTML page in its place).
  const textOf = (bytes: Uint8Array, name: string): string | null => {
    const decoded = decodeText(bytes, name);
    if (decoded.issue) issues.push(decoded.issue);
    if (decoded.text === null) throw new MissingFileError(decoded.issue ?? notFound(name));
    return looksLikeHtml(decoded.text) ? null : decoded.text;
  };
  const read = async (url: string, name: string): Promise<string | null> => {
    const res = await fetch(url, { signal });
    if (!res.ok) return null;
    return textOf(new Uint8Array(await res.arrayBuffer()), name);
  };
  const text = async (url: string, name: string): Promise<string> => {
    const body = await read(url, name);
    if (body === null) throw new MissingFileError(notFound(name), ` (${url})`);
    return body;
  };
  const optional = async (url: string, name: string): Promise<string | undefined> => {
    const body = await read(url, name).catch((err: unknown) => {
      if (err instanceof MissingFileError) return null;
      throw err;
    });
    if (body === null) issues.push(notFound(name));
    return body ?? undefined;
  };
  const json = async (url: string, name: string): Promise<BoundaryCollection> => {
    const body = await text(url, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (err) {
      const text = (err as Error).message;
      throw new MissingFileError({ file: name, row: 0, field: '', ...issue('not-json', { text }) });
    }
    // TopoJSON (what data/boundaries ships) becomes features and one mesh of borders, in
    // which a border two polygons share is drawn once; GeoJSON is read as it is.
    const layer = isTopology(parsed) ? readTopology(parsed) : null;
    const checked = checkBoundaries(layer ?? parsed, name);
    issues.push(...checked.issues);
    // A feature left out would leave its arcs in the mesh: then outline every ring instead.
    return layer && checked.issues.length === 0
      ? { ...checked.collection, borders: layer.borders }
      : checked.collection;
  };
  // A Parquet file of the same columns: named so, or found beside a missing observations.csv.
  const parquet = async (url: string, name: string): Promise<ReadResult<Observation> | null> => {
    const got = await readObservationsFile(url, name, 'parquet', offPage, signal, onFigures);
    if (got !== null && typeof got === 'object' && 'broken' in got) {
      throw new MissingFileError(got.broken);
    }
    return isRead(got) ? got : null;
  };
  const observations = async (): Promise<string | ReadResult<Observation>> => {
    const url = files.observations;
    const twin = url.replace(/\.csv(?=$|[?#])/i, '.parquet');
    if (/\.parquet(?=$|[?#])/i.test(url)) {
      const rows = await parquet(url, 'observations.parquet');
      if (rows) return rows;
    } else {
      const got = await readObservationsFile(
        url,
        'observations.csv',
        'csv',
        offPage,
        signal,
        onFigures,
      );
      if (isRead(got)) return got;
      const body =
        got instanceof Uint8Array
          ? textOf(got, 'observations.csv')
          : got === 'read-whole'
            ? await read(url, 'observations.csv')
            : null;
      if (body !== null) return body;
      const rows = twin === url ? null : await parquet(twin, 'observations.parquet');
      if (rows) return rows;
    }
    throw new MissingFileError(notFound('observations.csv'), ` (${url})`);
  };
  const csv = (key: keyof DataFiles) => text(files[key], `${key}.csv`);
  const maybeCsv = (key: keyof DataFiles) => optional(files[key], `${key}.csv`);
  const boundaries = json(files.boundaries, 'regions.topojson').then((b) => {
    onBoundaries?.(b);
    return b;
  });
  const loaded = await settled({
    regions: csv('regions'),
    sources: csv('sources'),
    metrics: csv('metrics'),
    universes: csv('universes'),
    subsets: maybeCsv('subsets'),
    observations: observations(),
    precedence: maybeCsv('precedence'),
    events: maybeCsv('events'),
    boundaries,
    provinces: json(files.provinces, 'provinces.topojson'),
  });
  return {
    ...loaded,
    // Checked like the regions: polygons with finite coordinates in range.
    provinces: loaded.provinces as unknown as GeoJSON.FeatureCollection,
    issues,
  };
}

/** Awaits every promise of a record at once and keeps each result under its key. */
async function settled<T extends Record<string, Promise<unknown>>>(
  jobs: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(jobs) as (keyof T)[];
  const values = await Promise.all(keys.map((k) => jobs[k]));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}
