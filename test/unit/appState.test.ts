import { describe, it, expect } from 'vitest';
import {
  MAX_SPEED,
  MIN_SPEED,
  createAppState,
  dayIndexOf,
  rangeOf,
  reduce,
  type Action,
  type AppState,
  type ReduceContext,
} from '../../src/core/appState';
import { ALL_DATES, findEpisodes } from '../../src/core/episodes';
import { fromDay, toDay } from '../../src/core/dates';

const dates = ['2020-02-01', '2020-02-02', '2020-02-03', '2020-02-04', '2020-02-05'];
const ctx: ReduceContext = { dates, observationDays: [0, 2, 4] };
const start = (over: Partial<AppState> = {}): AppState =>
  createAppState(ctx, { metric: 'work_rate', ...over });
const run = (s: AppState, ...actions: Action[]): AppState =>
  actions.reduce((acc, a) => reduce(acc, a, ctx), s);

describe('createAppState', () => {
  it('places a given date in the period and keeps date and dayIndex together', () => {
    const s = start({ date: '2020-02-03' });
    expect(s.dayIndex).toBe(2);
    expect(s.date).toBe('2020-02-03');
  });

  it('a date outside the period goes to the nearest end', () => {
    expect(start({ date: '2019-01-01' }).date).toBe('2020-02-01');
    expect(start({ date: '2021-01-01' }).date).toBe('2020-02-05');
  });

  it('starts paused, with no pin; hover is the map’s own, never in the state', () => {
    const s = start();
    expect(s.playing).toBe(false);
    expect(s.region).toBeNull();
    expect('hover' in s).toBe(false);
  });

  it('an empty period gives day 0 and no date', () => {
    expect(createAppState({ dates: [], observationDays: [] })).toMatchObject({
      dayIndex: 0,
      date: '',
    });
  });
});

describe('dayIndexOf', () => {
  it('finds a date, or the nearest end of the period', () => {
    expect(dayIndexOf(dates, '2020-02-04')).toBe(3);
    expect(dayIndexOf(dates, '2000-01-01')).toBe(0);
    expect(dayIndexOf(dates, '2030-01-01')).toBe(4);
    expect(dayIndexOf([], '2020-01-01')).toBe(0);
  });
});

describe('reduce: moving in time', () => {
  it('setDay sets the day and its date', () => {
    const s = run(start(), { type: 'setDay', dayIndex: 3 });
    expect([s.dayIndex, s.date]).toEqual([3, '2020-02-04']);
  });

  it('setDay clamps to the period and rounds to a whole day', () => {
    expect(run(start(), { type: 'setDay', dayIndex: 99 }).dayIndex).toBe(4);
    expect(run(start(), { type: 'setDay', dayIndex: -3 }).dayIndex).toBe(0);
    expect(run(start(), { type: 'setDay', dayIndex: 1.6 }).dayIndex).toBe(2);
    expect(run(start(), { type: 'setDay', dayIndex: NaN }).dayIndex).toBe(0);
  });

  it('setDate goes to a date, or the nearest end', () => {
    expect(run(start(), { type: 'setDate', date: '2020-02-04' }).dayIndex).toBe(3);
    expect(run(start(), { type: 'setDate', date: '2099-01-01' }).dayIndex).toBe(4);
  });

  it('step moves by delta and stops at the ends', () => {
    const s = start({ dayIndex: 1 });
    expect(run(s, { type: 'step', delta: 1 }).date).toBe('2020-02-03');
    expect(run(s, { type: 'step', delta: -1 }).dayIndex).toBe(0);
    expect(run(s, { type: 'step', delta: -5 }).dayIndex).toBe(0);
    expect(run(s, { type: 'step', delta: 10 }).dayIndex).toBe(4);
  });

  it('jumpObservation goes to the next or previous observation day', () => {
    const s = start({ dayIndex: 1 });
    expect(run(s, { type: 'jumpObservation', direction: 1 }).dayIndex).toBe(2);
    expect(run(s, { type: 'jumpObservation', direction: -1 }).dayIndex).toBe(0);
    expect(run(start({ dayIndex: 2 }), { type: 'jumpObservation', direction: 1 }).dayIndex).toBe(4);
  });

  it('jumpObservation stays put when there is no further observation day', () => {
    const s = start({ dayIndex: 4 });
    expect(run(s, { type: 'jumpObservation', direction: 1 })).toBe(s);
    expect(run(start({ dayIndex: 0 }), { type: 'jumpObservation', direction: -1 }).dayIndex).toBe(
      0,
    );
  });

  it('moving the day by hand stops playback', () => {
    const playing = start({ playing: true, dayIndex: 1 });
    expect(run(playing, { type: 'setDay', dayIndex: 3 }).playing).toBe(false);
    expect(run(playing, { type: 'step', delta: 1 }).playing).toBe(false);
    expect(run(playing, { type: 'jumpObservation', direction: 1 }).playing).toBe(false);
  });

  it('date always equals dates[dayIndex] after any action', () => {
    const actions: Action[] = [
      { type: 'play' },
      { type: 'tick' },
      { type: 'step', delta: 2 },
      { type: 'jumpObservation', direction: -1 },
      { type: 'setDay', dayIndex: 7 },
      { type: 'toggleLoop' },
      { type: 'play' },
      { type: 'tick' },
      { type: 'tick' },
    ];
    let s = start();
    for (const a of actions) {
      s = reduce(s, a, ctx);
      expect(s.date).toBe(dates[s.dayIndex]);
    }
  });
});

