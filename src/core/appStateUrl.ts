import { createAppState, DEFAULT_MAX_AGE_DAYS, type AppState } from './appState';
import type { Episode } from './episodes';
import type { MapModel } from './mapModel';
import { sameCamera } from './camera';
import { NO_POINTS, serializeUrlState, type UrlState } from './urlState';

export { DEFAULT_MAX_AGE_DAYS };

/**
 * The app state and its address are one view seen two ways: what the URL names (date,
 * metrics, view, region, the settings that change what the map shows, language, embed) and
 * what it leaves to the session (speed, loop, episode), which a link keeps from the state it
 * lands on.
 */
/**
 * Every field on screen, those equal to today's defaults too: a published link must not move
 * when new figures change the default date, or a new default layer comes with the data.
 */
export function pinnedQuery(s: AppState): string {
  return serializeUrlState(toUrlState(s), {});
}

export function toUrlState(s: AppState): UrlState {
  return {
    date: s.date,
    metric: s.metric,
    points: s.points ?? NO_POINTS,
    view: s.view,
    camera: s.camera,
    region: s.region ?? undefined,
    scale: s.scaleMode,
    interpolate: s.interpolate,
    maxAge: s.maxAgeDays,
    lang: s.lang,
    embed: s.embed,
  };
}

export function fromUrlState(
  u: UrlState,
  defaults: UrlState,
  model: MapModel,
  prev?: AppState,
  episodes: readonly Episode[] = [],
): AppState {
  const state = createAppState(
    { dates: model.dates, observationDays: [] },
    {
      date: u.date ?? defaults.date ?? model.dates[0] ?? '',
      metric: u.metric ?? defaults.metric ?? '',
      points: u.points === NO_POINTS ? null : (u.points ?? defaults.points ?? null),
      view: u.view ?? 'all',
      region: u.region ?? null,
      lang: u.lang ?? 'zh',
      embed: u.embed ?? false,
      speed: prev?.speed ?? 1,
      loop: prev?.loop ?? false,
      interpolate: u.interpolate ?? prev?.interpolate ?? false,
      maxAgeDays: u.maxAge ?? prev?.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS,
      scaleMode: u.scale ?? prev?.scaleMode ?? 'bins',
    },
  );
  // The chosen episode stays while the date is in it; a date outside widens to all dates.
  const { dayIndex } = state;
  const keep = episodes.some(
    (e) => e.id === prev?.episode && dayIndex >= e.start && dayIndex <= e.end,
  );
  const withCamera = u.camera ? { ...state, camera: u.camera } : state;
  return keep && prev?.episode ? { ...withCamera, episode: prev.episode } : withCamera;
}

/** True when two states differ at most in the date (and playback), i.e. a timeline step. */
export function sameExceptDate(a: AppState, b: AppState): boolean {
  return sameExceptCamera(a, b) && sameCamera(a.camera, b.camera);
}

/** True when two states differ at most in the date and where the reader moved the map. */
export function sameExceptCamera(a: AppState, b: AppState): boolean {
  return (
    a.metric === b.metric &&
    a.points === b.points &&
    a.view === b.view &&
    a.region === b.region &&
    a.lang === b.lang &&
    a.embed === b.embed
  );
}

/** The fields that were given, so that spreading a partial state never overwrites with undefined. */
export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
