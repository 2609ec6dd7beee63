/** For the shell's small state followers (address, announcer), run without a browser. */
import { afterEach, beforeEach, vi } from 'vitest';
import { createStore, type Store } from '../../src/app/createStore';
import { createAppState, type Action, type AppState } from '../../src/core/appState';

/** They time with `window.setTimeout`: a window whose clock the test moves. */
export function useFakeWindowTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** A patch stands in for the app's actions: the followers only look at the states. */
export type Patch = Partial<AppState>;

/** A store of app states that a test moves by patches, typed as the app's own. */
export function patchStore(init: Patch = {}): {
  store: Store<AppState, Action>;
  dispatch(patch: Patch): void;
} {
  const start = createAppState({ dates: ['2020-03-01'], observationDays: [] }, init);
  const store = createStore<AppState, Patch>(start, (s, patch) => ({ ...s, ...patch }));
  return { store: store as unknown as Store<AppState, Action>, dispatch: store.dispatch };
}