describe('reduce: playback', () => {
  it('tick advances one day while playing', () => {
    const s = run(start({ dayIndex: 1 }), { type: 'play' }, { type: 'tick' });
    expect(s.dayIndex).toBe(2);
    expect(s.playing).toBe(true);
  });

  it('playing over all dates crosses a break at the pace of the thumb, not of its days', () => {
    // Two episodes two years apart, as in the shipped data.
    const long = Array.from({ length: 1000 }, (_, i) => fromDay(toDay('2020-02-01') + i));
    const figures = [0, 40, 76, 803, 900, 996];
    const c: ReduceContext = {
      dates: long,
      observationDays: figures,
      episodes: findEpisodes(long, figures),
    };
    const play = (s: AppState, ticks: number) =>
      Array.from({ length: ticks }).reduce<AppState>((acc) => reduce(acc, { type: 'tick' }, c), s);
    const at = (day: number) =>
      reduce(createAppState(c, { metric: 'm', date: long[day]! }), { type: 'play' }, c);
    // Inside an episode a tick is a day.
    expect(play(at(10), 1).dayIndex).toBe(11);
    // Into the break it goes day by day, then across it in a few ticks, and it never skips a
    // day with a figure.
    expect(play(at(78), 2).dayIndex).toBe(80);
    let s = play(at(81), 1);
    expect(s.dayIndex).toBeGreaterThan(100);
    let ticks = 1;
    while (s.dayIndex < 800 && ticks < 100) [s, ticks] = [play(s, 1), ticks + 1];
    expect(ticks).toBeLessThan(30);
    expect(s.dayIndex).toBeLessThanOrEqual(803);
    expect(play(s, 1).dayIndex).toBe(s.dayIndex + 1);
  });

  it('tick does nothing while paused', () => {
    const s = start({ dayIndex: 1 });
    expect(run(s, { type: 'tick' })).toBe(s);
  });

  it('at the end, tick stops playback without looping', () => {
    const s = run(start({ dayIndex: 4, playing: true }), { type: 'tick' });
    expect(s.dayIndex).toBe(4);
    expect(s.playing).toBe(false);
  });

  it('at the end, tick goes back to the first day when looping', () => {
    const s = run(start({ dayIndex: 4, playing: true, loop: true }), { type: 'tick' });
    expect(s.dayIndex).toBe(0);
    expect(s.playing).toBe(true);
  });

  it('a tick of several days skips the days in between, and stops on the last day', () => {
    const playing = start({ dayIndex: 0, playing: true });
    expect(run(playing, { type: 'tick', days: 3 }).dayIndex).toBe(3);
    const end = run(playing, { type: 'tick', days: 9 });
    expect(end.dayIndex).toBe(4);
    expect(end.playing).toBe(true);
    expect(run(end, { type: 'tick', days: 2 }).playing).toBe(false);
  });

  it('a tick of several days past the end of a loop goes on from the first day', () => {
    const s = run(start({ dayIndex: 3, playing: true, loop: true }), { type: 'tick', days: 3 });
    expect(s.dayIndex).toBe(1);
    expect(s.playing).toBe(true);
  });

  it('play at the last day starts again from the first', () => {
    const s = run(start({ dayIndex: 4 }), { type: 'play' });
    expect(s.dayIndex).toBe(0);
    expect(s.playing).toBe(true);
  });

  it('play with a single day has nothing to play', () => {
    const one = { dates: ['2020-02-01'], observationDays: [0] };
    expect(reduce(createAppState(one), { type: 'play' }, one).playing).toBe(false);
  });

  it('pause stops; toggleLoop flips loop', () => {
    const s = run(start(), { type: 'play' }, { type: 'pause' }, { type: 'toggleLoop' });
    expect(s.playing).toBe(false);
    expect(s.loop).toBe(true);
  });

  it('speed is clamped to a sensible range and ignores nonsense', () => {
    expect(run(start(), { type: 'setSpeed', speed: 4 }).speed).toBe(4);
    expect(run(start(), { type: 'setSpeed', speed: 0 }).speed).toBe(MIN_SPEED);
    expect(run(start(), { type: 'setSpeed', speed: 1e6 }).speed).toBe(MAX_SPEED);
    expect(run(start(), { type: 'setSpeed', speed: NaN }).speed).toBe(1);
  });
});

