import type { PickingInfo } from '@deck.gl/core';
import type { AppState } from '../core/appState';
import type { Bounds, MapModel, PolygonPart } from '../core/mapModel';
import type { Session } from '../core/session';
import { activeEvents } from '../core/mapEvents';
import { labelCharacters } from '../core/labelCharacters';
import { placeLabels } from '../core/placeLabels';
import { viewBounds } from '../core/viewBounds';
import { basemapLayers } from '../render/basemapLayers';
import { explorerLayers, mergeLayers } from '../render/explorerLayers';
import { createMapView, type MapView } from '../render/mapView';
import {
  buildLayers,
  createLayerCache,
  FONT_FAMILY,
  labelRows,
  VALUE_LABEL_LIMIT,
} from '../render/regionLayers';
import type { TimelineFrame } from '../render/timelineColorExtension';
import { describeCell } from '../ui/describeCell';
import { h, setAttr } from '../ui/dom';
import { t } from '../ui/i18n';
import { metricLabel } from '../ui/pickers';
import { createTooltip } from '../ui/tooltipView';
import type { Store } from './createStore';
import type { Action } from '../core/appState';
import type { Derived } from './deriveStyle';

export interface MapRendererDeps {
  mapEl: HTMLElement;
  session: Session;
  store: Store<AppState, Action>;
  provinces: GeoJSON.FeatureCollection;
  attribution: string;
  derive(s: AppState): Derived;
  /** Called whenever the map draws or is asked to: the idle signal looks again. */
  onBusy?(): void;
}

export interface MapRenderer {
  view: MapView;
  /** Every character a label can show. */
  characters: string;
  /** Resolves once the basemap and the label font are there. */
  ready: Promise<void>;
  /**
   * Draws a state synchronously, at a timeline position when given (exports), otherwise at
   * the state's day; the state in the store is left alone.
   */
  drawFrame(s: AppState, frame?: TimelineFrame): void;
  /** An export's frame: a day and the blend towards the next, or null for the state's own. */
  drawDay(frame: { day: number; t: number } | null): void;
  project(lon: number, lat: number): [number, number];
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
  let hover: { row: number; x: number; y: number } | null = null;
  // Said while the GPU has dropped the map's drawing context; the map comes back by itself.
  const contextNotice = h('p', { class: 'map-notice', role: 'status', hidden: true });
  mapEl.append(contextNotice);
  const view: MapView = createMapView({
    container: mapEl,
    bounds: model.bounds,
    attribution: deps.attribution,
    onHover(info) {
      const row = pickedRow(info);
      hover = row === null ? null : { row, x: info.x, y: info.y };
      schedule();
    },
    onClick(info) {
      const row = pickedRow(info);
      store.dispatch({
        type: 'select',
        region: row === null ? null : (model.rows[row]?.code ?? null),
      });
    },
    onContextLoss(lost) {
      contextNotice.hidden = !lost;
      contextNotice.textContent = lost ? t('contextLost', store.get().lang) : '';
      if (lost) return;
      // Layers belong to the deck that drew them: all are made again for the new one.
      basemap = basemapLayers(deps.provinces);
      layerCache.clear();
      draw(store.get());
    },
  });
  if (session.initial.embed) followFrame(view, model, () => store.get().view);

  const characters = labelCharacters(model);
  const fontReady = document.fonts
    ? document.fonts.load(`13px ${FONT_FAMILY}`, characters)
    : Promise.resolve();

  // Hover and label placement redraw the map layers and the tooltip on the next frame; a
  // state change draws at once.
  let frame = 0;
  function schedule() {
    if (!frame) frame = requestAnimationFrame(() => draw(store.get()));
  }

  // The day the colour layers show: one array, written in place and read by the layers when
  // they draw (timelineColorExtension.ts), so a step hands deck.gl the same layer instances
  // and costs one redraw. A step shows the new day at once: a colour transition between
  // days redrew every layer on each of its frames, a dozen full redraws per step.
  const first = session.initial.dayIndex;
  const timelineFrame: [number, number, number] = [first, first, 0];

  let basemap = basemapLayers(deps.provinces);
  const layerCache = createLayerCache();

  // Labels are placed when the view settles (never per step): the larger region wins.
  let placedLabels: { rows: number[]; version: number } | null = null;
  function placeMapLabels() {
    placedLabels = {
      rows: placeRegionLabels(model, view, store.get()),
      version: (placedLabels?.version ?? 0) + 1,
    };
    schedule();
  }

