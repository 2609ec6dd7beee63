import type { Layer } from '@deck.gl/core';
import type { AppState } from '../core/appState';
import type { MapModel } from '../core/mapModel';
import type { Session } from '../core/session';
import { activeEvents } from '../core/mapEvents';
import { labelCharacters } from '../core/labelCharacters';
import type { InsetLayout, InsetSketch } from '../core/insetLayout';
import { INSET_CANVAS_ZOOM, insetCanvasModel } from '../core/insetCanvas';
import type { LocatorShape } from '../core/locatorShape';
import { openInsets, planInsets, type MapInsets } from './mapInsets';
import { fitTo, framing, type Framing } from './framing';
import { BasemapLayer } from '../render/BasemapLayer';
import { createMapView, type MapView } from '../render/mapView';
import { followMapControlLanguage } from './mapControlLanguage';
import { createLabelPlacer } from './placeRegionLabels';
import { followCamera } from './followCamera';
import { loadMapFont } from '../render/mapFont';
import type { SdfGlyphs } from '../render/sdfGlyphs';
import { createStepPictures } from './stepPictures';
import { RegionMapLayer, type RegionView } from '../render/RegionMapLayer';
import { createMapPointer, type Hover, type MapPointer } from './mapPointer';
import { INSET_REGIONS_ID, insetGroundLayer } from '../render/insetViews';
import type { TimelineFrame } from '../render/timelineColorExtension';
import { describeCell } from '../ui/describeCell';
import { h, setAttr } from '../ui/dom';
import { t, type Lang } from '../ui/i18n';
import { metricLabel } from '../ui/pickers';
import { createTooltip, type TooltipContent } from '../ui/tooltipView';
import type { Store } from './createStore';
import type { Action } from '../core/appState';
import type { Derived } from './deriveStyle';
import type { ExportFrame } from '../export/source';
import { displayName } from '../core/displayName';

export interface MapRendererDeps {
  mapEl: HTMLElement;
  /** The labels' glyphs, drawn ahead while the figures arrived (render/sdfGlyphs.ts). */
  glyphs?: SdfGlyphs;
  session: Session;
  store: Store<AppState, Action>;
  provinces: GeoJSON.FeatureCollection;
  attribution: string;
  derive(s: AppState): Derived;
  /** Called whenever the map draws or is asked to: the idle signal looks again. */
  onBusy?(): void;
  /**
   * The WebGL context is back after a loss. This map cannot draw on it again (see
   * render/contextLoss.ts): its owner replaces it with a new one in the same state.
   */
  onContextRestored?(): void;
}

export interface MapRenderer {
  view: MapView;
  /** Resolves once the basemap and the label font are there. */
  ready: Promise<void>;
  /**
   * Draws an export's frame (a day, the blend towards the next, the symbols' scale), or null
   * for the state's own; settles once the canvas shows it.
   */
  drawDay(frame: ExportFrame | null): Promise<void>;
  project(lon: number, lat: number): [number, number];
  /** The insets on screen now, as an export draws them; none when the map is one panel. */
  insets(): InsetSketch[];
  /** The country the insets' locators show; null without insets. */
  locator: LocatorShape | null;
  /** Nothing drawn or scheduled, no transition, the font loaded and the map at rest. */
  isQuiet(): boolean;
  destroy(): void;
}

