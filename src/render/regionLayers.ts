import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions';
import type { MapModel } from '../core/mapModel';
import type { Timeline } from '../core/timeline';
import type { ColorScale } from '../core/colorScale';
import type { Lang } from '../ui/i18n';
import { formatValue } from '../core/format';

export const FONT_FAMILY = '"Noto Sans SC", sans-serif';

// Status codes of core/timeline.ts.
const OBSERVED = 1;
const CARRIED = 2;
const INTERPOLATED = 3;

/** Fill opacity per status: observed figures are solid, anything not seen that day is faded. */
const FILL_ALPHA = [0, 235, 110, 165, 0];

export interface LayerInput {
  model: MapModel;
  fill: Timeline;
  points: Timeline | null;
  dayIndex: number;
  colors: ColorScale;
  radius: (v: number) => number;
  lang: Lang;
  hoverRow: number | null;
  selectedRow: number | null;
  /** False until the shipped font has loaded. */
  labels: boolean;
  /** Changes whenever any input that colours the map changes (metric, scale, options). */
  styleKey: string;
}

type RGBA = [number, number, number, number];

export function fillColorAt(input: LayerInput, row: number): RGBA {
  const { fill, dayIndex, colors } = input;
  const i = dayIndex * fill.regions.length + row;
  const status = fill.status[i] ?? 0;
  const value = fill.values[i] ?? NaN;
  if (status === 0 || Number.isNaN(value)) return colors.noData;
  const [r, g, b] = colors.color(value);
  return [r, g, b, FILL_ALPHA[status] ?? 0];
}

export function buildLayers(input: LayerInput): Layer[] {
  const { model, fill, points, dayIndex, lang, styleKey } = input;
  const rowCount = model.rows.length;
  const layers: Layer[] = [
    new GeoJsonLayer({
      id: 'choropleth',
      data: model.features as unknown as GeoJSON.Feature[],
      pickable: true,
      stroked: true,
      filled: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (_f: unknown, { index }: { index: number }) =>
        index === input.selectedRow ? 3 : index === input.hoverRow ? 2 : 1,
      getLineColor: (_f: unknown, { index }: { index: number }) => {
        const s = fill.status[dayIndex * fill.regions.length + index] ?? 0;
        return index === input.selectedRow
          ? [20, 20, 20, 255]
          : s === 4
            ? [90, 90, 90, 255]
            : [70, 70, 70, 200];
      },
      getFillColor: (_f: unknown, { index }: { index: number }) => fillColorAt(input, index),
      updateTriggers: {
        getFillColor: [styleKey, dayIndex],
        getLineColor: [styleKey, dayIndex, input.selectedRow],
        getLineWidth: [input.hoverRow, input.selectedRow],
      },
      transitions: { getFillColor: 250 },
    }),
  ];

  if (points) {
    // Province-wide figures stay in tooltips and tables: a province circle would sit on top
    // of its own prefectures and read as one of them.
    const rows = [...Array(rowCount).keys()].filter(
      (r) =>
        model.rows[r]?.level !== 'province' && (points.status[dayIndex * rowCount + r] ?? 0) !== 0,
    );
    layers.push(
      new ScatterplotLayer<number>({
        id: 'points',
        data: rows,
        pickable: true,
        stroked: true,
        radiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        getPosition: (r) => [model.rows[r]?.lon ?? 0, model.rows[r]?.lat ?? 0],
        getRadius: (r) => input.radius(points.values[dayIndex * rowCount + r] ?? 0),
        getFillColor: (r) => {
          const s = points.status[dayIndex * rowCount + r] ?? 0;
          return s === OBSERVED
            ? [214, 96, 39, 200]
            : s === INTERPOLATED
              ? [214, 96, 39, 120]
              : [214, 96, 39, 40];
        },
        getLineColor: [140, 50, 10, 230],
        getLineWidth: (r) => ((points.status[dayIndex * rowCount + r] ?? 0) === CARRIED ? 1.5 : 1),
        updateTriggers: {
          getRadius: [styleKey, dayIndex],
          getFillColor: [styleKey, dayIndex],
          getLineWidth: [styleKey, dayIndex],
        },
        transitions: { getRadius: 250 },
      }),
    );
  }

  if (!input.labels) return layers;
  layers.push(
    new TextLayer<number, CollisionFilterExtensionProps<number>>({
      id: 'labels',
      data: labelRows(model),
      extensions: [COLLISION],
      collisionEnabled: true,
      getCollisionPriority: (r: number) => (r < model.features.length ? 2 : 1),
      collisionTestProps: { sizeScale: 1.2 },
      getPosition: (r) => [model.rows[r]?.lon ?? 0, model.rows[r]?.lat ?? 0],
      getText: (r) => labelText(input, r),
      getSize: 13,
      getColor: [30, 30, 30, 255],
      fontFamily: FONT_FAMILY,
      characterSet: 'auto',
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      fontSettings: { sdf: true },
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      updateTriggers: { getText: [styleKey, dayIndex, lang] },
    }),
  );
  return layers;
}

const COLLISION = new CollisionFilterExtension();

/** Polygons and the point-only units that carry at least one figure; provinces are context. */
function labelRows(model: MapModel): number[] {
  const withData = new Set(model.dataset.observations.map((o) => o.region));
  return model.rows
    .map((r, i) => ({ r, i }))
    .filter(
      ({ r, i }) => r.level !== 'province' && (i < model.features.length || withData.has(r.code)),
    )
    .map(({ i }) => i);
}

function labelText(input: LayerInput, row: number): string {
  const region = input.model.rows[row];
  if (!region) return '';
  const name = input.lang === 'zh' ? region.short : region.nameEn;
  const { fill, dayIndex, model } = input;
  const i = dayIndex * fill.regions.length + row;
  const status = fill.status[i] ?? 0;
  if (status !== OBSERVED && status !== CARRIED && status !== INTERPOLATED) return name;
  const obs = model.dataset.observations[fill.obs[i] ?? -1];
  const value = fill.values[i] ?? NaN;
  const text = formatValue(value, obs?.qualifier ?? 'exact', obs?.unit ?? '%', input.lang);
  return `${name}\n${status === INTERPOLATED ? '~' : ''}${text}`;
}
