import { describe, expect, it } from 'vitest';
import { ScatterplotLayer } from '@deck.gl/layers';
import { circleLayer } from '../../src/render/circleLayer';
import { markLayers } from '../../src/render/markLayers';
import { SegmentLayer } from '../../src/render/SegmentLayer';
import { CircleKind, circleMarks, type CircleMark } from '../../src/core/circleMarks';
import { ANCHOR, POINT_HALO } from '../../src/core/pointStyle';
import { Status } from '../../src/core/status';
import { STYLE_TOKENS } from '../../src/core/styleTokens';
import type { PlacedEvent } from '../../src/core/mapEvents';
import type { RegionMapProps, RegionMapState } from '../../src/render/RegionMapLayer';
import type { Timeline } from '../../src/core/timeline';
import { commonX, commonY } from '../../src/core/webMercator';

const sub = (id: string) => ({ id: `regions-${id}` });
const rows = [
  { lon: 106.7, lat: 26.6 },
  { lon: 107, lat: 27.7 },
];
// Two regions on three days: row 0 observed at 80 then carried; the second and third day are
// one run of the same figures.
const points = {
  values: Float32Array.from([80, NaN, 80, NaN, 80, NaN]),
  status: Uint8Array.from([
    Status.Observed,
    Status.None,
    Status.Carried,
    Status.None,
    Status.Carried,
    Status.None,
  ]),
} as unknown as Timeline;
const event: PlacedEvent = { id: 'e', row: 1, dayIndex: 1, text: { zh: '复工', en: 'Resumed' } };

function props(over: Partial<RegionMapProps> = {}): RegionMapProps {
  return {
    model: { rows, bounds: [106.7, 26.6, 107, 27.7] },
    points,
    pointRuns: Int32Array.from([0, 1, 1]),
    dayIndex: 1,
    styleKey: 's',
    radius: (v: number) => v / 10,
    hoverRow: null,
    selectedRow: null,
    events: [],
    symbolScale: 1,
    ...over,
  } as unknown as RegionMapProps;
}

type Accessor<T> = (m: CircleMark) => T;
const accessors = (p: RegionMapProps, marks: CircleMark[]) => {
  const l = circleLayer(p, marks, sub).props as unknown as Record<string, Accessor<unknown>> & {
    updateTriggers: Record<string, unknown>;
  };
  return l;
};

