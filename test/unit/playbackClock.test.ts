import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlaybackClock } from '../../src/app/playbackClock';
import { createStore } from '../../src/app/createStore';

interface S {
  playing: boolean;
  speed: number;
  day: number;
}
type A = { type: 'tick'; days: number } | { type: 'pause' } | { type: 'play' };
const reducer = (s: S, a: A): S =>
  a.type === 'tick' ? { ...s, day: s.day + a.days } : { ...s, playing: a.type === 'play' };
const tick = (days: number): A => ({ type: 'tick', days });

// Animation frames driven by hand: `frames(n, ms)` runs n frames, ms apart.
let queue: ((t: number) => void)[] = [];
let now = 0;
const frames = (n: number, ms = 1000 / 60) => {
  for (let i = 0; i < n; i++) {
    now += ms;
    const run = queue;
    queue = [];
    run.forEach((f) => f(now));
  }
};
beforeEach(() => {
  queue = [];
  now = 0;
  globalThis.requestAnimationFrame = (f: FrameRequestCallback) => queue.push(f);
  globalThis.cancelAnimationFrame = () => {
    queue = [];
  };
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
  Reflect.deleteProperty(globalThis, 'cancelAnimationFrame');
});

describe('createPlaybackClock', () => {
  it('ticks daysPerSecond × speed times a second', () => {
    const store = createStore<S, A>({ playing: true, speed: 2, day: 0 }, reducer);
    createPlaybackClock(store, tick, 6).start();
    frames(61); // one second after the first frame
    expect(store.get().day).toBe(12);
  });

  it('moves the date as far as the speed says however slow the frames are, skipping days', () => {
    const store = createStore<S, A>({ playing: true, speed: 8, day: 0 }, reducer);
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.day));
    createPlaybackClock(store, tick, 1).start();
    frames(11, 250); // ten frames of a quarter second after the first: 2.5 s
    expect(store.get().day).toBe(20);
    // Two days a frame: the day between is skipped, never played late.
    expect(seen.slice(0, 3)).toEqual([2, 4, 6]);
  });

  it('keeps the fraction of a day from frame to frame, so no time is lost', () => {
    const store = createStore<S, A>({ playing: true, speed: 0.5, day: 0 }, reducer);
    createPlaybackClock(store, tick, 1).start();
    frames(1 + 60 * 6, 1000 / 60); // six seconds at 60 frames a second
    expect(store.get().day).toBe(3);
  });

  it('does not leap after a stall such as a hidden tab', () => {
    const store = createStore<S, A>({ playing: true, speed: 8, day: 0 }, reducer);
    createPlaybackClock(store, tick, 1).start();
    frames(1);
    frames(1, 60_000);
    // A minute unseen counts as five seconds at most: 40 days at 8×, not 480.
    expect(store.get().day).toBeLessThanOrEqual(40);
  });

  it('counts the time from pressing play to the first frame, so a slow first frame is not lost', () => {
    const store = createStore<S, A>({ playing: true, speed: 8, day: 0 }, reducer);
    createPlaybackClock(store, tick, 1, () => now).start();
    frames(1, 1000);
    expect(store.get().day).toBe(8);
  });

  it('keeps 8 days a second at 8× when software WebGL takes three seconds a frame', () => {
    const store = createStore<S, A>({ playing: true, speed: 8, day: 0 }, reducer);
    createPlaybackClock(store, tick, 1, () => now).start();
    frames(3, 3000);
    expect(store.get().day).toBe(72);
  });

  it('stops by itself once the state is no longer playing', () => {
    const store = createStore<S, A>({ playing: true, speed: 8, day: 0 }, reducer);
    createPlaybackClock(store, tick, 6).start();
    frames(30);
    store.dispatch({ type: 'pause' });
    const stopped = store.get().day;
    frames(30);
    expect(store.get().day).toBe(stopped);
    expect(queue).toHaveLength(0);
  });

  it('does not start for a paused state, and a second start does not double the rate', () => {
    const store = createStore<S, A>({ playing: false, speed: 1, day: 0 }, reducer);
    const clock = createPlaybackClock(store, tick, 60);
    clock.start();
    expect(queue).toHaveLength(0);
    store.dispatch({ type: 'play' });
    clock.start();
    clock.start();
    frames(11);
    expect(store.get().day).toBe(10);
  });
});
