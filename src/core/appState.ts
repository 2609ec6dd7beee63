/**
 * One state, one direction: the controls dispatch actions, `reduce` makes the
 * next state, the map and panels draw from it. The reducer is pure and
 * total — any action on any state gives a valid state, with the day clamped
 * to the period and `date` always equal to `dates[dayIndex]`.
 */
import type { Lang } from './lang';
import { normalizeCamera, sameCamera, type Camera } from './camera';
import { ALL_DATES, episodeRange, type Episode } from './episodes';
import { timeAxis, type TimeAxis } from './timeAxis';

export interface AppState {
  date: string;
  dayIndex: number;
  /** Choropleth metric id. */
  metric: string;
  /** Point-layer metric id, null for none. */
  points: string | null;
  /** 'all' | 'guizhou' | a region code. */
  view: string;
  /**
   * Where the reader moved the map, when they have: it replaces the view's framing until a
   * view is chosen again. Absent: the map shows the view.
   */
  camera?: Camera;
  /** Pinned region code. */
  region: string | null;
  lang: Lang;
  playing: boolean;
  /** Playback speed, days per second at 1. */
  speed: number;
  loop: boolean;
  interpolate: boolean;
  maxAgeDays: number;
  scaleMode: ScaleMode;
  embed: boolean;
  /**
   * The slider's range: an episode id of core/episodes.ts, or 'all' (also when absent).
   * Stepping, jumping and playing stay inside it.
   */
  episode?: string;
}

export type Action =
  | { type: 'setDay'; dayIndex: number }
  | { type: 'setDate'; date: string }
  | { type: 'step'; delta: number }
  | { type: 'jumpObservation'; direction: 1 | -1 }
  | { type: 'setMetric'; metric: string }
  | { type: 'setPoints'; points: string | null }
  /** Choosing a view frames it, in place of where the reader had moved the map. */
  | { type: 'setView'; view: string }
  /** The reader moved the map (null: back to the view's framing). */
  | { type: 'setCamera'; camera: Camera | null }
  /** With a view, zooms there too: one state change, so one history entry. */
  | { type: 'select'; region: string | null; view?: string }
  | { type: 'setLang'; lang: Lang }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggleLoop' }
  | { type: 'setSpeed'; speed: number }
  | { type: 'setInterpolate'; interpolate: boolean }
  | { type: 'setMaxAge'; maxAgeDays: number }
  | { type: 'setScaleMode'; scaleMode: ScaleMode }
  | { type: 'setEpisode'; episode: string }
  /** Playback moved on by `days` (1 when absent): more than one when frames come slowly. */
  | { type: 'tick'; days?: number };

export interface ReduceContext {
  dates: string[];
  /** Sorted indexes into `dates` that jumpObservation stops at. */
  observationDays: number[];
  /** Episodes the slider can be narrowed to; none means only 'all'. */
  episodes?: readonly Episode[];
}

/**
 * The day `days` of playing lead to. Inside a break of the track (a stretch with no figure,
 * compressed between episodes) the date keeps the thumb's pace instead: a break a few steps
 * wide is crossed in a few days' time, not in the two years it stands for.
 */
function playedTo(state: AppState, days: number, ctx: ReduceContext): number {
  const axis = axisOf(state, ctx);
  const b = axis.breaks.find((x) => state.dayIndex >= x.firstDay && state.dayIndex < x.lastDay);
  if (!b) return state.dayIndex + days;
  const perStep = (b.lastDay - b.firstDay + 1) / Math.max(1, (b.to - b.from) * axis.steps);
  return Math.min(b.lastDay + 1, state.dayIndex + Math.ceil(days * perStep));
}

// Axes made for a context, by range: a playback tick and a render look the axis up, and the
// track and the chart compare it by identity.
const axesOf = new WeakMap<ReduceContext, Map<string, TimeAxis>>();

