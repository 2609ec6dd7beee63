import type { AppState } from '../core/appState';
import type { Bounds, MapModel } from '../core/mapModel';
import { placeLabels } from '../core/placeLabels';
import { labelledRows, regionName, showsValues } from '../core/regionLabels';
import type { RegionLevel } from '../core/types';
import { FONT_FAMILY } from '../render/mapFont';
import type { MapView } from '../render/mapView';

/** The map's label size in pixels, and the white halo around each glyph. */
const LABEL_SIZE = 13;
const HALO = 3;
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

/** Text widths in the label font, measured once per string. */
export function createTextMeasure(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      if (ctx) ctx.font = `${LABEL_SIZE}px ${FONT_FAMILY}`;
      // Without a 2D context (never in a browser that draws WebGL), one em a character.
      w = ctx ? ctx.measureText(text).width : [...text].length * LABEL_SIZE;
      widths.set(text, w);
    }
    return w;
  };
}

/**
 * The rows whose labels fit on screen now without overlapping: the selected region first, then
 * prefectures before counties and districts, then larger regions first; a label that does not
 * fit is dropped. `scale` is the labels' size against the screen's (an export's page).
 */
export function placeRegionLabels(
  model: MapModel,
  rows: readonly number[],
  view: MapView,
  s: AppState,
  measure: (text: string) => number,
  scale = 1,
): number[] {
  const twoLines = showsValues(rows.length);
  const area = (b: Bounds | undefined) => (b ? (b[2] - b[0]) * (b[3] - b[1]) : 0);
  const selected = model.rowOf.get(s.region ?? '');
  const valueWidth = twoLines ? measure(WIDEST_VALUE) : 0;
  const boxes = rows.map((r) => {
    const region = model.rows[r];
    const p = view.map.project([region?.lon ?? 0, region?.lat ?? 0]);
    const rank = LEVEL_RANK[region?.level ?? 'province'];
    return {
      id: r,
      x: p.x,
      y: p.y,
      width: scale * (Math.max(measure(regionName(model, r, s.lang)), valueWidth) + 2 * HALO),
      height: scale * ((twoLines ? 2 : 1) * LABEL_SIZE + 2 * HALO),
      // Areas in square degrees stay far below 1,000: the rank decides first.
      priority: r === selected ? Infinity : rank * 1000 + area(model.rowBounds[r]),
    };
  });
  const canvas = view.map.getCanvas();
  return placeLabels(boxes, { width: canvas.clientWidth, height: canvas.clientHeight });
}

/** Where the map's labels go: placed when the view settles, never on a timeline step. */
export function createLabelPlacer(model: MapModel, view: MapView, state: () => AppState) {
  const labelled = labelledRows(model);
  // Widths measured before the shipped font loads are the fallback font's: measured again after.
  let measure = createTextMeasure();
  let placed: { rows: number[]; version: number } | null = null;
  return {
    place() {
      placed = {
        rows: placeRegionLabels(model, labelled, view, state(), measure),
        version: (placed?.version ?? 0) + 1,
      };
    },
    remeasure() {
      measure = createTextMeasure();
    },
    /**
     * The labels drawn at a symbol scale: on screen the settled placement; an export page's
     * larger labels need room of their own, so they are placed again at their size.
     */
    at(s: AppState, scale: number): { rows: number[]; version: number } | null {
      if (scale === 1) return placed;
      return { rows: placeRegionLabels(model, labelled, view, s, measure, scale), version: -1 };
    },
  };
}
