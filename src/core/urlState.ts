/**
 * The shareable part of the app state, in the query string. Reading is
 * forgiving — a link with a bad or out-of-date parameter still opens, on the
 * default for that parameter — but never silent: every value that was not
 * used comes back as a note, so the page can say why it shows something else.
 */
import { isIsoDate } from './dates';
import type { Lang } from './lang';
import { formatCamera, normalizeCamera, parseCenter, parseZoom, type Camera } from './camera';
import { DEFAULT_MAX_AGE_DAYS, MAX_AGE_LIMIT, SCALE_MODES, type ScaleMode } from './appState';

export interface UrlState {
  date?: string;
  metric?: string;
  /** Point-layer metric id, or 'none' for no points. */
  points?: string;
  /** 'all' | 'guizhou' | a region code. */
  view: string;
  /** Where the reader moved the map (`center=lon,lat&zoom=z`); absent: the view's framing. */
  camera?: Camera;
  /** Pinned region code. */
  region?: string;
  // The settings that change what the map shows, so that a link or an embed shows what its
  // author saw: the colour scale, estimates between figures, and how long a figure is carried.
  scale?: ScaleMode;
  interpolate?: boolean;
  /** Days a figure is carried forward before the region reads "no recent data". */
  maxAge?: number;
  lang: Lang;
  embed: boolean;
}

export interface UrlKnown {
  /** Valid dates; only the first and last matter (the range). */
  dates: string[];
  /** Layer ids (metric × universe). */
  metrics: string[];
  pointMetrics: string[];
  regions: string[];
  /** A bare metric id → the layer it opens, so a link naming only the metric still works. */
  aliases?: ReadonlyMap<string, string>;
}

export type UrlProblemReason =
  'unknown-parameter' | 'repeated' | 'malformed' | 'out-of-range' | 'unknown-value' | 'incomplete';

/** A parameter that was not used, for a page that words the note itself. */
export interface UrlProblem {
  param: string;
  value: string;
  reason: UrlProblemReason;
}

export const URL_PARAMS = [
  'date',
  'metric',
  'points',
  'view',
  'center',
  'zoom',
  'region',
  'scale',
  'interpolate',
  'maxAge',
  'lang',
  'embed',
] as const;
/** The camera's two parameters: one without the other is not used. */
const CAMERA_PARAMS = ['center', 'zoom'] as const;
export const NO_POINTS = 'none';
export const VIEW_ALL = 'all';
export const VIEW_GUIZHOU = 'guizhou';

export const DEFAULT_URL_STATE: UrlState = {
  view: VIEW_ALL,
  scale: 'bins',
  interpolate: false,
  maxAge: DEFAULT_MAX_AGE_DAYS,
  lang: 'zh',
  embed: false,
};

const WHOLE_DAYS = /^\d{1,5}$/;

