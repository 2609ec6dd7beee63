/**
 * The map's whole history for one metric, laid out once as flat typed arrays
 * (day × region), so moving the timeline is an array lookup and never a
 * search. Each cell says not just a value but how it is known: observed that
 * day, carried forward from an earlier day, interpolated between two days, or
 * too old to trust.
 */
import { dayOf } from './dates';
import { dayAxis, type DayAxis } from './dayAxis';
import { hiddenObservations } from './conflicts';
import { splitLayerId, type LayerId } from './layers';
import type { Dataset, Observation } from './types';
import { Status } from './status';

export interface TimelineOptions {
  interpolate: boolean;
  /** A carried value older than this many days is Stale; no interpolation spans more. */
  maxAgeDays: number;
}

export interface Timeline {
  /** The layer (metric × universe) this timeline shows. */
  metric: LayerId;
  /** Every day from the first to the last observation of the whole dataset (all metrics), inclusive. */
  dates: string[];
  /** Indexes into `dates` where any region has any observation. */
  observationDays: number[];
  /** Indexes into `dates` where a region of `regions` has an observation on this layer. */
  metricObservationDays: number[];
  /** Row order, as given by the caller. */
  regions: string[];
  /** dates.length × regions.length, index d * regions.length + r; NaN = no value. */
  values: Float32Array;
  status: Uint8Array;
  /** Days since the (earlier) observation shown; 0 when observed or none. */
  age: Uint16Array;
  /** Index into dataset.observations of the observation shown (interpolated: the earlier one), -1 none. */
  obs: Int32Array;
  /** Interpolated: the later observation; otherwise -1. */
  obsNext: Int32Array;
}

export interface Sample {
  value: number;
  status: Status;
  age: number;
  obs: number;
  obsNext: number;
}

const MAX_AGE = 65_535;

// A bound says only that the true value lies on one side, and a figure of unknown day has no
// place on the line: a straight line from either would invent figures no source gave.
const canInterpolate = (o: Observation): boolean =>
  (o.qualifier === 'exact' || o.qualifier === 'about') && o.dateBasis !== 'not_before';

/** Last day (absolute) on which a figure may first have held; Infinity when unbounded. */
function latestDay(o: Observation, day: number): number {
  if (o.dateBasis !== 'not_before') return day;
  const latest = dayOf(o.dateLatest);
  return Number.isNaN(latest) ? Infinity : latest;
}

