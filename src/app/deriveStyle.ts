import type { AppState } from '../core/appState';
import { createColorScale, createSizeScale } from '../core/colorScale';
import { buildColorTable, buildStatusTable, type ColorTable } from '../core/colorTable';
import type { MapModel } from '../core/mapModel';
import { valueExtent, type Timeline } from '../core/timeline';
import { FILL_ALPHA, Status } from '../core/status';
import { STYLE_TOKENS } from '../core/styleTokens';
import type { DerivedStyle } from './exportSource';
import { dayRuns } from '../core/dayRuns';

export interface Derived extends DerivedStyle {
  /** Which metric and options this was derived for. */
  key: string;
  /** White where the fill is interpolated, for the hatch; null when nothing is. */
  hatchTable: ColorTable | null;
  /** Grey where nothing is shown (no figure, or too old): the legend's no-data hatch. */
  noDataTable: ColorTable | null;
  /** Dark where the figure's day is known only within bounds, for the dots. */
  uncertainTable: ColorTable | null;
  /** Each day's run of the fill (core/dayRuns.ts): the days on which it shows the same. */
  fillRuns: Int32Array;
  /** Each day's run of the points; null without points. */
  pointRuns: Int32Array | null;
}

/** The hatch over interpolated regions: white lines, drawn where the pattern is. */
const HATCH_COLOR = STYLE_TOKENS.interpolatedHatch;
/** As the legend's no-data swatch: dark lines at a quarter opacity. */
export const NO_DATA_HATCH = STYLE_TOKENS.noDataHatch;
const UNCERTAIN_DOTS = STYLE_TOKENS.uncertainDots;

/**
 * Everything that depends on the metric and the options but not on the date, derived once
 * per combination: scales fixed over the whole period (the legend never moves while
 * playing) and the tables the GPU samples on each step.
 */
export function createStyleDeriver(model: MapModel): (s: AppState) => Derived {
  const cache = new Map<string, Derived>();
  return (s) => {
    const key = `${s.metric}|${s.points}|${s.scaleMode}|${s.interpolate}|${s.maxAgeDays}`;
    let d = cache.get(key);
    if (d) return d;
    const opts = { interpolate: s.interpolate, maxAgeDays: s.maxAgeDays };
    const fill = model.timeline(s.metric, opts);
    const points = s.points ? model.timeline(s.points, opts) : null;
    const colors = createColorScale(s.scaleMode, valueExtent(fill) ?? [0, 100]);
    const pointMax = points ? maxDrawnPoint(model, points) : 0;
    d = {
      key,
      fill,
      points,
      colors,
      fillTable: buildColorTable(fill, {
        color: colors.color,
        noData: colors.noData,
        alphaByStatus: FILL_ALPHA,
      }),
      hatchTable: buildStatusTable(fill, Status.Interpolated, HATCH_COLOR),
      noDataTable: buildStatusTable(fill, [Status.None, Status.Stale], NO_DATA_HATCH),
      uncertainTable: buildStatusTable(fill, Status.Uncertain, UNCERTAIN_DOTS),
      fillRuns: dayRuns(fill),
      pointRuns: points ? dayRuns(points) : null,
      pointMax,
      radius: createSizeScale(pointMax || 1),
    };
    cache.set(key, d);
    return d;
  };
}

/** The largest count drawn as a circle (provinces are not drawn), for the size scale. */
function maxDrawnPoint(model: MapModel, points: Timeline): number {
  const n = points.regions.length;
  let max = 0;
  for (let i = 0; i < points.values.length; i++) {
    const v = points.values[i] ?? NaN;
    if (v > max && model.rows[i % n]?.level !== 'province') max = v;
  }
  return max;
}
