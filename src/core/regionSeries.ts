/**
 * One region's history of one metric, shaped for a small chart: the figures
 * observed (drawn as marks), the stretches where an older figure is carried
 * forward or a line is drawn between two figures (drawn dashed, never as
 * solid as a figure), and the stretches where the last figure is too old to
 * show. Read straight from the timeline arrays, so the chart and the map
 * cannot disagree.
 */
import type { Timeline } from './timeline';
import { Status } from './status';
import type { Observation, Qualifier } from './types';

export interface SeriesPoint {
  day: number;
  date: string;
  value: number;
  qualifier: Qualifier;
  /** Index into dataset.observations. */
  obs: number;
}

export interface SeriesStretch {
  /** `uncertain`: a figure whose day is known only within bounds, from its earliest day. */
  kind: 'carried' | 'interpolated' | 'uncertain';
  /** Day of the figure the stretch starts from (an observed point). */
  from: number;
  /** Last day of the stretch. */
  to: number;
  fromValue: number;
  toValue: number;
}

export interface RegionSeries {
  points: SeriesPoint[];
  stretches: SeriesStretch[];
  /** Day ranges [from, to], inclusive, where the last figure is past the maximum age. */
  stale: [number, number][];
  /** Smallest and largest value drawn; null when the region has no figure. */
  extent: [number, number] | null;
}

export function regionSeries(
  timeline: Timeline,
  row: number,
  observations: readonly Observation[],
): RegionSeries {
  const R = timeline.regions.length;
  const D = timeline.dates.length;
  const points: SeriesPoint[] = [];
  const stretches: SeriesStretch[] = [];
  const stale: [number, number][] = [];
  if (row < 0 || row >= R) return { points, stretches, stale, extent: null };

  let open: SeriesStretch | null = null;
  let openStale: [number, number] | null = null;
  let lastPoint: SeriesPoint | null = null;
  for (let d = 0; d < D; d++) {
    const i = d * R + row;
    const status = (timeline.status[i] ?? Status.None) as Status;
    const value = timeline.values[i] ?? NaN;
    if (status !== Status.Stale) openStale = null;
    if (status === Status.Observed) {
      const o = observations[timeline.obs[i] ?? -1];
      lastPoint = {
        day: d,
        date: timeline.dates[d] ?? '',
        value,
        qualifier: o?.qualifier ?? 'exact',
        obs: timeline.obs[i] ?? -1,
      };
      points.push(lastPoint);
      open = null;
      continue;
    }
    if (status === Status.Uncertain) {
      // No point: the day the figure held is not known, only that it held from here on.
      if (open && open.kind === 'uncertain') open.to = d;
      else {
        open = { kind: 'uncertain', from: d, to: d, fromValue: value, toValue: value };
        stretches.push(open);
      }
      continue;
    }
    if (status === Status.Carried || status === Status.Interpolated) {
      const kind = status === Status.Carried ? 'carried' : 'interpolated';
      if (open && open.kind === kind) {
        open.to = d;
        open.toValue = value;
      } else {
        // A stretch starts from the figure it rests on; after a stale gap that is still the
        // last observed figure, since nothing newer came in between.
        open = {
          kind,
          from: lastPoint?.day ?? d,
          to: d,
          fromValue: lastPoint?.value ?? value,
          toValue: value,
        };
        stretches.push(open);
      }
      continue;
    }
    open = null;
    if (status === Status.Stale) {
      if (openStale) openStale[1] = d;
      else {
        openStale = [d, d];
        stale.push(openStale);
      }
    }
  }

  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [
    ...points.map((p) => p.value),
    ...stretches.flatMap((s) => [s.fromValue, s.toValue]),
  ]) {
    if (Number.isNaN(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return { points, stretches, stale, extent: lo <= hi ? [lo, hi] : null };
}
