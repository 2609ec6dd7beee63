/**
 * Where each day lies along the timeline track and the pinned chart. Over one episode the
 * days are evenly spaced. Over the whole period the stretches with no figure between episodes
 * (about two years in the shipped data) are compressed to a short break, so each episode
 * keeps room on the track; the break is drawn, so the reader sees that time was left out.
 */
import type { Episode } from './episodes';

export interface AxisBreak {
  /** The first and last day the break stands for. */
  firstDay: number;
  lastDay: number;
  /** Where it begins and ends along the track, 0 to 1. */
  from: number;
  to: number;
}

export interface TimeAxis {
  /** The first and last day on the track, inclusive. */
  range: readonly [number, number];
  /** Positions along the track: 0 is the first day and `steps` the last. */
  steps: number;
  /** A day's position, 0 to `steps` (days inside a break share its stretch). */
  position(day: number): number;
  /** The day at a position; inside a break, the day its share of the break stands for. */
  dayAt(position: number): number;
  /** A day's place along the track, 0 to 1. */
  at(day: number): number;
  breaks: readonly AxisBreak[];
}

// A stretch without figures longer than this becomes a break…
const MIN_BREAK_DAYS = 60;
// …as wide as this share of the days the episodes show, and never less than a few steps.
const BREAK_SHARE = 0.04;
const MIN_BREAK_STEPS = 3;

interface Segment {
  firstDay: number;
  lastDay: number;
  /** Position of the first day, and the positions the segment takes up. */
  start: number;
  width: number;
  compressed: boolean;
}

/**
 * The axis over `range`. Every day not inside an episode and in a run longer than
 * MIN_BREAK_DAYS is compressed; with no episodes, or a range inside one, the axis is even.
 */
export function timeAxis(range: readonly [number, number], episodes: readonly Episode[]): TimeAxis {
  const [lo, hi] = range[1] >= range[0] ? range : [range[0], range[0]];
  const runs = emptyRuns(lo, hi, episodes);
  const shownDays = hi - lo + 1 - runs.reduce((n, [a, b]) => n + b - a + 1, 0);
  const breakSteps = Math.max(MIN_BREAK_STEPS, Math.round(shownDays * BREAK_SHARE));
  const segments: Segment[] = [];
  let day = lo;
  let start = 0;
  const push = (firstDay: number, lastDay: number, compressed: boolean) => {
    if (lastDay < firstDay) return;
    const days = lastDay - firstDay + 1;
    const width = compressed ? Math.min(days, breakSteps) : days;
    segments.push({ firstDay, lastDay, start, width, compressed });
    start += width;
  };
  for (const [a, b] of runs) {
    push(day, a - 1, false);
    push(a, b, true);
    day = b + 1;
  }
  push(day, hi, false);
  // The last day sits at the end of the track, not one step before it.
  const steps = Math.max(0, start - 1);

  const segmentOfDay = (d: number): Segment | undefined =>
    segments.find((s) => d <= s.lastDay) ?? segments[segments.length - 1];
  const position = (d: number): number => {
    const c = Math.min(hi, Math.max(lo, d));
    const s = segmentOfDay(c);
    if (!s) return 0;
    const offset = c - s.firstDay;
    const p = s.compressed ? (offset * s.width) / (s.lastDay - s.firstDay + 1) : offset;
    return Math.min(steps, s.start + p);
  };
  const dayAt = (p: number): number => {
    const c = Math.min(steps, Math.max(0, p));
    const s = segments.find((x) => c < x.start + x.width) ?? segments[segments.length - 1];
    if (!s) return lo;
    const offset = c - s.start;
    const d = s.compressed
      ? s.firstDay + Math.floor((offset * (s.lastDay - s.firstDay + 1)) / s.width)
      : s.firstDay + Math.round(offset);
    return Math.min(s.lastDay, Math.max(s.firstDay, d));
  };
  const at = (d: number) => (steps === 0 ? 0 : position(d) / steps);
  const breaks = segments
    .filter((s) => s.compressed)
    .map((s) => ({
      firstDay: s.firstDay,
      lastDay: s.lastDay,
      from: steps === 0 ? 0 : s.start / steps,
      to: steps === 0 ? 0 : Math.min(1, (s.start + s.width) / steps),
    }));
  return { range: [lo, hi], steps, position, dayAt, at, breaks };
}

/** The runs of days in [lo, hi] outside every episode that are long enough to compress. */
function emptyRuns(lo: number, hi: number, episodes: readonly Episode[]): [number, number][] {
  const covered = episodes
    .map((e): [number, number] => [Math.max(lo, e.start), Math.min(hi, e.end)])
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  // Without an episode in the range nothing says which days matter: the axis stays even.
  if (covered.length === 0) return [];
  const runs: [number, number][] = [];
  let day = lo;
  for (const [a, b] of covered) {
    if (a - day > MIN_BREAK_DAYS) runs.push([day, a - 1]);
    day = Math.max(day, b + 1);
  }
  if (hi + 1 - day > MIN_BREAK_DAYS) runs.push([day, hi]);
  return runs;
}