describe('reduce: choices', () => {
  it('sets metric, points, view, language, scale mode and interpolation', () => {
    const s = run(
      start(),
      { type: 'setMetric', metric: 'prod_rate' },
      { type: 'setPoints', points: 'workers' },
      { type: 'setView', view: 'guizhou' },
      { type: 'setLang', lang: 'en' },
      { type: 'setScaleMode', scaleMode: 'continuous' },
      { type: 'setInterpolate', interpolate: true },
    );
    expect(s).toMatchObject({
      metric: 'prod_rate',
      points: 'workers',
      view: 'guizhou',
      lang: 'en',
      scaleMode: 'continuous',
      interpolate: true,
    });
  });

  it('an empty point metric means no points', () => {
    expect(run(start({ points: 'workers' }), { type: 'setPoints', points: '' }).points).toBeNull();
  });

  it('select pins a region and select null unpins it', () => {
    const pinned = run(start(), { type: 'select', region: '520100' });
    expect(pinned.region).toBe('520100');
    expect(run(pinned, { type: 'select', region: null }).region).toBeNull();
  });

  it('select with a view zooms and pins in one state change, so history gets one entry', () => {
    const s = start();
    const next = reduce(s, { type: 'select', region: '520100', view: '520100' }, ctx);
    expect([next.view, next.region]).toEqual(['520100', '520100']);
    expect(run(s, { type: 'select', region: '520100' }).view).toBe(s.view);
  });

  it('maxAge is a whole number of days from 0 up', () => {
    expect(run(start(), { type: 'setMaxAge', maxAgeDays: 14.4 }).maxAgeDays).toBe(14);
    expect(run(start(), { type: 'setMaxAge', maxAgeDays: -3 }).maxAgeDays).toBe(0);
    expect(run(start(), { type: 'setMaxAge', maxAgeDays: NaN }).maxAgeDays).toBe(60);
  });

  it('an action that changes nothing returns the same state object', () => {
    const s = start({ metric: 'work_rate', dayIndex: 2 });
    expect(run(s, { type: 'setMetric', metric: 'work_rate' })).toBe(s);
    expect(run(s, { type: 'setDay', dayIndex: 2 })).toBe(s);
    expect(run(s, { type: 'pause' })).toBe(s);
    expect(run(s, { type: 'select', region: null })).toBe(s);
  });

  it('never changes the state it is given', () => {
    const s = start();
    const copy = structuredClone(s);
    run(s, { type: 'setDay', dayIndex: 3 }, { type: 'play' }, { type: 'setMetric', metric: 'x' });
    expect(s).toEqual(copy);
  });
});