export function buildTimeline(
  dataset: Dataset,
  layer: LayerId,
  regions: string[],
  options: TimelineOptions,
  axis: DayAxis = dayAxis(dataset.observations),
): Timeline {
  const observations = dataset.observations;
  const { metric, universe } = splitLayerId(layer);
  // Losers of a conflict are listed beside the winner, never drawn.
  const hidden = hiddenObservations(dataset.conflicts);
  // Observations with a date that is not a date cannot be placed; the parser
  // already reports them, so here they are simply left out.
  const { first, dates } = axis;
  const dayCount = dates.length;

  const R = regions.length;
  const rowsOf = new Map<string, number[]>();
  regions.forEach((code, r) => {
    const list = rowsOf.get(code);
    if (list) list.push(r);
    else rowsOf.set(code, [r]);
  });

  const size = dayCount * R;
  const metricDay = new Uint8Array(dayCount);
  // The figure each region shows on each day it has one; -1 elsewhere.
  const picked = new Int32Array(size).fill(-1);
  observations.forEach((o, i) => {
    const day = axis.dayOf[i] ?? -1;
    if (day === -1) return;
    if (o.metric !== metric || o.universe !== universe || !Number.isFinite(o.value)) return;
    if (hidden.has(i)) return;
    const rows = rowsOf.get(o.region);
    if (!rows) return;
    metricDay[day] = 1;
    // Conflicts are settled before: one figure per region, layer and day remains.
    for (const r of rows) picked[day * R + r] = i;
  });

  const values = new Float32Array(size).fill(NaN);
  const status = new Uint8Array(size);
  const age = new Uint16Array(size);
  const obs = new Int32Array(size).fill(-1);
  const obsNext = new Int32Array(size).fill(-1);
  const maxAge = Number.isNaN(options.maxAgeDays) ? 0 : Math.max(0, options.maxAgeDays);

  // A region's figures are met in day order, so the next one is found by scanning on from the
  // last: one pass over the region's days, with nothing allocated per figure.
  const nextPick = (r: number, from: number): number => {
    for (let d = from; d < dayCount; d++) if ((picked[d * R + r] ?? -1) !== -1) return d;
    return -1;
  };
  for (let r = 0; r < R; r++) {
    const start = nextPick(r, 0);
    if (start === -1) continue;
    let prevDay = start;
    let prevObs = picked[start * R + r] ?? -1;
    let nextDay = nextPick(r, start + 1);
    let nextObs = nextDay === -1 ? -1 : (picked[nextDay * R + r] ?? -1);
    for (let d = start; d < dayCount; d++) {
      if (d === nextDay) {
        prevDay = d;
        prevObs = nextObs;
        nextDay = nextPick(r, d + 1);
        nextObs = nextDay === -1 ? -1 : (picked[nextDay * R + r] ?? -1);
      }
      const p = observations[prevObs] as Observation;
      const cell = d * R + r;
      obs[cell] = prevObs;
      if (d === prevDay) {
        values[cell] = p.value;
        status[cell] = p.dateBasis === 'not_before' ? Status.Uncertain : Status.Observed;
        continue;
      }
      const since = d - prevDay;
      age[cell] = Math.min(since, MAX_AGE);
      const latest = latestDay(p, first + prevDay) - first;
      if (d <= latest) {
        // Known to hold from some day in [prev.day, latest]: neither observed nor carried.
        values[cell] = p.value;
        status[cell] = since > maxAge ? Status.Stale : Status.Uncertain;
        continue;
      }
      const n = nextObs === -1 ? undefined : (observations[nextObs] as Observation);
      if (
        options.interpolate &&
        n &&
        canInterpolate(p) &&
        canInterpolate(n) &&
        // A line from the firms due to resume to all firms would draw a trend no source reports.
        p.subset === n.subset &&
        nextDay - prevDay <= maxAge
      ) {
        values[cell] = p.value + ((n.value - p.value) * since) / (nextDay - prevDay);
        status[cell] = Status.Interpolated;
        obsNext[cell] = nextObs;
      } else {
        // A bounded figure ages from the last day it may first have held.
        const carried = Number.isFinite(latest) && latest > prevDay ? d - latest : since;
        age[cell] = Math.min(carried, MAX_AGE);
        values[cell] = p.value;
        status[cell] = carried > maxAge ? Status.Stale : Status.Carried;
      }
    }
  }

  return {
    metric: layer,
    dates,
    observationDays: axis.observationDays,
    metricObservationDays: indexesOf(metricDay),
    regions: [...regions],
    values,
    status,
    age,
    obs,
    obsNext,
  };
}

function indexesOf(flags: Uint8Array): number[] {
  const out: number[] = [];
  flags.forEach((f, d) => {
    if (f) out.push(d);
  });
  return out;
}

const NONE: Sample = Object.freeze({
  value: NaN,
  status: Status.None,
  age: 0,
  obs: -1,
  obsNext: -1,
});

/** One cell; outside the table it is None rather than an error, so a stale index cannot crash a frame. */
export function sampleAt(t: Timeline, dayIndex: number, regionIndex: number): Sample {
  const R = t.regions.length;
  if (
    !Number.isInteger(dayIndex) ||
    !Number.isInteger(regionIndex) ||
    dayIndex < 0 ||
    dayIndex >= t.dates.length ||
    regionIndex < 0 ||
    regionIndex >= R
  ) {
    return { ...NONE };
  }
  const i = dayIndex * R + regionIndex;
  return {
    value: t.values[i] ?? NaN,
    status: (t.status[i] ?? Status.None) as Status,
    age: t.age[i] ?? 0,
    obs: t.obs[i] ?? -1,
    obsNext: t.obsNext[i] ?? -1,
  };
}

/** Smallest and largest value over the whole period, so a scale built on it never moves while playing. */
export function valueExtent(t: Timeline): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  // An indexed loop: run once over millions of cells, before the engine optimises it, an
  // iterator costs three times as much.
  const { values } = t;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}
