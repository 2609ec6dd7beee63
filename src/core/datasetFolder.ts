/**
 * A dataset written as the files of a data folder, laid out like data/, which `?data=folder/`
 * reads back: own data imported in the browser can then be hosted beside the app, embedded and
 * shared, with every figure's source, date, bound and evidence as they were.
 */
import Papa from 'papaparse';
import type { BoundaryCollection } from './mapModel';
import { COLUMNS } from './parseDataset';
import { PRECEDENCE_COLUMNS, SUBSET_COLUMNS, UNIVERSE_COLUMNS } from './parseUniverses';
import type { Dataset } from './types';

export interface FolderFile {
  /** Path inside the folder, with `/` between folders. */
  path: string;
  text: string;
}

type Cell = string | number;

function csv(columns: readonly string[], rows: readonly Cell[][]): string {
  // No formula escaping: these files are the app's input, and a leading quote mark would
  // change a negative figure or a name.
  const text = Papa.unparse({ fields: [...columns], data: rows as Cell[][] }, { newline: '\n' });
  // A table with no rows comes back as its header with the line already ended.
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * The folder's files. The boundaries are written as GeoJSON under the name the app reads
 * (`boundaries/regions.topojson`), which takes GeoJSON as well as TopoJSON.
 */
export function datasetFolder(dataset: Dataset, boundaries: BoundaryCollection): FolderFile[] {
  const d = dataset;
  // A parent outside the dataset (the prefecture of a file of counties) is no region of the
  // folder, which would report it as an unknown code.
  const codes = new Set(d.regions.map((r) => r.code));
  return [
    {
      path: 'regions.csv',
      text: csv(
        COLUMNS.regions,
        d.regions.map((r) => [
          r.code,
          r.name,
          r.short,
          r.nameEn,
          r.level,
          codes.has(r.parent) ? r.parent : '',
          r.aliases.join('|'),
          r.lon,
          r.lat,
        ]),
      ),
    },
    {
      path: 'sources.csv',
      text: csv(
        COLUMNS.sources,
        d.sources.map((s) => [
          s.id,
          s.title,
          s.publisher,
          s.published,
          s.url,
          s.script,
          String(s.external),
          s.notes,
        ]),
      ),
    },
    {
      path: 'metrics.csv',
      text: csv(
        COLUMNS.metrics,
        d.metrics.map((m) => [m.id, m.labelZh, m.labelEn, m.unit, m.kind, m.layer]),
      ),
    },
    {
      path: 'universes.csv',
      text: csv(
        UNIVERSE_COLUMNS,
        d.universes.map((u) => [u.id, u.labelZh, u.labelEn, u.notes]),
      ),
    },
    {
      path: 'observations.csv',
      text: csv(
        COLUMNS.observations,
        d.observations.map((o) => [
          o.id,
          o.region,
          o.date,
          o.dateBasis,
          o.dateLatest,
          o.metric,
          o.universe,
          o.subset,
          o.value,
          o.qualifier,
          o.unit,
          o.denominator ?? '',
          o.scope,
          o.source,
          o.evidence,
          o.derivation,
        ]),
      ),
    },
    // The optional files too, if only their header: a host then answers each file the app
    // asks for, rather than logging a failed request.
    {
      path: 'subsets.csv',
      text: csv(
        SUBSET_COLUMNS,
        d.subsets.map((s) => [s.id, s.labelZh, s.labelEn]),
      ),
    },
    { path: 'precedence.csv', text: csv(PRECEDENCE_COLUMNS, precedenceRows(d)) },
    {
      path: 'events.csv',
      text: csv(
        COLUMNS.events,
        d.events.map((e) => [
          e.id,
          e.date,
          e.dateBasis,
          e.region,
          e.textZh,
          e.textEn,
          e.source,
          e.evidence,
        ]),
      ),
    },
    {
      path: 'boundaries/regions.topojson',
      text: JSON.stringify({ type: 'FeatureCollection', features: boundaries.features }),
    },
  ];
}

/**
 * The rules that settled which of two figures is shown. A conflict the dataset gives no rule
 * for is left out, so the folder reports it again rather than keeping one figure silently.
 */
function precedenceRows(d: Dataset): Cell[][] {
  const id = (i: number) => d.observations[i]?.id ?? '';
  return d.conflicts.flatMap((c) =>
    c.others
      .filter((o) => o.reasonZh !== '' || o.reasonEn !== '')
      .map((o) => [id(c.shown), id(o.obs), o.reasonZh, o.reasonEn]),
  );
}