/** The track's axis for a state's range: even over an episode, with breaks over all dates. */
export function axisOf(state: AppState, ctx: ReduceContext): TimeAxis {
  const range = rangeOf(state, ctx);
  const key = range.join('-');
  const axes = axesOf.get(ctx) ?? new Map<string, TimeAxis>();
  axesOf.set(ctx, axes);
  const known = axes.get(key);
  if (known) return known;
  const axis = timeAxis(range, ctx.episodes ?? []);
  axes.set(key, axis);
  return axis;
}

/** The days the slider covers in this state: its episode, or the whole period. */
export function rangeOf(state: AppState, ctx: ReduceContext): [number, number] {
  return episodeRange(ctx.episodes ?? [], state.episode, ctx.dates.length);
}

/** A carried figure older than this reads as "no recent data" (adjustable in the app). */
export const DEFAULT_MAX_AGE_DAYS = 60;

/** How the fill's colours are laid out: classes, or one continuous ramp. */
export type ScaleMode = 'bins' | 'continuous';
export const SCALE_MODES: readonly ScaleMode[] = ['bins', 'continuous'];
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 64;
export const MAX_AGE_LIMIT = 3650;

/** The nearest valid day index; 0 for an empty period. */
export function clampDay(dayIndex: number, dayCount: number): number {
  if (dayCount <= 0 || !Number.isFinite(dayIndex)) return 0;
  return Math.min(dayCount - 1, Math.max(0, Math.round(dayIndex)));
}

/**
 * The index of a date in the period: exact when it is there, otherwise the
 * nearest end. Dates are compared as ISO strings, which sort as days do.
 */
export function dayIndexOf(dates: string[], date: string): number {
  let lo = 0;
  let hi = dates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = dates[mid] as string;
    if (d === date) return mid;
    if (d < date) lo = mid + 1;
    else hi = mid - 1;
  }
  return clampDay(lo, dates.length);
}

function atDay(state: AppState, dayIndex: number, ctx: ReduceContext): AppState {
  const i = clampDay(dayIndex, ctx.dates.length);
  const date = ctx.dates[i] ?? '';
  return i === state.dayIndex && date === state.date ? state : { ...state, dayIndex: i, date };
}

/** Like atDay, but kept inside the state's episode. */
function inRange(state: AppState, dayIndex: number, ctx: ReduceContext): AppState {
  const [lo, hi] = rangeOf(state, ctx);
  return atDay(state, Number.isFinite(dayIndex) ? Math.min(hi, Math.max(lo, dayIndex)) : lo, ctx);
}

function withoutCamera(state: AppState): AppState {
  if (!state.camera) return state;
  const rest = { ...state };
  delete rest.camera;
  return rest;
}

function set<K extends keyof AppState>(state: AppState, key: K, value: AppState[K]): AppState {
  return state[key] === value ? state : { ...state, [key]: value };
}

/**
 * Moving the day by hand (slider, step, jump) stops playback: the reader has
 * taken over, and a tick arriving a moment later must not move them on.
 * The same state object comes back when nothing changes, so a renderer can
 * compare by identity.
 */
