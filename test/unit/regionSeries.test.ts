import { describe, it, expect } from 'vitest';
import { buildTimeline } from '../../src/core/timeline';
import { regionSeries } from '../../src/core/regionSeries';
import { LAYER, dataset, obs } from './make';

const A = '520100';
const B = '520300';

function series(interpolate: boolean, maxAgeDays = 30) {
  const observations = [
    obs(A, '2020-02-10', 50),
    obs(A, '2020-02-14', 70, { qualifier: 'at_least' }),
    obs(A, '2020-02-16', 90),
    obs(B, '2020-02-25', 10),
  ];
  const ds = dataset(observations);
  const t = buildTimeline(ds, LAYER, [A, B], { interpolate, maxAgeDays });
  return { t, s: regionSeries(t, 0, ds.observations) };
}

describe('regionSeries', () => {
  it('marks each observed figure, with its day and qualifier', () => {
    const { s } = series(false);
    expect(s.points.map((p) => [p.date, p.value, p.qualifier])).toEqual([
      ['2020-02-10', 50, 'exact'],
      ['2020-02-14', 70, 'at_least'],
      ['2020-02-16', 90, 'exact'],
    ]);
  });

  it('carries each figure flat from its day until the next figure or the end', () => {
    const { s } = series(false);
    expect(s.stretches).toEqual([
      { kind: 'carried', from: 0, to: 3, fromValue: 50, toValue: 50 },
      { kind: 'carried', from: 4, to: 5, fromValue: 70, toValue: 70 },
      { kind: 'carried', from: 6, to: 15, fromValue: 90, toValue: 90 },
    ]);
  });

  it('draws a line only between two definite figures; a bound is carried, never joined', () => {
    const { s } = series(true);
    expect(s.stretches.slice(0, 2)).toEqual([
      { kind: 'carried', from: 0, to: 3, fromValue: 50, toValue: 50 },
      { kind: 'carried', from: 4, to: 5, fromValue: 70, toValue: 70 },
    ]);
    const ds = dataset([obs(A, '2020-02-10', 50), obs(A, '2020-02-14', 70)]);
    const t = buildTimeline(ds, LAYER, [A], { interpolate: true, maxAgeDays: 30 });
    expect(regionSeries(t, 0, ds.observations).stretches).toEqual([
      { kind: 'interpolated', from: 0, to: 3, fromValue: 50, toValue: 65 },
    ]);
  });

  it('stops carrying past the maximum age and reports the stale days instead', () => {
    const { s } = series(false, 3);
    expect(s.stretches[2]).toEqual({ kind: 'carried', from: 6, to: 9, fromValue: 90, toValue: 90 });
    expect(s.stale).toEqual([[10, 15]]);
  });

  it('gives the extent of what is drawn, and nothing for a region without figures', () => {
    expect(series(false).s.extent).toEqual([50, 90]);
    const { t } = series(false);
    const none = regionSeries(t, 5, []);
    expect(none).toEqual({ points: [], stretches: [], stale: [], extent: null });
  });
});

describe('regionSeries: a figure whose day is known only within bounds', () => {
  it('draws no point for it, only an uncertain stretch from its earliest day', () => {
    const figures = [
      obs('520100', '2020-04-26', 100, { dateBasis: 'not_before' }),
      obs('520100', '2020-04-30', 90),
    ];
    const t = buildTimeline(dataset(figures), LAYER, ['520100'], {
      interpolate: false,
      maxAgeDays: 30,
    });
    const s = regionSeries(t, 0, figures);
    expect(s.points.map((p) => p.value)).toEqual([90]);
    expect(s.stretches[0]).toMatchObject({ kind: 'uncertain', from: 0, to: 3, fromValue: 100 });
  });
});
