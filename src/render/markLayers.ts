import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { RingPath } from '../core/polygonParts';
import {
  ANCHOR,
  POINT_HALO,
  pointFill,
  pointHaloWidth,
  pointLine,
  pointLineWidth,
  pointRadius,
} from '../core/pointStyle';
import type { Timeline } from '../core/timeline';
import { STYLE_TOKENS } from '../core/styleTokens';
import { always, getLine, getRingPath, noFill, rowPosition } from './accessors';
import type { RegionMapProps, RegionMapState } from './RegionMapLayer';

type Sub = (id: string) => { id: string };

const OUTLINE = STYLE_TOKENS.regionBorder;
const OUTLINE_SELECTED = STYLE_TOKENS.regionBorderSelected;
// Every line and circle layer with every attribute in a buffer: one vertex layout a kind of
// layer (accessors.ts), so the first hover's outline compiles nothing.
const OUTLINE_WIDTH = always(1);
const OUTLINE_COLOR = always(OUTLINE);
const HALO_LINE = always(POINT_HALO);
const ANCHOR_FILL = always(STYLE_TOKENS.halo);

/** Borders, the focus outline, the figures' circles and every region's location mark. */
export function markLayers(p: RegionMapProps, state: RegionMapState, sub: Sub): Layer[] {
  const { selectedRow } = p;
  const layers: Layer[] = [
    // Each border once: a border two regions share is one line of the TopoJSON mesh.
    new PathLayer<unknown>({
      ...sub('outline'),
      data: state.borders,
      pickable: false,
      getPath: getLine,
      widthUnits: 'pixels',
      widthScale: p.symbolScale,
      getWidth: OUTLINE_WIDTH,
      getColor: OUTLINE_COLOR,
    }),
    // The hovered and the selected region drawn over them, whole.
    new PathLayer<RingPath>({
      ...sub('outline-focus'),
      data: state.focus,
      // Kept with nothing to draw, but not drawn: an empty layer still costs each view it is
      // drawn in its uniforms and state on every frame.
      visible: state.focus.length > 0,
      pickable: false,
      getPath: getRingPath,
      widthUnits: 'pixels',
      widthScale: p.symbolScale,
      getWidth: (r) => (r.row === selectedRow ? 3 : 2),
      getColor: (r) => (r.row === selectedRow ? OUTLINE_SELECTED : OUTLINE),
    }),
  ];
  if (p.points) layers.push(...pointsLayers(p, p.points, state, sub));
  layers.push(anchorLayer(p, state.labelled, sub));
  return layers;
}

/**
 * Province-wide figures stay in tooltips and tables: a province circle would sit on top of its
 * own prefectures and read as one of them. A faint circle (carried, uncertain) sits on a light
 * ring, so it shows on the darkest polygon. The data stays the same array from step to step (a
 * region without a figure that day gets radius 0), so a step that changes the circles
 * recomputes four small attributes and allocates nothing, and any other step does nothing.
 */
function pointsLayers(
  p: RegionMapProps,
  points: Timeline,
  state: Pick<RegionMapState, 'pointRows'>,
  sub: Sub,
): Layer[] {
  const { model, dayIndex, styleKey } = p;
  const rowCount = model.rows.length;
  const status = (r: number) => points.status[dayIndex * rowCount + r] ?? 0;
  const radius = (r: number) =>
    pointRadius(status(r), points.values[dayIndex * rowCount + r] ?? 0, p.radius);
  // Keyed on the day's run, not the day: a step that shows the same circles uploads nothing.
  const day = [styleKey, p.pointRuns?.[dayIndex] ?? dayIndex];
  const common = {
    data: state.pointRows,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    radiusScale: p.symbolScale,
    lineWidthScale: p.symbolScale,
    getPosition: rowPosition(model),
    getRadius: radius,
    // No attribute transition: deck.gl runs those through transform feedback, which a
    // software GL compiles for seconds the first time; the fill blends on the GPU instead.
  } as const;
  return [
    new ScatterplotLayer<number>({
      ...sub('point-halos'),
      ...common,
      pickable: false,
      filled: false,
      getFillColor: noFill,
      getLineColor: HALO_LINE,
      getLineWidth: (r) => pointHaloWidth(status(r)),
      updateTriggers: { getRadius: day, getLineWidth: day },
    }),
    new ScatterplotLayer<number>({
      ...sub('points'),
      ...common,
      pickable: false,
      getFillColor: (r) => pointFill(status(r)),
      getLineColor: (r) => pointLine(status(r)),
      getLineWidth: (r) => pointLineWidth(status(r)),
      updateTriggers: { getRadius: day, getFillColor: day, getLineWidth: day, getLineColor: day },
    }),
  ];
}

/**
 * A small ring at each region's seat, never smaller than a few pixels: at the zoom that shows
 * Guizhou and Daqing together, Tengzhou's polygon is a pixel or two, and the ring is what a
 * reader can find, hover and click.
 */
function anchorLayer(p: RegionMapProps, rows: readonly number[], sub: Sub): Layer {
  const { hoverRow, selectedRow } = p;
  return new ScatterplotLayer<number>({
    ...sub('anchors'),
    data: rows,
    pickable: false,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    radiusScale: p.symbolScale,
    lineWidthScale: p.symbolScale,
    getPosition: rowPosition(p.model),
    getRadius: (r) => (r === selectedRow || r === hoverRow ? ANCHOR.radiusFocus : ANCHOR.radius),
    getFillColor: ANCHOR_FILL,
    getLineColor: (r) =>
      r === selectedRow ? STYLE_TOKENS.anchorLineSelected : STYLE_TOKENS.anchorLine,
    getLineWidth: (r) => (r === selectedRow ? ANCHOR.lineSelected : ANCHOR.line),
    updateTriggers: {
      getRadius: [selectedRow, hoverRow],
      getLineColor: [selectedRow],
      getLineWidth: [selectedRow],
    },
  });
}
