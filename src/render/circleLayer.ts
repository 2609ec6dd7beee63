import type { Layer } from '@deck.gl/core';
import { CircleKind, type CircleMark } from '../core/circleMarks';
import { eventAlpha } from '../core/mapEvents';
import { ANCHOR, figureCircle, POINT_HALO, type FigureCircle } from '../core/pointStyle';
import type { RGBA } from '../core/rgb';
import { rgbOf, STYLE_TOKENS } from '../core/styleTokens';
import { markOrigin, rowCommonPosition } from './accessors';
import { PixelCircleLayer } from './PixelCircleLayer';
import type { RegionMapProps } from './RegionMapLayer';

type Sub = (id: string) => { id: string };

const EVENT_RING = rgbOf(STYLE_TOKENS.eventRing);
const EVENT_RADIUS = 12;
const EVENT_LINE = 2.5;
// A ring is a filled circle whose fill is its line's colour with no alpha: the shader mixes
// fill and line across the line's soft edge, and a transparent black would grey that edge.
const HALO_FILL: RGBA = [POINT_HALO[0], POINT_HALO[1], POINT_HALO[2], 0];
const EVENT_FILL: RGBA = [...EVENT_RING, 0];
const ANCHOR_FILL = STYLE_TOKENS.halo;

/**
 * Every circle of one map in one layer (core/circleMarks.ts): the halos and figures' circles,
 * the location marks and the events' rings. The data is a new list only when the day's events
 * change; a step inside a run of the same figures recomputes nothing, and one that starts a new
 * run recomputes a few small attributes.
 */
export function circleLayer(p: RegionMapProps, marks: readonly CircleMark[], sub: Sub): Layer {
  const { model, dayIndex, styleKey, points, hoverRow, selectedRow, events } = p;
  const rowCount = model.rows.length;
  // A region without a figure that day draws nothing, its ring and halo included. Each region's
  // circle is made once per layer: four accessors, and its halo's two, read the same one.
  const figures = new Map<number, FigureCircle | null>();
  const figure = (r: number): FigureCircle | null => {
    let f = figures.get(r);
    if (f === undefined) {
      const i = dayIndex * rowCount + r;
      f = points ? figureCircle(points.status[i] ?? 0, points.values[i] ?? 0, p.radius) : null;
      figures.set(r, f);
    }
    return f;
  };
  const eventLine = (m: CircleMark): RGBA => [
    ...EVENT_RING,
    eventAlpha(dayIndex - (m.event?.dayIndex ?? dayIndex)),
  ];
  // Keyed on the day's run, not the day: a step that shows the same circles uploads nothing.
  const day = points ? [styleKey, p.pointRuns?.[dayIndex] ?? dayIndex] : [styleKey];
  // Events fade day by day; without any, the day changes nothing here.
  const fade = events.length > 0 ? dayIndex : -1;
  const origin = markOrigin(model);
  const at = rowCommonPosition(model, origin);
  return new PixelCircleLayer<CircleMark>({
    ...sub('circles'),
    data: marks,
    origin,
    pickable: false,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    radiusScale: p.symbolScale,
    lineWidthScale: p.symbolScale,
    getPosition: (m) => at(m.row),
    getRadius: (m) => {
      switch (m.kind) {
        case CircleKind.Anchor:
          return m.row === selectedRow || m.row === hoverRow ? ANCHOR.radiusFocus : ANCHOR.radius;
        case CircleKind.Event:
          return EVENT_RADIUS;
        default:
          return figure(m.row)?.radius ?? 0;
      }
    },
    getFillColor: (m) => {
      switch (m.kind) {
        case CircleKind.Halo:
          return HALO_FILL;
        case CircleKind.Figure:
          return figure(m.row)?.fill ?? STYLE_TOKENS.transparent;
        case CircleKind.Anchor:
          return ANCHOR_FILL;
        default:
          return EVENT_FILL;
      }
    },
    getLineColor: (m) => {
      switch (m.kind) {
        case CircleKind.Halo:
          return POINT_HALO;
        case CircleKind.Figure:
          return figure(m.row)?.stroke ?? STYLE_TOKENS.transparent;
        case CircleKind.Anchor:
          return m.row === selectedRow ? STYLE_TOKENS.anchorLineSelected : STYLE_TOKENS.anchorLine;
        default:
          return eventLine(m);
      }
    },
    getLineWidth: (m) => {
      switch (m.kind) {
        case CircleKind.Halo:
          return figure(m.row)?.haloWidth ?? 0;
        case CircleKind.Figure:
          return figure(m.row)?.strokeWidth ?? 0;
        case CircleKind.Anchor:
          return m.row === selectedRow ? ANCHOR.lineSelected : ANCHOR.line;
        default:
          return EVENT_LINE;
      }
    },
    // No attribute transition: deck.gl runs those through transform feedback, which a
    // software GL compiles for seconds the first time; the fill blends on the GPU instead.
    updateTriggers: {
      getPosition: origin,
      getRadius: [...day, selectedRow, hoverRow],
      getFillColor: day,
      getLineColor: [...day, selectedRow, fade],
      getLineWidth: [...day, selectedRow],
    },
  });
}
