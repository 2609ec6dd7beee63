import { ScatterplotLayer, SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { FillStyleExtension, type FillStyleExtensionProps } from '@deck.gl/extensions';
import type { MapModel, PolygonPart } from '../core/mapModel';
import type { ColorTable } from '../core/colorTable';
import type { TimelineColorProps, TimelineFrame } from './timelineColorExtension';
import type { Lang } from '../core/lang';
import {
  FONT_FAMILY,
  FONT_SETTINGS,
  getPolygon,
  getTimelineRow,
  memo,
  TIMELINE_COLOR,
  type LayerCache,
} from './regionLayers';
import { EVENT_SHOW_DAYS, type PlacedEvent } from '../core/mapEvents';

export interface ExplorerLayerInput {
  model: MapModel;
  /** Where the fill is interpolated, per row and day (core/colorTable.ts); null if nowhere. */
  hatchTable: ColorTable | null;
  /** Where no figure is shown (none, or too old), hatched like the legend's no-data swatch. */
  noDataTable: ColorTable | null;
  /** Where the figure's day is known only within bounds: dotted. */
  uncertainTable: ColorTable | null;
  /** The map's one timeline frame, written in place (see regionLayers.ts LayerInput). */
  frame: TimelineFrame;
  /** Changes whenever the tables change (metric, scale, options). */
  styleKey: string;
  dayIndex: number;
  lang: Lang;
  hoverRow: number | null;
  selectedRow: number | null;
  /** The events shown on the day (core/mapEvents.ts activeEvents). */
  events: readonly PlacedEvent[];
  /** False until the shipped font has loaded: text layers wait for it. */
  labels: boolean;
  /** Layers kept from the last render while their inputs are unchanged. */
  cache: LayerCache;
  /** Every character a label can show (core/labelCharacters.ts): one glyph atlas, built once. */
  characters: string;
}

const HATCH = new FillStyleExtension({ pattern: true, proceduralPattern: true });
const HATCH_MAPPING = {
  hatch: { type: 'hatch', angle: 45, strokeWidth: 1.5, gap: 4 },
  nodata: { type: 'hatch', angle: -45, strokeWidth: 1, gap: 3 },
  dots: { type: 'dots', radius: 1.2, gap: 4 },
} as const;
type PatternName = keyof typeof HATCH_MAPPING;

/** Pattern layers drawn just above the fill, below outlines and points. */
export const PATTERN_LAYER_IDS: readonly string[] = [
  'nodata-hatch',
  'interpolated-hatch',
  'uncertain-dots',
];

/**
 * What the explorer adds on top of the choropleth: a hatch over regions whose
 * colour is an estimate between two figures, a location mark that keeps every
 * region findable however small its polygon is at the current zoom, and rings
 * for the dated events of the last few days.
 */
export function explorerLayers(input: ExplorerLayerInput): Layer[] {
  return [
    patternLayer(input, 'nodata-hatch', input.noDataTable, 'nodata'),
    patternLayer(input, 'interpolated-hatch', input.hatchTable, 'hatch'),
    patternLayer(input, 'uncertain-dots', input.uncertainTable, 'dots'),
    anchorLayer(input),
    ...eventLayers(input),
  ].filter((l): l is Layer => l !== null);
}

/**
 * Interpolated regions get white diagonal lines over their (estimated) colour, regions with a
 * figure of uncertain day get dots, and regions with nothing to show the no-data hatch of the
 * legend. Every polygon is in each layer and a table on the GPU says which are patterned on
 * the day shown, so a step changes uniforms only, as for the fill.
 */
function patternLayer(
  input: ExplorerLayerInput,
  id: string,
  table: ColorTable | null,
  pattern: PatternName,
): Layer | null {
  if (!table) {
    // A layer deck.gl has dropped is finalized: never hand that instance back.
    input.cache.delete(id);
    return null;
  }
  return memo(input.cache, id, input.styleKey, () => patternLayerOf(input, id, table, pattern));
}

function patternLayerOf(
  input: ExplorerLayerInput,
  id: string,
  table: ColorTable,
  pattern: PatternName,
): Layer {
  return new SolidPolygonLayer<
    PolygonPart,
    FillStyleExtensionProps<PolygonPart> & TimelineColorProps<PolygonPart>
  >({
    id,
    data: input.model.polygons,
    getPolygon,
    filled: true,
    pickable: false,
    getFillColor: [0, 0, 0, 0],
    extensions: [TIMELINE_COLOR, HATCH],
    getTimelineRow,
    timelineColors: table,
    timelineFrame: input.frame,
    fillPatternMapping: HATCH_MAPPING,
    fillPatternSizeUnits: 'pixels',
    fillPatternMask: true,
    getFillPattern: PATTERN_ACCESSORS[pattern],
    getFillPatternScale: 1,
  });
}

// Stable accessors: a new function each step would make deck.gl recompute the attribute.
const PATTERN_ACCESSORS: Record<PatternName, () => PatternName> = {
  hatch: () => 'hatch',
  nodata: () => 'nodata',
  dots: () => 'dots',
};

const anchorRowCache = new WeakMap<MapModel, number[]>();

/** Every region on the map: polygons, and point-only units that have a figure. */
export function anchorRows(model: MapModel): number[] {
  let rows = anchorRowCache.get(model);
  if (!rows) {
    const withData = new Set(model.dataset.observations.map((o) => o.region));
    rows = model.rows
      .map((r, i) => ({ r, i }))
      .filter(
        ({ r, i }) => r.level !== 'province' && (i < model.features.length || withData.has(r.code)),
      )
      .map(({ i }) => i);
    anchorRowCache.set(model, rows);
  }
  return rows;
}

/**
 * A small ring at each region's seat, never smaller than a few pixels: at the
 * zoom that shows Guizhou and Daqing together, Tengzhou's polygon is a pixel
 * or two, and the ring is what a reader can find, hover and click.
 */
function anchorLayer(input: ExplorerLayerInput): Layer {
  const { model } = input;
  return memo(
    input.cache,
    'anchors',
    `${input.hoverRow}|${input.selectedRow}`,
    () =>
      new ScatterplotLayer<number>({
        id: 'anchors',
        data: anchorRows(model),
        pickable: true,
        stroked: true,
        filled: true,
        radiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        getPosition: (r) => [model.rows[r]?.lon ?? 0, model.rows[r]?.lat ?? 0],
        getRadius: (r) => (r === input.selectedRow || r === input.hoverRow ? 5 : 3.5),
        getFillColor: [255, 255, 255, 230],
        getLineColor: (r) => (r === input.selectedRow ? [0, 0, 0, 255] : [50, 50, 50, 220]),
        getLineWidth: (r) => (r === input.selectedRow ? 2 : 1.2),
        updateTriggers: {
          getRadius: [input.selectedRow, input.hoverRow],
          getLineColor: [input.selectedRow],
          getLineWidth: [input.selectedRow],
        },
      }),
  );
}

function eventLayers(input: ExplorerLayerInput): Layer[] {
  const { model, dayIndex, lang } = input;
  const active = input.events;
  if (!active.length) return [];
  const position = (e: PlacedEvent): [number, number] => [
    model.rows[e.row]?.lon ?? 0,
    model.rows[e.row]?.lat ?? 0,
  ];
  const alpha = (e: PlacedEvent) =>
    Math.round(255 - (150 * (dayIndex - e.dayIndex)) / EVENT_SHOW_DAYS);
  const layers: Layer[] = [
    new ScatterplotLayer<PlacedEvent>({
      id: 'events',
      data: active,
      stroked: true,
      filled: false,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: position,
      getRadius: 12,
      getLineWidth: 2.5,
      getLineColor: (e) => [179, 89, 0, alpha(e)],
      updateTriggers: { getLineColor: [dayIndex] },
    }),
  ];
  if (input.labels) {
    layers.push(
      new TextLayer<PlacedEvent>({
        id: 'event-text',
        data: active,
        getPosition: position,
        getText: (e) => shortText(e.text[lang], lang),
        getSize: 11,
        getColor: (e) => [122, 59, 0, alpha(e)],
        // Below the ring and the region's own two-line label, which sit on the same point.
        getPixelOffset: [0, 26],
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'top',
        fontFamily: FONT_FAMILY,
        characterSet: input.characters,
        fontSettings: FONT_SETTINGS,
        outlineWidth: 3,
        outlineColor: [255, 255, 255, 230],
        updateTriggers: { getText: [lang], getColor: [dayIndex] },
      }),
    );
  }
  return layers;
}

/**
 * The base layers with the explorer's added in drawing order: the hatch just
 * above the fill, location marks and events above the points, labels last.
 */
export function mergeLayers(base: readonly Layer[], extra: readonly Layer[]): Layer[] {
  const under = extra.filter((l) => PATTERN_LAYER_IDS.includes(l.id));
  const over = extra.filter((l) => !PATTERN_LAYER_IDS.includes(l.id));
  const out: Layer[] = [];
  for (const layer of base) {
    if (layer.id === 'labels') out.push(...over.splice(0));
    out.push(layer);
    if (layer.id === 'choropleth') out.push(...under.splice(0));
  }
  return [...under, ...out, ...over];
}

// One short line beside the ring: the full text is on the timeline mark and would cover
// the neighbouring regions here.
const SHORT_LENGTH = { zh: 16, en: 36 } as const;

function shortText(text: string, lang: Lang): string {
  const chars = [...text];
  const max = SHORT_LENGTH[lang];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}...`;
}
