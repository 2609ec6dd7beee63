import { describe, expect, it } from 'vitest';
import { dayAxis } from '../../src/core/dayAxis';
import { buildTimeline } from '../../src/core/timeline';
import { LAYER, dataset, obs } from './make';

describe('dayAxis', () => {
  it('spans every day from the first figure to the last, in any metric and any order', () => {
    const axis = dayAxis([
      obs('520100', '2020-03-02', 90),
      obs('520300', '2020-02-28', 80, { metric: 'other' }),
    ]);
    expect(axis.dates).toEqual(['2020-02-28', '2020-02-29', '2020-03-01', '2020-03-02']);
    expect([...axis.dayOf]).toEqual([3, 0]);
  });

  it('lists each day with any figure once, in order', () => {
    const axis = dayAxis([
      obs('520100', '2020-02-05', 90),
      obs('520300', '2020-02-01', 80),
      obs('520300', '2020-02-05', 85),
    ]);
    expect(axis.observationDays).toEqual([0, 4]);
  });

  it('gives a figure whose date is not a date no day, and the others keep theirs', () => {
    const axis = dayAxis([obs('520100', '2020-02-30', 90), obs('520300', '2020-02-01', 80)]);
    expect([...axis.dayOf]).toEqual([-1, 0]);
    expect(axis.dates).toEqual(['2020-02-01']);
  });

  it('has no days without figures', () => {
    const axis = dayAxis([]);
    expect(axis.dates).toEqual([]);
    expect(axis.observationDays).toEqual([]);
  });

  it('gives a timeline the same table whether it is handed the axis or works it out', () => {
    const data = dataset([
      obs('520100', '2020-02-01', 60),
      obs('520100', '2020-02-04', 90),
      obs('520300', '2020-02-02', 70, { metric: 'other' }),
    ]);
    const options = { interpolate: true, maxAgeDays: 30 };
    const regions = ['520100', '520300'];
    const handed = buildTimeline(data, LAYER, regions, options, dayAxis(data.observations));
    const own = buildTimeline(data, LAYER, regions, options);
    expect(handed).toEqual(own);
    expect(handed.observationDays).toEqual([0, 1, 3]);
  });
});
