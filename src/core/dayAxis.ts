/**
 * The days a dataset spans, worked out once from its observations: every timeline of every
 * metric shares them, and a million figures are not dated again for each.
 */
import { dayOf, fromDay } from './dates';
import type { Observation } from './types';

export interface DayAxis {
  /** Absolute day (since 1970-01-01) of `dates[0]`; Infinity when nothing is dated. */
  first: number;
  /** Every day from the first to the last observation, inclusive. */
  dates: string[];
  /** Each observation's index into `dates`; -1 where its date is not a date. */
  dayOf: Int32Array;
  /** Indexes into `dates` on which any observation falls, in order. */
  observationDays: number[];
}

export function dayAxis(observations: readonly Observation[]): DayAxis {
  const absolute = new Float64Array(observations.length);
  let first = Infinity;
  let last = -Infinity;
  observations.forEach((o, i) => {
    const d = dayOf(o.date);
    absolute[i] = d;
    if (d < first) first = d;
    if (d > last) last = d;
  });
  const dayCount = Number.isFinite(first) ? last - first + 1 : 0;
  const dates: string[] = [];
  for (let d = 0; d < dayCount; d++) dates.push(fromDay(first + d));

  const index = new Int32Array(observations.length);
  const any = new Uint8Array(dayCount);
  absolute.forEach((d, i) => {
    if (Number.isNaN(d)) {
      index[i] = -1;
      return;
    }
    index[i] = d - first;
    any[d - first] = 1;
  });
  const observationDays: number[] = [];
  any.forEach((flag, d) => {
    if (flag) observationDays.push(d);
  });
  return { first, dates, dayOf: index, observationDays };
}
