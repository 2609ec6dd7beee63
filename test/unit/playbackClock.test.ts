import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlaybackClock } from '../../src/app/playbackClock';
import { createStore } from '../../src/app/createStore';

interface S {
  playing: boolean;
  speed: number;
  day: number;
}
type A = { type: 'tick' } | { type: 'pause' } | { type: 'play' };
const reducer = (s: S, a: A): S =>
  a.type === 'tick' ? { ...s, day: s.day + 1 } : { ...s, playing: a.type === 'play' };

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
    createPlaybackClock(store, { type: 'tick' }, 6).start();
    frames(61); // one second after the first frame
    expect(store.get().day).toBe(12);
  });

  it('never ticks faster than the frames come, however high the speed', () => {
    const store = createStore<S, A>({ playing: true, speed: 1000, day: 0 }, reducer);
    createPlaybackClock(store, { type: 'tick' }, 6).start();
    frames(11);
    expect(store.get().day).toBe(10);
  });

  it('stops by itself once the state is no longer playing', () => {
    const store = createStore<S, A>({ playing: true, speed: 8, day: 0 }, reducer);
    createPlaybackClock(store, { type: 'tick' }, 6).start();
    frames(30);
    store.dispatch({ type: 'pause' });
    const stopped = store.get().day;
    frames(30);
    expect(store.get().day).toBe(stopped);
    expect(queue).toHaveLength(0);
  });

  it('does not start for a paused state, and a second start does not double the rate', () => {
    const store = createStore<S, A>({ playing: false, speed: 1, day: 0 }, reducer);
    const clock = createPlaybackClock(store, { type: 'tick' }, 60);
    clock.start();
    expect(queue).toHaveLength(0);
    store.dispatch({ type: 'play' });
    clock.start();
    clock.start();
    frames(11);
    expect(store.get().day).toBe(10);
  });
});
