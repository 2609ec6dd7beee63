import type { AppState } from '../core/appState';
import type { Bounds, MapModel } from '../core/mapModel';
import type { Rect } from '../core/insetLayout';
import { insetPoint } from '../core/insetLayout';
import {
  besideOffsets,
  placeLabels,
  type LabelBox,
  type LabelPlacement,
  type PlacedLabel,
} from '../core/placeLabels';
import { labelledRows, regionName, showsValues } from '../core/regionLabels';
import type { RegionLevel } from '../core/types';
import { FONT_FAMILY, LABEL_HALO, LABEL_SIZE } from '../render/mapFont';
import type { MapView } from '../render/mapView';
import type { MapInsets } from './mapInsets';

// The widest figure a two-line label shows under its name, as the label draws it.
const WIDEST_VALUE = '≥99.99%?';

// A prefecture's label outranks a county's or a district's, whatever their sizes on screen: the
// prefectures are what the map compares.
const LEVEL_RANK: Record<RegionLevel, number> = {
  province: 0,
  prefecture: 3,
  new_area: 2,
  county: 1,
  district: 1,
};

/**
 * A county labelled where its prefecture's label found no room reads as that city's name
 * (修文县 at 贵阳's place): a region outranked by its parent is labelled only with the parent.
 */
function waitsForParent(
  model: MapModel,
  row: number,
  shown: ReadonlySet<number>,
  inPanel: ReadonlySet<number>,
): boolean {
  const own = model.rows[row];
  const parent = model.rowOf.get(own?.parent ?? '');
  if (parent === undefined || !inPanel.has(parent) || shown.has(parent)) return false;
  const parentLevel = model.rows[parent]?.level ?? 'province';
  return LEVEL_RANK[parentLevel] > LEVEL_RANK[own?.level ?? 'province'];
}

// CJK Unified Ideographs and their Extension A.
const IDEOGRAPH = /^[\u3400-\u4dbf\u4e00-\u9fff]$/;

/**
 * Text widths in the label font: the sum of each character's advance, each measured once.
 * deck.gl lays a label out the same way, from its glyph atlas's advances and with no kerning.
 * A CJK font gives every ideograph the same advance: one is measured for all of them, as
 * each measurement costs a fraction of a millisecond and thousands of county names hold over
 * a thousand different ideographs (half a second of the first map's time).
 */
export function createTextMeasure(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = `${LABEL_SIZE}px ${FONT_FAMILY}`;
  const advances = new Map<string, number>();
  const widths = new Map<string, number>();
  // Without a 2D context (never in a browser that draws WebGL), one em a character.
  const measured = (ch: string): number => (ctx ? ctx.measureText(ch).width : LABEL_SIZE);
  let ideograph: number | null = null;
  const advance = (ch: string): number => {
    let a = advances.get(ch);
    if (a === undefined) {
      if (IDEOGRAPH.test(ch)) a = ideograph ??= measured('国');
      else a = measured(ch);
      advances.set(ch, a);
    }
    return a;
  };
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = 0;
      for (const ch of text) w += advance(ch);
      widths.set(text, w);
    }
    return w;
  };
}

/** One panel of the map labels are placed in: the main one, or an inset. */
export interface LabelPanel {
  rows: readonly number[];
  /** The panel's box on the map, in CSS pixels: a label must lie wholly inside. */
  rect: Rect;
  /** Where a row's label point is drawn, in CSS pixels from the map's corner. */
  point(row: number): readonly [number, number];
  /** Boxes over the panel that no label may touch (insets over the main panel). */
  covered?: readonly Rect[];
  /** Whether a label must lie wholly inside the panel (an inset), not just touch it. */
  contain?: boolean;
}

/**
 * The rows whose labels fit on screen now without overlapping: the selected region first, then
 * prefectures before counties and districts, then larger regions first; a label that does not
 * fit on its point goes beside it, and one that fits nowhere there is dropped. Each panel is
 * placed on its own. `scale` is the labels' size against the screen's (an export's page).
 */
