import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUrlSync } from '../../src/app/urlSync';
import { createStore, type Store } from '../../src/app/createStore';
import type { Action, AppState } from '../../src/core/appState';
import type { Session } from '../../src/core/session';

const START: AppState = {
  date: '2020-03-01',
  dayIndex: 0,
  metric: 'resumption_rate',
  points: null,
  view: 'all',
  region: null,
  lang: 'zh',
  playing: false,
  speed: 1,
  loop: false,
  interpolate: false,
  maxAgeDays: 30,
  scaleMode: 'bins',
  embed: false,
};

// A patch stands in for the app's actions: the sync only looks at the states.
type Patch = Partial<AppState>;
const session = {
  queryOf: (s: AppState) => `date=${s.date}${s.region ? `&region=${s.region}` : ''}`,
} as unknown as Session;

function setUp() {
  const store = createStore<AppState, Patch>(START, (s, patch) => ({ ...s, ...patch }));
  const queries: string[] = [];
  const sync = createUrlSync({
    session,
    store: store as unknown as Store<AppState, Action>,
    syncUrl: false,
    onChange: (_s, query) => queries.push(query),
  });
  return { store, sync, queries };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', globalThis);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

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