describe('circleLayer', () => {
  const marks = circleMarks([0, 1], [0, 1], [event]);
  const of = (kind: CircleKind, row: number) =>
    marks.find((m) => m.kind === kind && m.row === row) as CircleMark;

  it('places each circle in common space, measured from the middle of the map’s regions', () => {
    const l = circleLayer(props(), marks, sub).props as unknown as {
      origin: [number, number];
      getPosition: Accessor<[number, number]>;
    };
    expect(l.origin[0]).toBeCloseTo(commonX(106.85), 9);
    expect(l.origin[1]).toBeCloseTo(commonY((26.6 + 27.7) / 2), 9);
    const [x, y] = l.getPosition(of(CircleKind.Anchor, 1));
    expect(x + l.origin[0]).toBeCloseTo(commonX(107), 9);
    expect(y + l.origin[1]).toBeCloseTo(commonY(27.7), 9);
  });

  it('draws a ring as a circle filled with its own line colour at no alpha, so its soft edge is not greyed', () => {
    const l = accessors(props(), marks);
    const halo = of(CircleKind.Halo, 0);
    expect(l.getLineColor?.(halo)).toEqual(POINT_HALO);
    expect(l.getFillColor?.(halo)).toEqual([...POINT_HALO.slice(0, 3), 0]);
    const ring = of(CircleKind.Event, 1);
    const line = l.getLineColor?.(ring) as number[];
    expect(l.getFillColor?.(ring)).toEqual([...line.slice(0, 3), 0]);
  });

  it('gives a faint figure a halo, and an observed one none', () => {
    const halo = of(CircleKind.Halo, 0);
    expect(accessors(props({ dayIndex: 0 }), marks).getLineWidth?.(halo)).toBe(0);
    expect(accessors(props({ dayIndex: 1 }), marks).getLineWidth?.(halo)).toBeGreaterThan(0);
  });

  it('draws nothing for a region without a figure that day, not even the ring around its circle', () => {
    const l = accessors(props(), marks);
    for (const kind of [CircleKind.Halo, CircleKind.Figure]) {
      expect(l.getRadius?.(of(kind, 1))).toBe(0);
      expect(l.getLineWidth?.(of(kind, 1))).toBe(0);
    }
    expect(l.getLineWidth?.(of(CircleKind.Figure, 0))).toBeGreaterThan(0);
  });

  it('grows the hovered region’s location mark', () => {
    const anchor = of(CircleKind.Anchor, 0);
    expect(accessors(props(), marks).getRadius?.(anchor)).toBe(ANCHOR.radius);
    expect(accessors(props({ hoverRow: 0 }), marks).getRadius?.(anchor)).toBe(ANCHOR.radiusFocus);
  });

  it('fades an event’s ring as the days pass', () => {
    const ring = of(CircleKind.Event, 1);
    const alpha = (dayIndex: number) =>
      (accessors(props({ dayIndex, events: [event] }), marks).getLineColor?.(ring) as number[])[3];
    expect(alpha(1)).toBe(255);
    expect(alpha(2)).toBeLessThan(255);
  });

  it('asks for nothing new on a step inside a run of the same figures without events', () => {
    const triggers = (dayIndex: number) =>
      JSON.stringify(accessors(props({ dayIndex }), marks).updateTriggers);
    expect(triggers(2)).toBe(triggers(1));
    expect(triggers(1)).not.toBe(triggers(0));
  });

  it('asks for nothing new on any step of a map without figures’ circles and events', () => {
    const bare = circleMarks(null, [0, 1], []);
    const triggers = (dayIndex: number) =>
      JSON.stringify(accessors(props({ dayIndex, points: null }), bare).updateTriggers);
    expect(triggers(0)).toBe(triggers(2));
    expect(
      accessors(props({ points: null }), bare).getLineColor?.(of(CircleKind.Anchor, 0)),
    ).toEqual(STYLE_TOKENS.anchorLine);
  });
});

describe('markLayers', () => {
  it('draws every circle of a map in one layer: each layer costs each view its state on every frame', () => {
    const state = {
      borders: [],
      hoverLines: [],
      selectedLines: [],
      circles: circleMarks([0, 1], [0, 1], [event]),
    } as unknown as RegionMapState;
    const layers = markLayers(props({ events: [event] }), state, sub);
    const circles = layers.filter((l) => l instanceof ScatterplotLayer);
    expect(circles).toHaveLength(1);
    expect(circles[0]?.props.data).toBe(state.circles);
  });

  it('outlines the hovered and the selected region as joined segments, the selected on top', () => {
    const hovered = [
      [
        [106, 26],
        [107, 26],
        [107, 27],
        [106, 26],
      ],
    ];
    const selected = [
      [
        [105, 25],
        [106, 25],
        [105, 25],
      ],
    ];
    const state = {
      borders: [],
      hoverLines: hovered,
      selectedLines: selected,
      circles: [],
    } as unknown as RegionMapState;
    const segments = markLayers(props(), state, sub).filter((l) => l instanceof SegmentLayer);
    // The borders, then the hover's outline, then the selection's over it: one program for all.
    expect(segments.map((l) => l.id)).toEqual([
      'regions-outline',
      'regions-outline-hover',
      'regions-outline-selected',
    ]);
    const [, hover, selection] = segments;
    expect(hover?.props).toMatchObject({ lines: hovered, joins: true, visible: true });
    expect(selection?.props).toMatchObject({ lines: selected, joins: true });
    expect(selection?.props.widthPixels).toBeGreaterThan(hover?.props.widthPixels ?? Infinity);
    expect(selection?.props.color).toEqual(STYLE_TOKENS.regionBorderSelected);
  });

  it('keeps the outline layers without drawing them when nothing is hovered or selected', () => {
    const state = {
      borders: [],
      hoverLines: [],
      selectedLines: [],
      circles: [],
    } as unknown as RegionMapState;
    const focus = markLayers(props(), state, sub).filter((l) => l.id.includes('outline-'));
    expect(focus.map((l) => l.props.visible)).toEqual([false, false]);
  });
});
