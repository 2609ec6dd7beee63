/**
 * What a mounted map knows about its data before anything is drawn: the defaults a link is
 * read against, the first state, the timeline's episodes and events, the regions the finder
 * lists, and the context the reducer steps in. Pure: the same data and query give the same
 * session.
 */
import { axisOf, reduce, type Action, type AppState, type ReduceContext } from './appState';
import { DEFAULT_MAX_AGE_DAYS, fromUrlState, stripUndefined, toUrlState } from './appStateUrl';
import { defaultDate } from './defaultDate';
import { busiestEpisode, episodeAt, findEpisodes, type Episode } from './episodes';
import type { TimeAxis } from './timeAxis';
import type { Lang } from './lang';
import { layerChoices, type LayerChoices } from './layers';
import { placeEvents, type PlacedEvent } from './mapEvents';
import type { MapModel } from './mapModel';
import type { Region } from './types';
import {
  DEFAULT_URL_STATE,
  NO_POINTS,
  parseUrlState,
  serializeUrlState,
  type UrlKnown,
  type UrlProblem,
  type UrlState,
} from './urlState';

const GUIZHOU = '520000';

export interface TrackEvent {
  id: string;
  dayIndex: number;
  text: string;
}

export interface SessionRegion {
  code: string;
  /** The view it opens: 'guizhou' for the province, the code otherwise. */
  view: string;
  region: Region;
}

export interface Session {
  model: MapModel;
  layers: LayerChoices;
  known: UrlKnown;
  /** What an address leaves out; a link that names only these serialises to nothing. */
  defaults: UrlState;
  /** The state the query given at mount opens on. */
  initial: AppState;
  /** Why parts of that query were not used, for the notes above the map. */
  queryProblems: UrlProblem[];
  /** Days with a figure of the first fill layer, in order. */
  observationDays: number[];
  placedEvents: PlacedEvent[];
  episodes: Episode[];
  /** The track's axis for a state's range: even over an episode, with breaks over all dates. */
  axisOf(state: AppState): TimeAxis;
  ctx: ReduceContext;
  reducer(state: AppState, action: Action): AppState;
  trackEvents(lang: Lang): TrackEvent[];
  /** The finder's presets: each city outside Guizhou, while they are few enough to list. */
  cities: Region[];
  /** Every region the finder can reach: Guizhou as a whole and every prefecture and city. */
  finderRegions: SessionRegion[];
  /** Reads a query the way a link is read: the state it gives and its canonical form. */
  fromQuery(query: string, prev?: AppState): { state: AppState; query: string };
  /** The query a state's address carries. */
  queryOf(state: AppState): string;
  /** The state after a change given as URL parameters, read as that link would be. */
  patch(state: AppState, patch: Partial<UrlState>): AppState;
}

/**
 * The most cities the view list offers. A dataset of every county would make a list of
 * thousands that no one reads (and that the page lays out, measuring each name, before the map
 * shows); the finder, which filters as one types, reaches each of them.
 */
export const MAX_PRESETS = 12;

export function createSession(model: MapModel, query: string): Session {
  const layers = layerChoices(model.dataset);
  const fillMetrics = layers.fill.map((l) => l.id);
  const known: UrlKnown = {
    dates: model.dates,
    metrics: fillMetrics,
    pointMetrics: layers.points.map((l) => l.id),
    regions: model.rows.map((r) => r.code),
    aliases: layers.aliases,
  };
  const defaults: UrlState = {
    date: defaultDate(model, layers.defaultFill ?? '', DEFAULT_MAX_AGE_DAYS),
    metric: layers.defaultFill,
    // Data with no point layer: the address need not say so.
    points: layers.defaultPoints ?? NO_POINTS,
    ...DEFAULT_URL_STATE,
  };
  const observationDays = model.observationDays;
  // Episodes come from the data: where figures and events cluster, with the gaps left out.
  const placedEvents = placeEvents(model);
  const episodes = findEpisodes(model.dates, [
    ...observationDays,
    ...placedEvents.map((e) => e.dayIndex),
  ]);
  const ctx: ReduceContext = { dates: model.dates, observationDays, episodes };
  const trackEventsByLang = {
    zh: placedEvents.map((e) => ({ id: e.id, dayIndex: e.dayIndex, text: e.text.zh })),
    en: placedEvents.map((e) => ({ id: e.id, dayIndex: e.dayIndex, text: e.text.en })),
  };
  const outside = model.rows.filter(
    (r, i) => i < model.features.length && !r.code.startsWith('52'),
  );
  const cities = outside.length <= MAX_PRESETS ? outside : [];
  const finderRegions: SessionRegion[] = model.rows
    .filter((r) => r.level !== 'province' || r.code === GUIZHOU)
    .map((r) => ({ code: r.code, view: r.code === GUIZHOU ? 'guizhou' : r.code, region: r }));

  const parsed = parseUrlState(query, known);
  const busiest = busiestEpisode(episodes, model.figureDays);
  const initial = openingEpisode(
    fromUrlState({ ...defaults, ...stripUndefined(parsed.state) }, defaults, model),
    busiest,
  );

  const fromQuery = (q: string, prev?: AppState) => {
    const next = { ...defaults, ...stripUndefined(parseUrlState(q, known).state) };
    return {
      state: prev
        ? fromUrlState(next, defaults, model, prev, episodes)
        : openingEpisode(fromUrlState(next, defaults, model), busiest),
      query: serializeUrlState(next, defaults),
    };
  };

  return {
    model,
    layers,
    known,
    defaults,
    initial,
    queryProblems: parsed.problems,
    observationDays,
    placedEvents,
    episodes,
    axisOf: (s) => axisOf(s, ctx),
    ctx,
    reducer: (s, a) => reduce(s, a, ctx),
    trackEvents: (lang) => trackEventsByLang[lang],
    cities,
    finderRegions,
    fromQuery,
    queryOf: (s) => serializeUrlState(toUrlState(s), defaults),
    patch(s, patch) {
      const merged = { ...toUrlState(s), ...stripUndefined(patch) } as UrlState;
      // A view asked for frames that view, in place of where the reader had moved the map.
      if (patch.view !== undefined && patch.camera === undefined) delete merged.camera;
      return fromQuery(serializeUrlState(merged, defaults), s).state;
    },
  };
}

/**
 * The map opens on the episode with the most figures when its date lies in it (the default
 * date does); a link to a day outside it opens on the whole period, as before.
 */
function openingEpisode(state: AppState, busiest: Episode | null): AppState {
  return busiest && episodeAt([busiest], state.dayIndex)
    ? { ...state, episode: busiest.id }
    : state;
}
