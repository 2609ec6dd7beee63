import type { Store } from './createStore';

interface PlaybackState {
  playing: boolean;
  /** Multiplies the base rate: 0.5× to 8×. */
  speed: number;
}

// A frame later than this is a stall (a hidden tab, a blocked thread), not a slow frame:
// the date does not leap over what the reader never saw played. Software WebGL draws a frame
// in up to two or three seconds, and those still count in full.
const MAX_FRAME_MS = 5000;

export interface PlaybackClock {
  /** Starts ticking if the state is playing and the clock is not already running. */
  start(): void;
  stop(): void;
}

/**
 * Turns "playing" into ticks, timed by animation frames so a hidden tab stops advancing. The
 * date moves by the time elapsed × daysPerSecond × speed, whatever the frame rate: when
 * frames come more slowly than the days, one tick carries several days (the ones between are
 * skipped, never played late). Fractions of a day carry over to the next frame. The reducer
 * decides what a tick does (move on, loop, or stop at the end); the clock stops by itself
 * once playing is off.
 */
export function createPlaybackClock<S extends PlaybackState, A>(
  store: Store<S, A>,
  tick: (days: number) => A,
  daysPerSecond: number,
  /** The clock animation frames are timed by (their timestamps are on it). */
  clockNow: () => number = () => performance.now(),
): PlaybackClock {
  let timer = 0;
  let last = 0;
  let owed = 0;
  function loop(now: number) {
    const s = store.get();
    if (!s.playing) {
      timer = 0;
      return;
    }
    const elapsed = Math.min(MAX_FRAME_MS, Math.max(0, now - last));
    owed += (elapsed / 1000) * daysPerSecond * s.speed;
    last = now;
    // A tiny tolerance: 60 frames of 1/60 s make a whole day, not 0.9999….
    const days = Math.floor(owed + 1e-9);
    if (days >= 1) {
      owed -= days;
      store.dispatch(tick(days));
    }
    timer = requestAnimationFrame(loop);
  }
  return {
    start() {
      if (timer || !store.get().playing) return;
      // From the press, not from the first frame: a slow first frame is time played too.
      last = clockNow();
      owed = 0;
      timer = requestAnimationFrame(loop);
    },
    stop() {
      cancelAnimationFrame(timer);
      timer = 0;
    },
  };
}