export function placeRegionLabels(
  model: MapModel,
  panels: readonly LabelPanel[],
  s: AppState,
  measure: (text: string) => number,
  scale = 1,
): PlacedLabel[] {
  const twoLines = showsValues(panels.reduce((n, p) => n + p.rows.length, 0));
  const area = (b: Bounds | undefined) => (b ? (b[2] - b[0]) * (b[3] - b[1]) : 0);
  const selected = model.rowOf.get(s.region ?? '');
  const valueWidth = twoLines ? measure(WIDEST_VALUE) : 0;
  const placed: PlacedLabel[] = [];
  for (const panel of panels) {
    const { rect } = panel;
    const boxes: LabelBox[] = panel.rows.map((r) => {
      const region = model.rows[r];
      const [x, y] = panel.point(r);
      const rank = LEVEL_RANK[region?.level ?? 'province'];
      const width =
        scale * (Math.max(measure(regionName(model, r, s.lang)), valueWidth) + 2 * LABEL_HALO);
      const height = scale * ((twoLines ? 2 : 1) * LABEL_SIZE + 2 * LABEL_HALO);
      return {
        id: r,
        x: x - rect.x,
        y: y - rect.y,
        width,
        height,
        // Areas in square degrees stay far below 1,000: the rank decides first.
        priority: r === selected ? Infinity : rank * 1000 + area(model.rowBounds[r]),
        alternatives: besideOffsets(width, height),
      };
    });
    // What covers the panel is placed first, as labels no other may touch, and then dropped.
    const covered = (panel.covered ?? []).map((c, i): LabelBox => ({
      id: -1 - i,
      x: c.x - rect.x + c.width / 2,
      y: c.y - rect.y + c.height / 2,
      width: c.width,
      height: c.height,
      priority: Infinity,
    }));
    const kept = placeLabels([...covered, ...boxes], { ...rect, contain: panel.contain });
    const shown = new Set(kept.map((k) => k.id));
    const inPanel = new Set(panel.rows);
    for (const label of kept) {
      const { id } = label;
      if (id >= 0 && (id === selected || !waitsForParent(model, id, shown, inPanel))) {
        placed.push(label);
      }
    }
  }
  return placed.sort((a, b) => a.id - b.id);
}

/**
 * The panels labels are placed in: the whole map, or, on a composed map, the main panel
 * around the insets and each inset with the rows it shows.
 */
function labelPanels(
  model: MapModel,
  rows: readonly number[],
  view: MapView,
  insets: MapInsets | null,
): LabelPanel[] {
  const canvas = view.map.getCanvas();
  const whole = { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight };
  const lonLat = (r: number): [number, number] => [
    model.rows[r]?.lon ?? 0,
    model.rows[r]?.lat ?? 0,
  ];
  const onMain = (r: number): [number, number] => {
    const p = view.map.project(lonLat(r));
    return [p.x, p.y];
  };
  const layout = insets?.layout();
  if (!insets || !layout) return [{ rows, rect: whole, point: onMain }];
  const main = { rows: rows.filter((r) => !insets.frameOfRow(r)), rect: whole, point: onMain };
  return [
    { ...main, covered: layout.frames.map((f) => f.frame) },
    ...layout.frames.map((f): LabelPanel => ({
      rows: rows.filter((r) => insets.frameOfRow(r) === f),
      rect: f.view,
      point: (r) => insetPoint(f, ...lonLat(r)),
    })),
  ];
}

function placement(labels: readonly PlacedLabel[], version: number): LabelPlacement {
  return {
    rows: labels.map((l) => l.id),
    offsets: new Map(labels.map((l) => [l.id, l.offset])),
    version,
  };
}

/** Where the map's labels go: placed when the view settles, never on a timeline step. */
export function createLabelPlacer(
  model: MapModel,
  view: MapView,
  state: () => AppState,
  insets: MapInsets | null,
) {
  const labelled = labelledRows(model);
  // Widths measured before the shipped font loads are the fallback font's: measured again after.
  let measure = createTextMeasure();
  let placed: LabelPlacement | null = null;
  const panels = () => labelPanels(model, labelled, view, insets);
  return {
    place() {
      placed = placement(
        placeRegionLabels(model, panels(), state(), measure),
        (placed?.version ?? 0) + 1,
      );
    },
    remeasure() {
      measure = createTextMeasure();
    },
    /**
     * The labels drawn at a symbol scale: on screen the settled placement; an export page's
     * larger labels need room of their own, so they are placed again at their size.
     */
    at(s: AppState, scale: number): LabelPlacement | null {
      if (scale === 1) return placed;
      return placement(placeRegionLabels(model, panels(), s, measure, scale), -1);
    },
  };
}
