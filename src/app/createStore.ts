/**
 * One state, one direction: controls dispatch actions, a pure reducer makes the next
 * state, and subscribers (render, URL) derive everything from it.
 */
export interface Store<S, A> {
  get(): S;
  dispatch(action: A): void;
  /** Replaces the state wholesale (history navigation, `update()` from an embedding page). */
  set(next: S): void;
  subscribe(listener: (state: S, prev: S) => void): () => void;
}

export function createStore<S, A>(initial: S, reducer: (state: S, action: A) => S): Store<S, A> {
  let state = initial;
  const listeners = new Set<(state: S, prev: S) => void>();
  const commit = (next: S) => {
    if (next === state) return;
    const prev = state;
    state = next;
    for (const l of [...listeners]) l(state, prev);
  };
  return {
    get: () => state,
    dispatch: (action) => commit(reducer(state, action)),
    set: commit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
