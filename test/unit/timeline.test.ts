import { describe, it, expect } from 'vitest';
import {
  buildTimeline,
  sampleAt,
  valueExtent,
  type TimelineOptions,
} from '../../src/core/timeline';
import { findConflicts } from '../../src/core/conflicts';
import { Status } from '../../src/core/status';
import { LAYER, dataset, obs } from './make';

const FILES = { observations: 'observations.csv', precedence: 'precedence.csv' };

const CARRY: TimelineOptions = { interpolate: false, maxAgeDays: 30 };
const INTERP: TimelineOptions = { interpolate: true, maxAgeDays: 30 };
const A = '520100';
const B = '522300';

/** Day index of an ISO date in a timeline. */
const at = (dates: string[], iso: string): number => {
  const i = dates.indexOf(iso);
  if (i < 0) throw new Error(`${iso} not in timeline`);
  return i;
};

describe('buildTimeline: the date axis', () => {
  it('spans every day from the first to the last observation of any metric', () => {
    const ds = dataset([
      obs(A, '2020-02-10', 50),
      obs(B, '2020-02-14', 10, { metric: 'other' }),
      obs(A, '2020-02-12', 60),
    ]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(t.dates).toEqual(['2020-02-10', '2020-02-11', '2020-02-12', '2020-02-13', '2020-02-14']);
  });

  it('marks days with any observation, and days with one of this metric in these rows', () => {
    const ds = dataset([
      obs(A, '2020-02-10', 50),
      obs(B, '2020-02-14', 10, { metric: 'other' }),
      obs(B, '2020-02-12', 60),
    ]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(t.observationDays).toEqual([0, 2, 4]);
    expect(t.metricObservationDays).toEqual([0]);
    expect(buildTimeline(ds, LAYER, [A, B], CARRY).metricObservationDays).toEqual([0, 2]);
  });

  it('an empty dataset gives an empty timeline', () => {
    const t = buildTimeline(dataset([]), LAYER, [A], CARRY);
    expect(t.dates).toEqual([]);
    expect(t.values).toHaveLength(0);
    expect(valueExtent(t)).toBeNull();
  });

  it('keeps the row order the caller gives, and lays cells out day-major', () => {
    const ds = dataset([obs(A, '2020-02-10', 50), obs(B, '2020-02-10', 70)]);
    const t = buildTimeline(ds, LAYER, [B, A], CARRY);
    expect(t.regions).toEqual([B, A]);
    expect(t.values.length).toBe(t.dates.length * 2);
    expect(t.values[0]).toBe(70);
    expect(t.values[1]).toBe(50);
  });
});

describe('buildTimeline: what each cell shows', () => {
  it('a region observed that day is Observed with age 0 and its observation', () => {
    const ds = dataset([obs(A, '2020-02-10', 50)]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(sampleAt(t, 0, 0)).toEqual({
      value: 50,
      status: Status.Observed,
      age: 0,
      obs: 0,
      obsNext: -1,
    });
  });

  it('before its first observation a region shows None', () => {
    const ds = dataset([obs(B, '2020-02-01', 10), obs(A, '2020-02-10', 50)]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    const s = sampleAt(t, 0, 0);
    expect(s.status).toBe(Status.None);
    expect(s.value).toBeNaN();
    expect(s.obs).toBe(-1);
    expect(s.age).toBe(0);
  });

  it('after an observation the value is Carried forward with its age', () => {
    const ds = dataset([obs(A, '2020-02-10', 50), obs(B, '2020-02-15', 1)]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(sampleAt(t, 5, 0)).toEqual({
      value: 50,
      status: Status.Carried,
      age: 5,
      obs: 0,
      obsNext: -1,
    });
  });

  it('a carried value older than maxAge becomes Stale, and keeps its value and source', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(B, '2020-02-20', 1)]);
    const t = buildTimeline(ds, LAYER, [A], { interpolate: false, maxAgeDays: 10 });
    expect(sampleAt(t, 10, 0).status).toBe(Status.Carried);
    const s = sampleAt(t, 11, 0);
    expect(s).toEqual({ value: 50, status: Status.Stale, age: 11, obs: 0, obsNext: -1 });
  });

  it('with maxAge 0 anything not observed that day is Stale', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(B, '2020-02-03', 1)]);
    const t = buildTimeline(ds, LAYER, [A], { interpolate: false, maxAgeDays: 0 });
    expect(sampleAt(t, 1, 0).status).toBe(Status.Stale);
  });

  it('a later observation replaces the carried one', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-03', 70)]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect([0, 1, 2].map((d) => sampleAt(t, d, 0).value)).toEqual([50, 50, 70]);
    expect([0, 1, 2].map((d) => sampleAt(t, d, 0).status)).toEqual([
      Status.Observed,
      Status.Carried,
      Status.Observed,
    ]);
  });

  it('without interpolation, days between two observations are carried, not blended', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-05', 90)]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(sampleAt(t, 2, 0)).toMatchObject({ value: 50, status: Status.Carried, obsNext: -1 });
  });

  it('never interpolates from a subset to the whole universe: the earlier one is carried', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 100, { subset: 'due_to_resume' }),
      obs(A, '2020-02-05', 64),
    ]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 2, 0)).toMatchObject({ value: 100, status: Status.Carried });
  });

  it('a layer shows only its own universe: another universe is neither drawn nor carried', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 100, { universe: 'key_projects' }),
      obs(A, '2020-02-05', 64),
    ]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 0, 0).status).toBe(Status.None);
    expect(sampleAt(t, 2, 0).status).toBe(Status.None);
    expect(sampleAt(t, 4, 0)).toMatchObject({ value: 64, status: Status.Observed });
    expect(t.metricObservationDays).toEqual([4]);
  });

  it('interpolates between two figures of the same scope, and marks it', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 50, { scope: '规模以上工业企业' }),
      obs(A, '2020-02-05', 90, { scope: '规模以上工业企业' }),
    ]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 2, 0)).toMatchObject({ value: 70, status: Status.Interpolated });
  });

  it('observations of other metrics or other regions do not leak into a row', () => {
    const ds = dataset([obs(A, '2020-02-01', 50, { metric: 'other' }), obs(B, '2020-02-01', 70)]);
    const t = buildTimeline(ds, LAYER, [A, B], CARRY);
    expect(sampleAt(t, 0, 0).status).toBe(Status.None);
    expect(sampleAt(t, 0, 1).value).toBe(70);
  });

  it('a region in the row order with no data at all is None throughout', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-04', 60)]);
    const t = buildTimeline(ds, LAYER, [A, '999999'], CARRY);
    for (let d = 0; d < t.dates.length; d++) expect(sampleAt(t, d, 1).status).toBe(Status.None);
  });

  it('a metric with no observations is None everywhere', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-04', 60)]);
    const t = buildTimeline(ds, 'absent', [A], INTERP);
    expect([...t.status].every((s) => s === Status.None)).toBe(true);
    expect(t.metricObservationDays).toEqual([]);
    expect(valueExtent(t)).toBeNull();
  });

  it('the same region listed twice fills both rows', () => {
    const ds = dataset([obs(A, '2020-02-01', 50)]);
    const t = buildTimeline(ds, LAYER, [A, A], CARRY);
    expect(sampleAt(t, 0, 1).value).toBe(50);
  });
});

