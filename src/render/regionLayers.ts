import { PathLayer, ScatterplotLayer, SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import type { Layer, Position } from '@deck.gl/core';
import type { MapModel, PolygonPart } from '../core/mapModel';
import { ringPaths, type RingPath } from '../core/polygonParts';
import type { ColorTable } from '../core/colorTable';
import {
  TimelineColorExtension,
  type TimelineColorProps,
  type TimelineFrame,
} from './timelineColorExtension';
import type { Timeline } from '../core/timeline';
import type { Lang } from '../core/lang';
import { formatValue } from '../core/format';
import { Status } from '../core/status';

export const FONT_FAMILY = '"Noto Sans SC", sans-serif';
// An atlas drawn at 32 px rather than deck.gl's 64: labels are 13 px, and glyphs shrunk
// five times came out blotchy on screens of one device pixel per CSS pixel.
export const FONT_SETTINGS = { sdf: true, fontSize: 32, buffer: 6, radius: 8 } as const;

export interface LayerInput {
  model: MapModel;
  fill: Timeline;
  /** The fill colours of every row on every day, laid out once per metric and scale. */
  fillTable: ColorTable;
  /**
   * Days to blend between and how far: a step is [d, d, 0]. One array for the map's life,
   * written in place and read when the layers draw, so a step changes no layer's props.
   */
  frame: TimelineFrame;
  points: Timeline | null;
  dayIndex: number;
  radius: (v: number) => number;
  lang: Lang;
  hoverRow: number | null;
  selectedRow: number | null;
  /** False until the shipped font has loaded. */
  labels: boolean;
  /** Rows whose label fits without overlapping a more important one (placed when the view settles). */
  placedLabels?: { rows: number[]; version: number } | null;
  /** Changes whenever any input that colours the map changes (metric, scale, options). */
  styleKey: string;
  /** Layers that do not depend on the date, kept from step to step (one cache per map). */
  cache: LayerCache;
  /** Every character a label can show (core/labelCharacters.ts): one glyph atlas, built once. */
  characters: string;
}

/**
 * Keeps a layer instance while its key is unchanged. Handing deck.gl the very same object
 * lets it skip comparing props and re-rendering composite sublayers on a timeline step.
 */
export type LayerCache = Map<string, { key: string; layer: Layer }>;

export function createLayerCache(): LayerCache {
  return new Map();
}

/** The layer made last time under `id` while `key` is unchanged, else a new one. */
export function memo(cache: LayerCache, id: string, key: string, make: () => Layer): Layer {
  const hit = cache.get(id);
  if (hit && hit.key === key) return hit.layer;
  const layer = make();
  cache.set(id, { key, layer });
  return layer;
}

export const TIMELINE_COLOR = new TimelineColorExtension();
// Stable accessors: deck.gl compares them by identity, so new functions on every step
// would make it recompute every attribute.
export const getPolygon = (p: PolygonPart) => p.polygon as Position[][];
export const getTimelineRow = (p: PolygonPart) => p.row;
export const getPath = (p: RingPath) => p.path as Position[];

const outlineCache = new WeakMap<MapModel, RingPath[]>();
/** Every ring of every region, tagged with its row, once per model: the source of the focus outline. */
function outlinePaths(model: MapModel): RingPath[] {
  let paths = outlineCache.get(model);
  if (!paths) {
    paths = ringPaths(model.polygons);
    outlineCache.set(model, paths);
  }
  return paths;
}
const asPath = (line: unknown) => line as Position[];

/** Above this many labelled regions, labels show names only, so a step does no per-label work. */
export const VALUE_LABEL_LIMIT = 120;

export function buildLayers(input: LayerInput): Layer[] {
  const { model, points, dayIndex, lang, styleKey } = input;
  const layers: Layer[] = [
    // The fill: a timeline step changes only `timelineFrame`, three uniforms on the GPU, so
    // the layer is the same instance from step to step and deck.gl does not look at it.
    memo(
      input.cache,
      'choropleth',
      styleKey,
      () =>
        new SolidPolygonLayer<PolygonPart, TimelineColorProps<PolygonPart>>({
          id: 'choropleth',
          data: model.polygons,
          pickable: true,
          filled: true,
          getPolygon,
          getFillColor: [0, 0, 0, 0],
          extensions: [TIMELINE_COLOR],
          getTimelineRow,
          timelineColors: input.fillTable,
          timelineFrame: input.frame,
        }),
    ),
    // The borders, each once: a border two regions share is one line of the TopoJSON mesh.
    memo(
      input.cache,
      'outline',
      '',
      () =>
        new PathLayer<unknown>({
          id: 'outline',
          data: model.borders,
          getPath: asPath,
          widthUnits: 'pixels',
          getWidth: 1,
          getColor: [70, 70, 70, 200],
        }),
    ),
    // The hovered and the selected region drawn over them, whole.
    memo(
      input.cache,
      'outline-focus',
      `${input.hoverRow}|${input.selectedRow}`,
      () =>
        new PathLayer<RingPath>({
          id: 'outline-focus',
          data: outlinePaths(model).filter(
            (p) => p.row === input.selectedRow || p.row === input.hoverRow,
          ),
          getPath,
          widthUnits: 'pixels',
          getWidth: (p) => (p.row === input.selectedRow ? 3 : 2),
          getColor: (p) => (p.row === input.selectedRow ? [20, 20, 20, 255] : [70, 70, 70, 200]),
        }),
    ),
  ];

  if (points) layers.push(pointsLayer(input, points));

  if (!input.labels) return layers;
  const labelled = labelRows(model);
  const valueLabels = labelled.length <= VALUE_LABEL_LIMIT;
  const placed = input.placedLabels;
  const labelKey = `${valueLabels ? `${styleKey}|${dayIndex}|${lang}` : lang}|${placed?.version ?? -1}`;
  layers.push(
    memo(
      input.cache,
      'labels',
      labelKey,
      () =>
        new TextLayer<number>({
          id: 'labels',
          data: placed ? placed.rows : labelled,
          getPosition: (r) => [model.rows[r]?.lon ?? 0, model.rows[r]?.lat ?? 0],
          getText: valueLabels ? (r) => labelText(input, r) : (r) => regionName(input, r),
          getSize: 13,
          getColor: [30, 30, 30, 255],
          fontFamily: FONT_FAMILY,
          characterSet: input.characters,
          outlineWidth: 3,
          outlineColor: [255, 255, 255, 230],
          fontSettings: FONT_SETTINGS,
          getTextAnchor: 'middle',
          getAlignmentBaseline: 'center',
          updateTriggers: { getText: valueLabels ? [styleKey, dayIndex, lang] : [lang] },
        }),
    ),
  );
  return layers;
}

/**
 * Province-wide figures stay in tooltips and tables: a province circle would sit on top of its
 * own prefectures and read as one of them. The data stays the same array from step to step (a
 * region without a figure that day gets radius 0), so a step recomputes three small attributes
 * and allocates nothing.
 */
function pointsLayer(input: LayerInput, points: Timeline): Layer {
  const { model, dayIndex, styleKey } = input;
  const rowCount = model.rows.length;
  const status = (r: number) => points.status[dayIndex * rowCount + r] ?? 0;
  return new ScatterplotLayer<number>({
    id: 'points',
    data: pointRows(model),
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (r) => [model.rows[r]?.lon ?? 0, model.rows[r]?.lat ?? 0],
    getRadius: (r) =>
      pointRadius(status(r), points.values[dayIndex * rowCount + r] ?? 0, input.radius),
    getFillColor: (r) => pointFill(status(r)),
    getLineColor: (r) => pointLine(status(r)),
    getLineWidth: (r) => pointLineWidth(status(r)),
    updateTriggers: {
      getRadius: [styleKey, dayIndex],
      getFillColor: [styleKey, dayIndex],
      getLineWidth: [styleKey, dayIndex],
      getLineColor: [styleKey, dayIndex],
    },
    // No attribute transition: deck.gl runs those through transform feedback, which a
    // software GL compiles for seconds the first time; the fill blends on the GPU instead.
  });
}

/** Circle fill by status: observed solid, interpolated lighter, carried and uncertain faint, stale none. */
export function pointFill(status: number): [number, number, number, number] {
  return status === Status.Observed
    ? [214, 96, 39, 200]
    : status === Status.Interpolated
      ? [214, 96, 39, 120]
      : status === Status.Stale
        ? [0, 0, 0, 0]
        : [214, 96, 39, 40];
}
export const POINT_LINE: [number, number, number, number] = [140, 50, 10, 230];
const STALE_LINE: [number, number, number, number] = [110, 110, 110, 200];
const STALE_RADIUS = 3;
/** A figure too old to trust is not drawn at its size: a small grey ring says "there was one". */
export function pointRadius(status: number, value: number, radius: (v: number) => number): number {
  if (status === Status.Stale) return STALE_RADIUS;
  return status === Status.None ? 0 : radius(value);
}
export function pointLine(status: number): [number, number, number, number] {
  return status === Status.Stale ? STALE_LINE : POINT_LINE;
}
export function pointLineWidth(status: number): number {
  return status === Status.Carried || status === Status.Uncertain ? 2 : 1;
}

const pointRowCache = new WeakMap<MapModel, number[]>();

/** Every region but the provinces, once per model. */
function pointRows(model: MapModel): number[] {
  let rows = pointRowCache.get(model);
  if (!rows) {
    rows = model.rows.flatMap((r, i) => (r.level === 'province' ? [] : [i]));
    pointRowCache.set(model, rows);
  }
  return rows;
}

const labelRowCache = new WeakMap<MapModel, number[]>();

/** Polygons and the point-only units that carry at least one figure; provinces are context. */
export function labelRows(model: MapModel): number[] {
  const cached = labelRowCache.get(model);
  if (cached) return cached;
  const rows = findLabelRows(model);
  labelRowCache.set(model, rows);
  return rows;
}

function findLabelRows(model: MapModel): number[] {
  const withData = new Set(model.dataset.observations.map((o) => o.region));
  return model.rows
    .map((r, i) => ({ r, i }))
    .filter(
      ({ r, i }) => r.level !== 'province' && (i < model.features.length || withData.has(r.code)),
    )
    .map(({ i }) => i);
}

function regionName(input: LayerInput, row: number): string {
  const region = input.model.rows[row];
  if (!region) return '';
  return input.lang === 'zh' ? region.short : region.nameEn;
}

export function labelText(input: LayerInput, row: number): string {
  const name = regionName(input, row);
  if (!name) return '';
  const { fill, dayIndex, model } = input;
  const i = dayIndex * fill.regions.length + row;
  const status = fill.status[i] ?? 0;
  if (
    status !== Status.Observed &&
    status !== Status.Carried &&
    status !== Status.Interpolated &&
    status !== Status.Uncertain
  )
    return name;
  const obs = model.dataset.observations[fill.obs[i] ?? -1];
  const value = fill.values[i] ?? NaN;
  const text = formatValue(value, obs?.qualifier ?? 'exact', obs?.unit ?? '%', input.lang);
  // '?' after a figure whose day is uncertain, as '~' before an estimate.
  return `${name}\n${status === Status.Interpolated ? '~' : ''}${text}${status === Status.Uncertain ? '?' : ''}`;
}
