import type { Store } from './createStore';

interface PlaybackState {
  playing: boolean;
  /** Multiplies the base rate: 0.5× to 8×. */
  speed: number;
}

// Frame times jitter by a fraction of a millisecond; a tick due within this is taken now.
const FRAME_SLACK_MS = 0.5;

export interface PlaybackClock {
  /** Starts ticking if the state is playing and the clock is not already running. */
  start(): void;
  stop(): void;
}

/**
 * Turns "playing" into ticks: one `tick` action every 1 / (daysPerSecond × speed) seconds,
 * timed by animation frames so a hidden tab stops advancing. The reducer decides what a tick
 * does (next day, loop, or stop at the end); the clock stops by itself once playing is off.
 */
export function createPlaybackClock<S extends PlaybackState, A>(
  store: Store<S, A>,
  tick: A,
  daysPerSecond: number,
): PlaybackClock {
  let timer = 0;
  let last = 0;
  function loop(now: number) {
    const s = store.get();
    if (!s.playing) {
      timer = 0;
      return;
    }
    const interval = 1000 / (daysPerSecond * s.speed);
    if (!last) last = now;
    else if (now - last >= interval - FRAME_SLACK_MS) {
      // Carry the remainder so the rate is the one the speed says (restarting from `now`
      // lost up to a frame per tick: 10 days a second instead of 12 at 2×), but never tick
      // more than once a frame, nor catch up after a stall.
      last = now - last > 2 * interval ? now : last + interval;
      store.dispatch(tick);
    }
    timer = requestAnimationFrame(loop);
  }
  return {
    start() {
      if (timer || !store.get().playing) return;
      last = 0;
      timer = requestAnimationFrame(loop);
    },
    stop() {
      cancelAnimationFrame(timer);
      timer = 0;
    },
  };
}