describe('buildTimeline: interpolation', () => {
  it('days strictly between two exact observations are Interpolated linearly', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-05', 90)]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect([0, 1, 2, 3, 4].map((d) => sampleAt(t, d, 0).value)).toEqual([50, 60, 70, 80, 90]);
    expect(sampleAt(t, 0, 0).status).toBe(Status.Observed);
    expect(sampleAt(t, 4, 0).status).toBe(Status.Observed);
    expect(sampleAt(t, 2, 0)).toEqual({
      value: 70,
      status: Status.Interpolated,
      age: 2,
      obs: 0,
      obsNext: 1,
    });
  });

  it('interpolates between "about" figures as well as exact ones', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 50, { qualifier: 'about' }),
      obs(A, '2020-02-03', 70),
    ]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 1, 0)).toMatchObject({ value: 60, status: Status.Interpolated });
  });

  it('never interpolates from a bound: a ≥ figure is carried instead', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 50, { qualifier: 'at_least' }),
      obs(A, '2020-02-05', 90),
    ]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 2, 0)).toMatchObject({
      value: 50,
      status: Status.Carried,
      obs: 0,
      obsNext: -1,
    });
  });

  it('never interpolates towards a bound: a ≤ figure at the far end also means carry', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 50),
      obs(A, '2020-02-05', 90, { qualifier: 'at_most' }),
    ]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 2, 0)).toMatchObject({ value: 50, status: Status.Carried });
  });

  it('never interpolates across a gap longer than maxAge; the old value is carried and goes stale', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-21', 90)]);
    const t = buildTimeline(ds, LAYER, [A], { interpolate: true, maxAgeDays: 10 });
    expect(sampleAt(t, 5, 0)).toMatchObject({ value: 50, status: Status.Carried });
    expect(sampleAt(t, 15, 0)).toMatchObject({ value: 50, status: Status.Stale, age: 15 });
  });

  it('interpolates across a gap of exactly maxAge', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-11', 60)]);
    const t = buildTimeline(ds, LAYER, [A], { interpolate: true, maxAgeDays: 10 });
    expect(sampleAt(t, 9, 0)).toMatchObject({ status: Status.Interpolated });
    expect(sampleAt(t, 9, 0).value).toBeCloseTo(59, 5);
  });

  it('after the last observation a region is carried even with interpolation on', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(B, '2020-02-05', 1)]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 3, 0)).toMatchObject({ value: 50, status: Status.Carried, age: 3 });
  });

  it('does not interpolate with a different region or metric', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 50),
      obs(B, '2020-02-05', 90),
      obs(A, '2020-02-05', 1, { metric: 'x' }),
    ]);
    const t = buildTimeline(ds, LAYER, [A, B], INTERP);
    expect(sampleAt(t, 2, 0)).toMatchObject({ value: 50, status: Status.Carried });
  });
});