export function reduce(state: AppState, action: Action, ctx: ReduceContext): AppState {
  const last = ctx.dates.length - 1;
  switch (action.type) {
    case 'setDay':
      return set(inRange(state, action.dayIndex, ctx), 'playing', false);
    case 'setDate': {
      // A date asked for by name (a link, history) is shown even outside the episode:
      // the slider widens to all dates rather than showing another day.
      const i = dayIndexOf(ctx.dates, action.date);
      const [lo, hi] = rangeOf(state, ctx);
      const widened = i < lo || i > hi ? set(state, 'episode', ALL_DATES) : state;
      return set(atDay(widened, i, ctx), 'playing', false);
    }
    case 'step':
      return set(
        inRange(state, state.dayIndex + (Number.isFinite(action.delta) ? action.delta : 0), ctx),
        'playing',
        false,
      );
    case 'jumpObservation': {
      const [lo, hi] = rangeOf(state, ctx);
      const days = ctx.observationDays.filter((d) => d >= lo && d <= hi);
      const target =
        action.direction > 0
          ? days.find((d) => d > state.dayIndex)
          : [...days].reverse().find((d) => d < state.dayIndex);
      const moved = target === undefined ? state : atDay(state, target, ctx);
      return set(moved, 'playing', false);
    }
    case 'setMetric':
      return set(state, 'metric', action.metric);
    case 'setPoints':
      return set(state, 'points', action.points === '' ? null : action.points);
    case 'setView':
      return withoutCamera(set(state, 'view', action.view));
    case 'setCamera': {
      const camera = action.camera && normalizeCamera(action.camera);
      if (sameCamera(camera, state.camera)) return state;
      return camera ? { ...state, camera } : withoutCamera(state);
    }
    case 'select': {
      const selected = set(state, 'region', action.region);
      return action.view === undefined
        ? selected
        : withoutCamera(set(selected, 'view', action.view));
    }
    case 'setLang':
      return set(state, 'lang', action.lang);
    case 'play': {
      const [lo, hi] = rangeOf(state, ctx);
      if (last < 1 || hi <= lo) return set(state, 'playing', false);
      // Play at the end starts again from the beginning rather than doing nothing.
      const from =
        state.dayIndex >= hi ? atDay(state, lo, ctx) : inRange(state, state.dayIndex, ctx);
      return set(from, 'playing', true);
    }
    case 'pause':
      return set(state, 'playing', false);
    case 'toggleLoop':
      return { ...state, loop: !state.loop };
    case 'setSpeed':
      if (!Number.isFinite(action.speed)) return state;
      return set(state, 'speed', Math.min(MAX_SPEED, Math.max(MIN_SPEED, action.speed)));
    case 'setInterpolate':
      return set(state, 'interpolate', action.interpolate);
    case 'setMaxAge':
      if (Number.isNaN(action.maxAgeDays)) return state;
      return set(
        state,
        'maxAgeDays',
        Math.min(MAX_AGE_LIMIT, Math.max(0, Math.round(action.maxAgeDays))),
      );
    case 'setScaleMode':
      return set(state, 'scaleMode', action.scaleMode);
    case 'setEpisode': {
      const known = (ctx.episodes ?? []).find((e) => e.id === action.episode);
      const next = set(state, 'episode', known ? known.id : ALL_DATES);
      if (!known) return next;
      // A day outside the new range moves to the episode's first figure, not to its padded edge.
      const inside = state.dayIndex >= known.start && state.dayIndex <= known.end;
      return set(
        inside ? next : atDay(next, known.firstObservation, ctx),
        'playing',
        inside && state.playing,
      );
    }
    case 'tick': {
      if (!state.playing) return state;
      const [lo, hi] = rangeOf(state, ctx);
      const days = Math.max(1, Math.floor(action.days ?? 1));
      // Past the end, a loop goes on from the first day as if the days were a circle.
      if (state.loop && hi > lo && state.dayIndex + days > hi) {
        const from = Math.min(hi, Math.max(lo, state.dayIndex)) - lo;
        return atDay(state, lo + ((from + days) % (hi - lo + 1)), ctx);
      }
      if (state.dayIndex < hi) return inRange(state, playedTo(state, days, ctx), ctx);
      return set(inRange(state, state.dayIndex, ctx), 'playing', false);
    }
  }
}

/**
 * The one constructor of a state: a complete state from a partial one, with the date placed
 * in the period — the date itself when the period has it, otherwise the nearest day, as
 * setDate does.
 */
export function createAppState(ctx: ReduceContext, init: Partial<AppState> = {}): AppState {
  const base: AppState = {
    date: '',
    dayIndex: 0,
    metric: '',
    points: null,
    view: 'all',
    region: null,
    lang: 'zh',
    playing: false,
    speed: 1,
    loop: false,
    interpolate: false,
    maxAgeDays: DEFAULT_MAX_AGE_DAYS,
    scaleMode: 'bins',
    embed: false,
    episode: ALL_DATES,
    ...init,
  };
  const dayIndex =
    init.date !== undefined
      ? dayIndexOf(ctx.dates, init.date)
      : clampDay(base.dayIndex, ctx.dates.length);
  return { ...base, dayIndex, date: ctx.dates[dayIndex] ?? '' };
}