describe('reduce: episodes narrow the slider', () => {
  const days = Array.from({ length: 20 }, (_, i) => `2020-03-${String(i + 1).padStart(2, '0')}`);
  const eps = findEpisodes(days, [2, 4, 15, 17], { gapDays: 5, padDays: 1 });
  const ectx: ReduceContext = { dates: days, observationDays: [2, 4, 15, 17], episodes: eps };
  const first = eps[0]!;
  const second = eps[1]!;
  const go = (s: AppState, ...actions: Action[]) => actions.reduce((a, x) => reduce(a, x, ectx), s);
  const base = (over: Partial<AppState> = {}) => createAppState(ectx, over);

  it('choosing an episode moves a day outside it to the episode’s first figure', () => {
    const s = go(base({ dayIndex: 10 }), { type: 'setEpisode', episode: second.id });
    expect([s.episode, s.dayIndex]).toEqual([second.id, 15]);
    const kept = go(base({ dayIndex: 3 }), { type: 'setEpisode', episode: first.id });
    expect(kept.dayIndex).toBe(3);
  });

  it('an unknown episode means all dates', () => {
    expect(go(base(), { type: 'setEpisode', episode: 'x' }).episode).toBe(ALL_DATES);
    expect(rangeOf(base(), ectx)).toEqual([0, 19]);
  });

  it('step, setDay and jumps stay inside the episode', () => {
    const s = go(base(), { type: 'setEpisode', episode: first.id });
    expect(rangeOf(s, ectx)).toEqual([first.start, first.end]);
    expect(go(s, { type: 'step', delta: 50 }).dayIndex).toBe(first.end);
    expect(go(s, { type: 'setDay', dayIndex: 0 }).dayIndex).toBe(first.start);
    const atLast = go(s, { type: 'setDay', dayIndex: 4 });
    expect(go(atLast, { type: 'jumpObservation', direction: 1 }).dayIndex).toBe(4);
  });

  it('playing loops within the episode, or stops at its end', () => {
    const s = go(
      base(),
      { type: 'setEpisode', episode: first.id },
      { type: 'setDay', dayIndex: 5 },
    );
    expect(s.dayIndex).toBe(first.end);
    const stopped = go(s, { type: 'play' });
    expect(stopped.dayIndex).toBe(first.start);
    const end = go(stopped, ...Array<Action>(10).fill({ type: 'tick' }));
    expect([end.dayIndex, end.playing]).toEqual([first.end, false]);
    const looped = go(
      end,
      { type: 'toggleLoop' },
      { type: 'play' },
      { type: 'setDay', dayIndex: 5 },
      { type: 'play' },
    );
    expect(looped.dayIndex).toBe(first.start);
    const wrap = go({ ...looped, dayIndex: first.end, date: days[first.end]! }, { type: 'tick' });
    expect([wrap.dayIndex, wrap.playing]).toEqual([first.start, true]);
  });

  it('a date asked for outside the episode widens the slider to all dates', () => {
    const s = go(base(), { type: 'setEpisode', episode: first.id });
    const moved = go(s, { type: 'setDate', date: '2020-03-19' });
    expect([moved.episode, moved.dayIndex]).toEqual([ALL_DATES, 18]);
  });
});