/** The map: its layers, hover tooltip, framing and labels, all drawn from the state. */
export function createMapRenderer(deps: MapRendererDeps): MapRenderer {
  const { mapEl, session, store, derive } = deps;
  const { model } = session;
  const cleanups: (() => void)[] = [];
  const tooltip = createTooltip(mapEl);

  // Hover stays out of the state: it redraws the layers and the tooltip only, never the
  // controls, the address or an announcement.
  const pointer = createMapPointer(model, store, derive, () => schedule());
  const contextNotice = createContextNotice(mapEl);
  const { view, insets, plan, frameOf } = openComposedMap(deps, contextNotice, pointer);
  pointer.attach(view, insets);
  if (insets) cleanups.push(insets.destroy);
  if (session.initial.embed) followFrame(view, () => store.get(), frameOf);

  const characters = labelCharacters(model);
  const fontReady = loadMapFont(characters);

  // Hover and label placement redraw the map layers and the tooltip on the next frame; a
  // state change draws at once.
  let frame = 0;
  function schedule() {
    if (!frame) frame = requestAnimationFrame(() => draw(store.get()));
  }

  // The day the colour layers show: one array, written in place and read by the layers when
  // they draw (timelineColorExtension.ts), so a step costs one redraw at most. It shows the new
  // day at once: a colour transition between days redrew every layer on each of its frames.
  const first = session.initial.dayIndex;
  const timelineFrame: [number, number, number] = [first, first, 0];

  const mapLayers = createMapLayers(model, deps.provinces, insets);
  // Labels are placed when the view settles (never per step): the larger region wins.
  const labels = createLabelPlacer(model, view, () => store.get(), insets);
  function placeMapLabels() {
    labels.place();
    schedule();
  }

  const pictures = createStepPictures(insets);
  function draw(s: AppState, fixed?: TimelineFrame, symbolScale = 1) {
    cancelAnimationFrame(frame);
    frame = 0;
    deps.onBusy?.();
    const d = derive(s);
    [timelineFrame[0], timelineFrame[1], timelineFrame[2]] = fixed ?? [s.dayIndex, s.dayIndex, 0];
    const events = activeEvents(session.placedEvents, s.dayIndex);
    const eventIds = events.map((e) => e.id).join(' ');
    setAttr(mapEl, 'data-events', eventIds);
    const shows: RegionView = {
      frame: timelineFrame,
      hoverRow: pointer.hovered()?.row ?? null,
      labels: fontLoaded,
      placedLabels: labels.at(s, symbolScale),
      events,
      characters,
      fontRenderer: deps.glyphs?.renderer ?? null,
      symbolScale,
    };
    // The layers wait for the shipped font: without it the map drew without labels, then again
    // with them, and a first draw costs seconds on a software GPU. A step to a day that looks
    // like the last one drawn draws nothing (stepPictures.ts).
    if (fontLoaded && pictures.changed(s, d, shows, eventIds, Boolean(fixed))) {
      view.setLayers(mapLayers(regionLayer(model, s, d, shows)));
    }
    const hover = pointer.hovered();
    if (hover) tooltip.show(...tooltipAt(model, hover, s, d));
    else tooltip.hide();
  }

  cleanups.push(followCamera(view, store, (v, animate) => fitTo(view, frameOf(v), animate)));

  // Labels wait for the shipped font: deck.gl builds its glyph atlas once, from whatever
  // font is there at that moment.
  let fontLoaded = false;
  void fontReady.finally(() => {
    fontLoaded = true;
    labels.remeasure();
    placeMapLabels();
  });
  // A zoom button starts moving before its first frame: asked in between, the map is busy.
  for (const e of ['render', 'movestart'] as const) view.map.on(e, () => deps.onBusy?.());
  cleanups.push(onSettle(view, placeMapLabels));
  placeMapLabels();

  cleanups.push(followMapControlLanguage(view.map.getContainer(), store));
  cleanups.push(
    store.subscribe((s, prev) => {
      if (s.view !== prev.view || s.lang !== prev.lang) insets?.update(s);
      draw(s);
      if (s.lang !== prev.lang || s.region !== prev.region || s.view !== prev.view) {
        placeMapLabels();
      }
    }),
  );
  draw(store.get());

  return {
    view,
    ready: Promise.all([view.ready, fontReady.catch(() => undefined)]).then(() => undefined),
    drawDay(f) {
      // No synchronous redraw: deck.gl would draw the layers it had before these.
      if (!f) draw(store.get());
      else draw(...stillFrame(store.get(), f, model.dates), f.symbolScale);
      return view.whenDrawn();
    },
    isQuiet: () => !frame && fontLoaded && view.isQuiet(),
    project: (lon, lat) => insets?.project(lon, lat) ?? projectOn(view, lon, lat),
    insets: () => insets?.sketches(store.get()) ?? [],
    locator: plan?.shape ?? null,
    destroy() {
      cancelAnimationFrame(frame);
      cleanups.forEach((f) => f());
      tooltip.destroy();
      view.destroy();
      contextNotice.element.remove();
    },
  };
}

/**
 * The layers the map draws. The insets draw a layer of their own, with their polygons alone,
 * moved into their boxes for the one view that draws them all (core/insetCanvas.ts); the
 * moved model and the ground are made again only when the insets are laid out again.
 */
function createMapLayers(
  model: MapModel,
  provinces: MapRendererDeps['provinces'],
  insets: MapInsets | null,
) {
  const basemap = new BasemapLayer({ id: 'basemap', provinces });
  let made: { layout: InsetLayout; model: MapModel; ground: Layer } | null = null;
  return (regions: RegionMapLayer): Layer[] => {
    const layout = insets?.layout();
    if (!insets || !layout) return [basemap, regions];
    if (made?.layout !== layout) {
      const moved = insetCanvasModel(model, layout, (row) => insets.frameOfRow(row));
      made = { layout, model: moved, ground: insetGroundLayer(layout) };
    }
    return [
      basemap,
      regions,
      made.ground,
      regions.clone({
        id: INSET_REGIONS_ID,
        model: made.model,
        polygonRows: insets.rows,
        detailZoom: INSET_CANVAS_ZOOM,
        eventText: false,
      }),
    ];
  };
}

/**
 * The map view and, on a composed map, its insets: the view is first framed as the state's
 * view frames it, insets included.
 */
