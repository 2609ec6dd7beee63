import type { Action, AppState } from '../core/appState';
import { ALL_DATES } from '../core/episodes';
import type { MapView } from '../render/mapView';
import type { Store } from './createStore';

export interface BenchHooks {
  dayCount: number;
  rows: number;
  /**
   * Moves to a day and hands the new layers to the renderer synchronously; with `draw`, also
   * draws the frame. Returns milliseconds for the update and the draw.
   */
  step(dayIndex: number, draw?: boolean): { update: number; draw: number };
  /** Plays for `ms` and returns the wall time between drawn map frames. */
  playFrames(ms: number, speed: number): Promise<number[]>;
}

/** Unstable hooks for the benchmark: one timeline step, timed in its two parts. */
export function createBenchHooks(
  store: Store<AppState, Action>,
  view: MapView,
  size: { dayCount: number; rows: number },
): BenchHooks {
  return {
    ...size,
    step(dayIndex, draw = true) {
      const t0 = performance.now();
      store.dispatch({ type: 'setDay', dayIndex });
      const t1 = performance.now();
      if (draw) view.map.redraw();
      const t2 = performance.now();
      return { update: t1 - t0, draw: t2 - t1 };
    },
    async playFrames(ms, speed) {
      const times: number[] = [];
      const onRender = () => times.push(performance.now());
      view.map.on('render', onRender);
      // The whole period, looping: an episode would end within a second at 8×.
      store.dispatch({ type: 'setEpisode', episode: ALL_DATES });
      store.dispatch({ type: 'setDay', dayIndex: 0 });
      if (!store.get().loop) store.dispatch({ type: 'toggleLoop' });
      store.dispatch({ type: 'setSpeed', speed });
      store.dispatch({ type: 'play' });
      await new Promise((r) => setTimeout(r, ms));
      store.dispatch({ type: 'pause' });
      view.map.off('render', onRender);
      return times.slice(1).map((t, i) => t - (times[i] ?? t));
    },
  };
}