/** On or off as a hand-written link may say it: a bare `?embed` is on. */
function parseSwitch(value: string): boolean | null {
  if (value === '' || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

const NOTE_EN: Record<UrlProblemReason, (p: UrlProblem) => string> = {
  'unknown-parameter': (p) => `unknown parameter "${p.param}" (value "${p.value}") was ignored`,
  repeated: (p) => `parameter "${p.param}" is repeated; the extra value "${p.value}" was ignored`,
  malformed: (p) => `${p.param}: "${p.value}" is not well-formed; using the default`,
  'out-of-range': (p) =>
    `${p.param}: "${p.value}" is outside ${p.param === 'date' ? 'the period of the data' : 'the range the map takes'}; using the default`,
  'unknown-value': (p) => `${p.param}: "${p.value}" is not known; using the default`,
  incomplete: (p) =>
    `${p.param}: "${p.value}" needs both center and zoom; using the view's framing`,
};

const NOTE_ZH: Record<UrlProblemReason, (p: UrlProblem) => string> = {
  'unknown-parameter': (p) => `未知参数 “${p.param}”（值 “${p.value}”）已忽略`,
  repeated: (p) => `参数 “${p.param}” 重复；多出的值 “${p.value}” 已忽略`,
  malformed: (p) => `${p.param}：“${p.value}” 格式不对；改用默认值`,
  'out-of-range': (p) =>
    `${p.param}：“${p.value}” ${p.param === 'date' ? '不在数据的时间范围内' : '超出允许的范围'}；改用默认值`,
  'unknown-value': (p) => `${p.param}：“${p.value}” 无法识别；改用默认值`,
  incomplete: (p) => `${p.param}：“${p.value}” 需要 center 和 zoom 同时给出；改用默认范围`,
};

export function describeUrlProblem(p: UrlProblem, lang: Lang): string {
  return (lang === 'zh' ? NOTE_ZH : NOTE_EN)[p.reason](p);
}

export function parseUrlState(
  search: string,
  known: UrlKnown,
): { state: UrlState; notes: string[]; problems: UrlProblem[] } {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const problems: UrlProblem[] = [];
  const seen = new Set<string>();
  const regions = new Set(known.regions);
  const first = known.dates[0];
  const last = known.dates[known.dates.length - 1];
  let center: { lon: number; lat: number } | null = null;
  let zoom: number | null = null;

  for (const [param, value] of params) {
    const fail = (reason: UrlProblemReason): void => {
      problems.push({ param, value, reason });
    };
    if (!(URL_PARAMS as readonly string[]).includes(param)) {
      fail('unknown-parameter');
      continue;
    }
    if (seen.has(param)) {
      fail('repeated');
      continue;
    }
    seen.add(param);
    switch (param) {
      case 'date':
        if (!isIsoDate(value)) fail('malformed');
        else if (first === undefined || last === undefined || value < first || value > last)
          fail('out-of-range');
        else state.date = value;
        break;
      case 'metric': {
        const layer = known.aliases?.get(value) ?? value;
        if (known.metrics.includes(layer)) state.metric = layer;
        else fail('unknown-value');
        break;
      }
      case 'points': {
        const layer = known.aliases?.get(value) ?? value;
        if (value === NO_POINTS) state.points = value;
        else if (known.pointMetrics.includes(layer)) state.points = layer;
        else fail('unknown-value');
        break;
      }
      case 'view':
        if (value === VIEW_ALL || value === VIEW_GUIZHOU || regions.has(value)) state.view = value;
        else fail('unknown-value');
        break;
      case 'center':
        center = parseCenter(value);
        if (!center) fail('malformed');
        break;
      case 'zoom':
        zoom = parseZoom(value);
        if (zoom === null) fail('malformed');
        break;
      case 'region':
        if (regions.has(value)) state.region = value;
        else fail('unknown-value');
        break;
      case 'lang':
        if (value === 'zh' || value === 'en') state.lang = value;
        else fail('unknown-value');
        break;
      case 'scale':
        if ((SCALE_MODES as readonly string[]).includes(value)) state.scale = value as ScaleMode;
        else fail('unknown-value');
        break;
      case 'maxAge':
        if (!WHOLE_DAYS.test(value)) fail('malformed');
        else if (Number(value) > MAX_AGE_LIMIT) fail('out-of-range');
        else state.maxAge = Number(value);
        break;
      case 'interpolate':
      case 'embed': {
        const on = parseSwitch(value);
        if (on === null) fail('malformed');
        else state[param] = on;
        break;
      }
    }
  }
  const camera = center && zoom !== null ? normalizeCamera({ ...center, zoom }) : null;
  if (camera) state.camera = camera;
  else if (center || zoom !== null) {
    // A well-formed half of a camera: the note names the half that was there.
    for (const param of CAMERA_PARAMS) {
      const value = params.get(param);
      if (value !== null && (param === 'center' ? center : zoom !== null))
        problems.push({ param, value, reason: 'incomplete' });
    }
  }
  return { state, notes: problems.map((p) => describeUrlProblem(p, 'en')), problems };
}

/**
 * The query string (without '?') for a state, leaving out whatever equals
 * the default so that links stay short and a default that changes later
 * moves old links along with it. Parameter order is fixed, so the same state
 * always gives the same link.
 */
export function serializeUrlState(
  state: UrlState,
  defaults: Partial<UrlState> = DEFAULT_URL_STATE,
): string {
  const parts: string[] = [];
  for (const param of URL_PARAMS) {
    if (param === 'center' || param === 'zoom') {
      // Both come from the one camera: written together at center, zoom right after it.
      if (param === 'center' && state.camera) {
        const c = formatCamera(state.camera);
        parts.push(`center=${c.center}`, `zoom=${c.zoom}`);
      }
      continue;
    }
    const value = state[param];
    if (value === undefined || value === defaults[param]) continue;
    if (typeof value === 'boolean') {
      parts.push(`${param}=${value ? '1' : '0'}`);
      continue;
    }
    parts.push(`${param}=${encodeURIComponent(String(value))}`);
  }
  return parts.join('&');
}
