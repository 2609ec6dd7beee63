import { describe, expect, it, vi } from 'vitest';
import { createUrlSync } from '../../src/app/urlSync';
import type { AppState } from '../../src/core/appState';
import type { Session } from '../../src/core/session';
import { patchStore, useFakeWindowTimers } from './shellHarness';

const session = {
  queryOf: (s: AppState) => `date=${s.date}${s.region ? `&region=${s.region}` : ''}`,
} as unknown as Session;

function setUp() {
  const { store, dispatch } = patchStore({ date: '2020-03-01' });
  const queries: string[] = [];
  const sync = createUrlSync({
    session,
    store,
    syncUrl: false,
    onChange: (_s, query) => queries.push(query),
  });
  return { store: { dispatch }, sync, queries };
}

useFakeWindowTimers();

describe('the address follows the state', () => {
  it('waits for the timeline to rest before writing a stepped date, then is done', () => {
    const { store, sync, queries } = setUp();
    store.dispatch({ date: '2020-03-02', playing: true });
    store.dispatch({ date: '2020-03-03' });
    expect(sync.pending()).toBe(true);
    expect(queries).toEqual([]);
    vi.runAllTimers();
    expect(sync.pending()).toBe(false);
    expect(queries).toEqual(['date=2020-03-03']);
  });

  it('a change of view while a date waits writes both at once and leaves nothing pending', () => {
    // Pausing (or any other change) right after a step took the waiting write's place but
    // kept its timer's number: the map then never counted as idle again.
    const { store, sync, queries } = setUp();
    store.dispatch({ date: '2020-03-02' });
    store.dispatch({ region: '520100' });
    expect(queries).toEqual(['date=2020-03-02&region=520100']);
    expect(sync.pending()).toBe(false);
    vi.runAllTimers();
    expect(queries).toEqual(['date=2020-03-02&region=520100']);
  });

  it('is not pending after a pause that changes nothing in the address', () => {
    const { store, sync } = setUp();
    store.dispatch({ date: '2020-03-02', playing: true });
    store.dispatch({ playing: false });
    expect(sync.pending()).toBe(false);
  });
});
