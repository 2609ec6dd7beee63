/**
 * Plain data types shared by the pure core and the rendering shell.
 * Every figure keeps its source, its date and how that date is known, so the
 * map can say what a value rests on.
 */
import type { IssueMessage } from './issueMessages';

/** What the source's wording says about the figure (以上/超过/突破/多/余 → at_least, 近 → at_most, 约/左右 → about). */
export type Qualifier = 'exact' | 'at_least' | 'about' | 'at_most';

/**
 * How the as-of date is known:
 * - `stated`: the text names the day;
 * - `period_end`: the figure covers a period ("前10个月", "一季度") and the date is its last day;
 * - `published`: only the publication date is known; the figure held no later than that day;
 * - `not_before`: the day is unknown but bounded: the figure held on or after `date`, and on or
 *   before `dateLatest` when that is known.
 */
export type DateBasis = 'stated' | 'period_end' | 'published' | 'not_before';

export type MetricKind = 'rate' | 'count' | 'amount';
/** Which layer a metric suits: rates colour the polygons, counts size the points. */
export type MetricLayer = 'choropleth' | 'points' | 'none';

export type RegionLevel = 'province' | 'prefecture' | 'county' | 'district' | 'new_area';

export interface Region {
  code: string; // GB/T 2260, six digits; a lower-case id (e.g. guian) for an area that has none
  name: string; // official Chinese name, e.g. 黔西南布依族苗族自治州
  short: string; // e.g. 黔西南州
  nameEn: string;
  level: RegionLevel;
  parent: string; // code of the parent, '' for none
  /**
   * The parent's name where the parent is not itself among the regions (a layer of counties
   * without its prefectures), so a join can still tell apart two regions of one name.
   */
  parentName?: string;
  aliases: string[]; // other spellings, traditional forms included
  lon: number; // label point
  lat: number;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  published: string; // ISO date, '' when unknown
  url: string; // '' when unknown
  script: 'simplified' | 'traditional';
  /** A page found by research rather than one of the seed articles ("other report"). */
  external: boolean;
  notes: string;
}

/**
 * What a figure counts: above-scale industrial firms, key projects, shops, one industry. A
 * colour only ever compares figures of one metric and one universe.
 */
export interface Universe {
  id: string;
  labelZh: string;
  labelEn: string;
  notes: string;
}

/**
 * A part of a universe that a source counts instead of the whole ("应复工复产的规上工业企业":
 * the firms due to resume). It stays on the universe's layer and is shown beside the value.
 */
export interface Subset {
  id: string;
  labelZh: string;
  labelEn: string;
}

/** Which of two figures for the same region, layer and day the map shows, and why. */
export interface Precedence {
  /** 1-based data row in precedence.csv, for messages. */
  row: number;
  shown: string; // observation id
  over: string; // observation id
  reasonZh: string;
  reasonEn: string;
}

export interface Metric {
  id: string;
  labelZh: string;
  labelEn: string;
  unit: string; // '%', '家', '人', '个', '亿元', ...
  kind: MetricKind;
  layer: MetricLayer;
}

export interface Observation {
  /** 1-based data row in observations.csv, for messages. */
  row: number;
  /** Stable id (o001…), never renumbered, so precedence rules and links keep pointing at it. */
  id: string;
  region: string; // region code
  date: string; // ISO YYYY-MM-DD; for `not_before`, the earliest possible day
  dateBasis: DateBasis;
  /** `not_before` only: the latest possible day, '' when no upper bound is known. */
  dateLatest: string;
  metric: string;
  universe: string; // universe id: what the figure counts
  subset: string; // subset id, '' for the whole universe
  value: number;
  qualifier: Qualifier;
  unit: string;
  denominator: number | null; // stated total ("452家规上企业中有434家"), null when the source gives none
  scope: string; // e.g. 规模以上工业企业
  source: string; // source id
  evidence: string; // phrase copied from the source, ≤ 60 characters
  derivation: string; // how the value follows from the evidence, '' when it is literally there
}

/** Something that happened on a day (a lockdown lifted, a policy issued), shown on the timeline. */
export interface Event {
  /** 1-based data row in events.csv, for messages. */
  row: number;
  id: string;
  date: string; // ISO YYYY-MM-DD
  dateBasis: DateBasis;
  region: string; // region code, '' when the event is not tied to one region (a national policy)
  textZh: string;
  textEn: string;
  source: string; // source id
  evidence: string; // phrase copied from the source, ≤ 60 characters
}

export interface Dataset {
  regions: Region[];
  sources: Source[];
  metrics: Metric[];
  universes: Universe[];
  subsets: Subset[];
  observations: Observation[];
  /** Figures that another figure for the same region, layer and day wins over. */
  conflicts: Conflict[];
  events: Event[]; // always present, empty when there is no events.csv
}

/**
 * Several figures for one region, layer and day. The map shows `shown`; the tooltip and the
 * detail panel list the others, each with the reason it lost. A reason of '' means the dataset
 * gives no rule: the check reports the conflict, and the later row is shown meanwhile.
 */
export interface Conflict {
  shown: number; // index into Dataset.observations
  others: ConflictLoser[];
}

export interface ConflictLoser {
  obs: number; // index into Dataset.observations
  reasonZh: string;
  reasonEn: string;
}

/** Where in an input file a problem is: the file, the 1-based data row and the field. */
export interface IssuePlace {
  file: string;
  row: number; // 0 for the header or the file as a whole
  field: string;
}

/** A problem in an input file: its place, and a message code with the values it quotes. */
export type InputIssue = IssuePlace & IssueMessage;