  function draw(s: AppState, fixed?: TimelineFrame) {
    cancelAnimationFrame(frame);
    frame = 0;
    deps.onBusy?.();
    const d = derive(s);
    const { fill, points, radius } = d;
    const lang = s.lang;
    const selectedRow = s.region ? (model.rowOf.get(s.region) ?? null) : null;
    const active = activeEvents(session.placedEvents, s.dayIndex);
    const [dayA, dayB, t] = fixed ?? [s.dayIndex, s.dayIndex, 0];
    timelineFrame[0] = dayA;
    timelineFrame[1] = dayB;
    timelineFrame[2] = t;
    const common = {
      model,
      frame: timelineFrame,
      styleKey: `${d.key}|${lang}`,
      dayIndex: s.dayIndex,
      lang,
      hoverRow: hover?.row ?? null,
      selectedRow,
      labels: fontLoaded,
      cache: layerCache,
      characters,
    };
    const extra = explorerLayers({
      ...common,
      hatchTable: d.hatchTable,
      noDataTable: d.noDataTable,
      uncertainTable: d.uncertainTable,
      events: active,
    });
    setAttr(mapEl, 'data-events', active.map((e) => e.id).join(' '));
    const base = buildLayers({
      ...common,
      fill,
      fillTable: d.fillTable,
      points,
      radius,
      placedLabels,
    });
    view.setLayers([...basemap, ...mergeLayers(base, extra)]);
    showTooltip(s, d);
  }

  function showTooltip(s: AppState, d: Derived) {
    if (!hover) {
      tooltip.hide();
      return;
    }
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
    tooltip.show(
      { region: region ? (lang === 'zh' ? region.name : region.nameEn) : '', rows, lang },
      hover.x,
      hover.y,
    );
  }

  function fitView(v: string) {
    const bounds = viewBounds(model, v);
    if (bounds) view.fitBounds(bounds);
  }
  if (session.initial.view !== 'all') fitView(session.initial.view);

  // Labels wait for the shipped font: deck.gl builds its glyph atlas once, from whatever
  // font is there at that moment.
  let fontLoaded = false;
  void fontReady.finally(() => {
    fontLoaded = true;
    schedule();
  });
  view.map.on('render', () => deps.onBusy?.());
  view.map.on('moveend', placeMapLabels);
  view.map.on('resize', placeMapLabels);
  cleanups.push(() => {
    view.map.off('moveend', placeMapLabels);
    view.map.off('resize', placeMapLabels);
  });
  placeMapLabels();

  cleanups.push(
    store.subscribe((s, prev) => {
      draw(s);
      if (s.view !== prev.view) fitView(s.view);
      if (s.lang !== prev.lang || s.region !== prev.region) placeMapLabels();
    }),
  );
  draw(store.get());

  function drawFrame(s: AppState, fixed?: TimelineFrame) {
    draw(s, fixed);
    view.map.redraw();
  }

  return {
    view,
    characters,
    ready: Promise.all([view.ready, fontReady.catch(() => undefined)]).then(() => undefined),
    drawFrame,
    drawDay(f) {
      const s = store.get();
      if (!f) return drawFrame(s);
      const last = model.dates.length - 1;
      // The state as the frame shows it: another day, not playing; the store is left alone.
      const still = { ...s, dayIndex: f.day, date: model.dates[f.day] ?? s.date, playing: false };
      drawFrame(still, [f.day, Math.min(f.day + 1, last), f.t]);
    },
    project(lon, lat) {
      const p = view.map.project([lon, lat]);
      return [p.x, p.y];
    },
    isQuiet: () => !frame && fontLoaded && view.isQuiet(),
    destroy() {
      cancelAnimationFrame(frame);
      cleanups.forEach((f) => f());
      tooltip.destroy();
      view.destroy();
      contextNotice.remove();
    },
  };

  function pickedRow(info: PickingInfo): number | null {
    if (!info.picked || !info.layer) return null;
    if (info.layer.id === 'choropleth')
      return (info.object as PolygonPart | undefined)?.row ?? null;
    if (info.layer.id === 'points' || info.layer.id === 'anchors') {
      return typeof info.object === 'number' ? info.object : null;
    }
    return null;
  }
}

/**
 * An embed follows its frame: until the reader moves the map, a resized frame shows the
 * same area again rather than a crop of it.
 */
function followFrame(view: MapView, model: MapModel, currentView: () => string) {
  view.map.cooperativeGestures.enable();
  let moved = false;
  view.map.on('movestart', (e: { originalEvent?: unknown }) => {
    if (e.originalEvent) moved = true;
  });
  view.map.on('resize', () => {
    const b = moved ? null : viewBounds(model, currentView());
    if (b) view.fitBounds(b, false);
  });
}

/** The rows whose labels fit on screen now, the selected region and larger regions first. */
function placeRegionLabels(model: MapModel, view: MapView, s: AppState): number[] {
  const rows = labelRows(model);
  const twoLines = rows.length <= VALUE_LABEL_LIMIT;
  const size = (b: Bounds | undefined) => (b ? (b[2] - b[0]) * (b[3] - b[1]) : 0);
  const boxes = rows.map((r) => {
    const region = model.rows[r];
    const p = view.map.project([region?.lon ?? 0, region?.lat ?? 0]);
    const name = (s.lang === 'zh' ? region?.short : region?.nameEn) ?? '';
    const glyph = s.lang === 'zh' ? 13 : 7.5;
    return {
      id: r,
      x: p.x,
      y: p.y,
      width: Math.max(name.length, twoLines ? 6 : 0) * glyph + 6,
      height: twoLines ? 32 : 17,
      priority: r === model.rowOf.get(s.region ?? '') ? Infinity : size(model.rowBounds[r]),
    };
  });
  const canvas = view.map.getCanvas();
  return placeLabels(boxes, { width: canvas.clientWidth, height: canvas.clientHeight });
}
