import { describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '../../src/app/announcer';
import type { Derived } from '../../src/app/deriveStyle';
import { patchStore, useFakeWindowTimers } from './shellHarness';

function setUp() {
  const { store, dispatch } = patchStore({ date: '2020-03-01', lang: 'en' });
  const rested: string[] = [];
  const live = { textContent: '' } as HTMLElement;
  const announcer = createAnnouncer({
    live,
    store,
    regionCount: 0,
    derive: () => ({ fill: { status: new Uint8Array(0) } }) as unknown as Derived,
    onRest: (s) => rested.push(s.date),
  });
  return { store: { dispatch }, announcer, rested, live };
}

useFakeWindowTimers();

describe('the announcer speaks once the timeline rests', () => {
  it('announces the day a step stops on, once', () => {
    const { store, announcer, rested, live } = setUp();
    store.dispatch({ date: '2020-03-02', dayIndex: 1 });
    store.dispatch({ date: '2020-03-03', dayIndex: 2 });
    expect(announcer.pending()).toBe(true);
    vi.runAllTimers();
    expect(rested).toEqual(['2020-03-03']);
    expect(live.textContent).not.toBe('');
    expect(announcer.pending()).toBe(false);
  });

  it('has nothing waiting while playing, even when play follows a step at once', () => {
    const { store, announcer, rested } = setUp();
    store.dispatch({ date: '2020-03-02', dayIndex: 1 });
    store.dispatch({ playing: true });
    expect(announcer.pending()).toBe(false);
    vi.runAllTimers();
    expect(rested).toEqual([]);
  });
});