function openComposedMap(
  deps: MapRendererDeps,
  contextNotice: ReturnType<typeof createContextNotice>,
  pointer: MapPointer,
) {
  const { mapEl, store, session } = deps;
  const { model } = session;
  const plan = planInsets(model, deps.provinces);
  const frameOf = (v: string): Framing | null => framing(model, plan, mapEl, v);
  // The main panel hears the pointer leave when it enters an inset, after the inset has.
  const view = openMapView(deps, contextNotice, frameOf(store.get().view), {
    hover: (at) => {
      if (!insets?.hasPointer()) pointer.hover(at);
    },
    click: pointer.click,
  });
  const insets = plan
    ? openInsets(plan, model, view, mapEl, {
        state: () => store.get(),
        embed: session.initial.embed,
        refit: (s) => fitTo(view, frameOf(s.view), false),
        pointer,
      })
    : null;
  return { view, insets, plan, frameOf };
}

/** The map view, its pointer turned into hover and selection and its context loss shown. */
function openMapView(
  deps: MapRendererDeps,
  contextNotice: ReturnType<typeof createContextNotice>,
  first: Framing | null,
  pointer: MapPointer,
): MapView {
  const { mapEl, session, store } = deps;
  const { model } = session;
  return createMapView({
    container: mapEl,
    bounds: first?.bounds ?? model.bounds,
    padding: first?.room,
    attribution: deps.attribution,
    onPointer: pointer.hover,
    onClick: pointer.click,
    onContextLoss(lost) {
      contextNotice.show(lost, store.get().lang);
      if (!lost) deps.onContextRestored?.();
    },
  });
}

/**
 * An embed follows its frame: unless the reader has moved the map (or the link names a
 * camera), a resized frame shows the same area again rather than a crop of it.
 */
function followFrame(
  view: MapView,
  current: () => AppState,
  frameOf: (v: string) => Framing | null,
) {
  view.map.cooperativeGestures.enable();
  let moving = false;
  view.map.on('movestart', (e: { originalEvent?: unknown }) => {
    if (e.originalEvent) moving = true;
  });
  view.map.on('moveend', () => {
    moving = false;
  });
  view.map.on('resize', () => {
    const s = current();
    if (!moving && !s.camera) fitTo(view, frameOf(s.view), false);
  });
}

/** What the tooltip shows for a hovered region: each shown metric's value, date and basis. */
function tooltipAt(
  model: MapModel,
  hover: Hover,
  s: AppState,
  d: Derived,
): [TooltipContent, number, number] {
  const lang = s.lang;
  const label = (id: string) => metricLabel(model.dataset, id, lang);
  const region = model.rows[hover.row];
  const rows = [
    { metric: label(s.metric), cell: describeCell(model, d.fill, s.dayIndex, hover.row, lang) },
  ];
  if (d.points && s.points) {
    rows.push({
      metric: label(s.points),
      cell: describeCell(model, d.points, s.dayIndex, hover.row, lang),
    });
  }
  const name = region ? displayName(region, lang) : '';
  return [{ region: name, rows, lang }, hover.x, hover.y];
}

/** The regions as a state and its derived style show them, with what only the view knows. */
function regionLayer(model: MapModel, s: AppState, d: Derived, view: RegionView): RegionMapLayer {
  return new RegionMapLayer({
    ...view,
    id: 'regions',
    model,
    fill: d.fill,
    fillTable: d.fillTable,
    hatchTable: d.hatchTable,
    noDataTable: d.noDataTable,
    uncertainTable: d.uncertainTable,
    points: d.points,
    fillRuns: d.fillRuns,
    pointRuns: d.pointRuns,
    dayIndex: s.dayIndex,
    radius: d.radius,
    lang: s.lang,
    selectedRow: s.region ? (model.rowOf.get(s.region) ?? null) : null,
    styleKey: `${d.key}|${s.lang}`,
  });
}

/** The state as an export frame shows it: another day, not playing; the store is left alone. */
function stillFrame(
  s: AppState,
  f: { day: number; t: number },
  dates: string[],
): [AppState, TimelineFrame] {
  const still = { ...s, dayIndex: f.day, date: dates[f.day] ?? s.date, playing: false };
  return [still, [f.day, Math.min(f.day + 1, dates.length - 1), f.t]];
}

/** Calls back whenever the map comes to rest or changes size; returns the way to stop. */
function onSettle(view: MapView, callback: () => void): () => void {
  view.map.on('moveend', callback);
  view.map.on('resize', callback);
  return () => {
    view.map.off('moveend', callback);
    view.map.off('resize', callback);
  };
}

function projectOn(view: MapView, lon: number, lat: number): [number, number] {
  const p = view.map.project([lon, lat]);
  return [p.x, p.y];
}

/** Said while the GPU has dropped the map's drawing context; the map comes back by itself. */
function createContextNotice(mapEl: HTMLElement) {
  const element = h('p', { class: 'map-notice', role: 'status', hidden: true });
  mapEl.append(element);
  return {
    element,
    show(lost: boolean, lang: Lang) {
      element.hidden = !lost;
      element.textContent = lost ? t('contextLost', lang) : '';
    },
  };
}