describe('buildTimeline: several figures on one day', () => {
  const pair = () => [
    obs(A, '2020-02-01', 80),
    obs(A, '2020-02-01', 90, { qualifier: 'at_least' }),
  ];

  it('draws the figure the dataset says wins, whatever the row order', () => {
    const figures = pair();
    const ds = dataset(figures);
    const rule = {
      row: 1,
      shown: figures[1]!.id,
      over: figures[0]!.id,
      reasonZh: '后',
      reasonEn: 'later',
    };
    ds.conflicts = findConflicts(figures, [rule], FILES).conflicts;
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(sampleAt(t, 0, 0)).toMatchObject({ value: 90, obs: 1 });
  });

  it('never draws the figure that lost, not even carried forward', () => {
    const figures = [...pair(), obs(A, '2020-02-03', 70, { universe: 'other' })];
    const ds = dataset(figures);
    const rule = {
      row: 1,
      shown: figures[0]!.id,
      over: figures[1]!.id,
      reasonZh: '精确',
      reasonEn: 'exact',
    };
    ds.conflicts = findConflicts(figures, [rule], FILES).conflicts;
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    for (const d of [0, 1, 2]) expect(sampleAt(t, d, 0).obs).toBe(0);
  });
});

describe('buildTimeline: a figure whose day is known only within bounds', () => {
  it('is shown from its earliest possible day as uncertain, never as observed', () => {
    const ds = dataset([
      obs(A, '2020-04-26', 100, { dateBasis: 'not_before' }),
      obs(B, '2020-05-10', 1),
    ]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(sampleAt(t, 0, 0)).toMatchObject({ value: 100, status: Status.Uncertain, age: 0 });
    expect(sampleAt(t, 14, 0)).toMatchObject({ value: 100, status: Status.Uncertain, age: 14 });
  });

  it('after its latest possible day it is carried, aged from that day', () => {
    const ds = dataset([
      obs(A, '2020-04-26', 100, { dateBasis: 'not_before', dateLatest: '2020-04-29' }),
      obs(B, '2020-05-10', 1),
    ]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(sampleAt(t, 3, 0).status).toBe(Status.Uncertain);
    expect(sampleAt(t, 4, 0)).toMatchObject({ status: Status.Carried, age: 1 });
  });

  it('goes stale like any figure once older than the maximum age', () => {
    const ds = dataset([
      obs(A, '2020-04-01', 100, { dateBasis: 'not_before' }),
      obs(B, '2020-06-01', 1),
    ]);
    const t = buildTimeline(ds, LAYER, [A], CARRY);
    expect(sampleAt(t, 30, 0).status).toBe(Status.Uncertain);
    expect(sampleAt(t, 31, 0).status).toBe(Status.Stale);
  });

  it('is never an end of an interpolated line', () => {
    const ds = dataset([
      obs(A, '2020-04-01', 50, { dateBasis: 'not_before' }),
      obs(A, '2020-04-05', 90),
    ]);
    const t = buildTimeline(ds, LAYER, [A], INTERP);
    expect(sampleAt(t, 2, 0).status).toBe(Status.Uncertain);
  });
});

describe('sampleAt', () => {
  const t = buildTimeline(dataset([obs(A, '2020-02-01', 50)]), LAYER, [A], CARRY);

  it('outside the table it gives None rather than failing', () => {
    for (const [d, r] of [
      [-1, 0],
      [1, 0],
      [0, 1],
      [0, -1],
      [0.5, 0],
    ] as const) {
      expect(sampleAt(t, d, r).status).toBe(Status.None);
    }
  });
});

describe('valueExtent', () => {
  it('spans the smallest and largest value over the whole period and all rows', () => {
    const ds = dataset([
      obs(A, '2020-02-01', 50),
      obs(B, '2020-03-01', 99.5),
      obs(A, '2020-02-20', 70),
    ]);
    const t = buildTimeline(ds, LAYER, [A, B], CARRY);
    const e = valueExtent(t);
    expect(e?.[0]).toBe(50);
    expect(e?.[1]).toBeCloseTo(99.5, 5);
  });

  it('ignores other metrics', () => {
    const ds = dataset([obs(A, '2020-02-01', 50), obs(A, '2020-02-02', 5000, { metric: 'x' })]);
    expect(valueExtent(buildTimeline(ds, LAYER, [A], CARRY))).toEqual([50, 50]);
  });
});

// Speed is the benchmark's to measure (npm run bench); this checks the layout at scale.
describe('buildTimeline: at scale', () => {
  it('lays out a year × 200 regions with thousands of observations, one cell per region and day', () => {
    const regions = Array.from({ length: 200 }, (_, i) => String(520000 + i));
    const observations = [];
    for (let k = 0; k < 5000; k++) {
      const day = String(1 + (k % 28)).padStart(2, '0');
      const month = String(1 + (k % 12)).padStart(2, '0');
      observations.push(obs(regions[k % 200] as string, `2020-${month}-${day}`, k % 100));
    }
    const t = buildTimeline(dataset(observations), LAYER, regions, INTERP);
    expect(t.dates.length).toBeGreaterThan(300);
    expect(t.status.length).toBe(t.dates.length * regions.length);
    expect(at(t.dates, '2020-06-15')).toBeGreaterThan(0);
  });
});
