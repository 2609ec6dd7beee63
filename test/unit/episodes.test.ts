import { describe, it, expect } from 'vitest';
import {
  ALL_DATES,
  busiestEpisode,
  episodeAt,
  episodeRange,
  findEpisodes,
} from '../../src/core/episodes';
import { addDays } from '../../src/core/dates';

/** Consecutive ISO days from `first` to `last`, like the app's date axis. */
function axis(first: string, last: string): string[] {
  const out = [first];
  while (out[out.length - 1] !== last) out.push(addDays(out[out.length - 1] as string, 1));
  return out;
}
const at = (dates: string[], iso: string) => dates.indexOf(iso);

describe('findEpisodes', () => {
  const dates = axis('2020-02-10', '2022-11-24');
  const obs = ['2020-02-10', '2020-02-27', '2020-03-19', '2022-04-13', '2022-10-31', '2022-11-24'];
  const days = obs.map((d) => at(dates, d));

  it('splits where observation days are further apart than the gap', () => {
    expect(findEpisodes(dates, days, { gapDays: 365 }).map((e) => e.id)).toEqual([
      '2020-spring',
      '2022',
    ]);
    expect(findEpisodes(dates, days, { gapDays: 90 }).map((e) => e.id)).toEqual([
      '2020-spring',
      '2022-spring',
      '2022-winter',
    ]);
  });

  it('names a short episode by its season and a long one by its year, in both languages', () => {
    const [spring, year] = findEpisodes(dates, days, { gapDays: 365 });
    expect(spring?.label).toEqual({ zh: '2020年春', en: 'Spring 2020' });
    expect(year?.label).toEqual({ zh: '2022', en: '2022' });
  });

  it('pads each episode a few days either side of its figures, inside the period', () => {
    const [spring, year] = findEpisodes(dates, days, { gapDays: 365, padDays: 3 });
    expect(spring?.start).toBe(0);
    expect(dates[spring?.end ?? -1]).toBe('2020-03-22');
    expect(dates[year?.start ?? -1]).toBe('2022-04-10');
    expect(year?.end).toBe(dates.length - 1);
    expect(dates[year?.firstObservation ?? -1]).toBe('2022-04-13');
    expect(dates[year?.lastObservation ?? -1]).toBe('2022-11-24');
  });

  it('never lets padding overlap the neighbouring episode', () => {
    const d = axis('2020-01-01', '2020-01-20');
    const [a, b] = findEpisodes(d, [0, 10], { gapDays: 5, padDays: 8 });
    expect(a!.end).toBeLessThan(b!.start);
  });

  it('tells apart two episodes that would get the same name, by their months', () => {
    const d = axis('2020-02-01', '2020-04-30');
    const eps = findEpisodes(d, [at(d, '2020-02-03'), at(d, '2020-04-20')], { gapDays: 30 });
    expect(eps.map((e) => e.label.zh)).toEqual(['2020年2月', '2020年4月']);
    expect(eps.map((e) => e.label.en)).toEqual(['Feb 2020', 'Apr 2020']);
    expect(new Set(eps.map((e) => e.id)).size).toBe(2);
  });

  it('ignores repeated, unsorted and out-of-range days; no days give no episodes', () => {
    const d = axis('2020-02-01', '2020-02-10');
    expect(findEpisodes(d, [5, 2, 5, -1, 99, 1.5])).toHaveLength(1);
    expect(findEpisodes(d, [])).toEqual([]);
    expect(findEpisodes([], [0])).toEqual([]);
  });
});

describe('episodeRange and episodeAt', () => {
  const dates = axis('2020-01-01', '2020-12-31');
  const eps = findEpisodes(dates, [40, 50, 300], { gapDays: 60, padDays: 2 });

  it('gives the episode days, or the whole period for "all" and unknown ids', () => {
    expect(episodeRange(eps, eps[0]!.id, dates.length)).toEqual([38, 52]);
    expect(episodeRange(eps, ALL_DATES, dates.length)).toEqual([0, dates.length - 1]);
    expect(episodeRange(eps, 'nonsense', dates.length)).toEqual([0, dates.length - 1]);
    expect(episodeRange(eps, undefined, 0)).toEqual([0, 0]);
  });

  it('finds the episode holding a day, padding included, and none between', () => {
    expect(episodeAt(eps, 38)?.id).toBe(eps[0]!.id);
    expect(episodeAt(eps, 302)?.id).toBe(eps[1]!.id);
    expect(episodeAt(eps, 200)).toBeNull();
  });
});

describe('busiestEpisode', () => {
  const dates = axis('2020-02-10', '2022-11-24');
  const days = ['2020-02-10', '2020-03-19', '2022-04-13', '2022-11-24'].map((d) => at(dates, d));
  const [spring, year] = findEpisodes(dates, days, { gapDays: 365 });

  it('is the episode that holds the most figures, each observation counted', () => {
    const figures = [...days, at(dates, '2020-03-19'), at(dates, '2020-03-19')];
    expect(busiestEpisode([spring!, year!], figures)?.id).toBe('2020-spring');
    const later = [...days, at(dates, '2022-05-01'), at(dates, '2022-05-02')];
    expect(busiestEpisode([spring!, year!], later)?.id).toBe('2022');
  });

  it('goes to the earlier episode on a tie, and is null with no episode or no figure in one', () => {
    expect(busiestEpisode([spring!, year!], days)?.id).toBe('2020-spring');
    expect(busiestEpisode([], days)).toBeNull();
    expect(busiestEpisode([spring!, year!], [])).toBeNull();
  });
});
