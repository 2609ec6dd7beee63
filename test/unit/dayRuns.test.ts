import { describe, it, expect } from 'vitest';
import { dayRuns } from '../../src/core/dayRuns';
import { buildTimeline, type TimelineOptions } from '../../src/core/timeline';
import { LAYER, dataset, obs } from './make';

const A = '520100';
const B = '522300';
const CARRY: TimelineOptions = { interpolate: false, maxAgeDays: 2 };

describe('dayRuns', () => {
  it('starts a run on every day a region gets a new figure, status or source', () => {
    const ds = dataset([
      obs(A, '2020-02-10', 50),
      obs(B, '2020-02-12', 10),
      obs(A, '2020-02-13', 60),
    ]);
    const t = buildTimeline(ds, LAYER, [A, B], CARRY);
    expect(t.dates).toEqual(['2020-02-10', '2020-02-11', '2020-02-12', '2020-02-13']);
    // 02-11 only carries 02-10's figure forward: the same values, statuses and sources.
    // Carried is a status of its own, so the first carried day starts a run.
    expect([...dayRuns(t)]).toEqual([0, 1, 2, 3]);
  });

  it('keeps one run while carried figures stay the same, and breaks it when they go stale', () => {
    const ds = dataset([obs(A, '2020-02-10', 50), obs(B, '2020-02-16', 10)]);
    const t = buildTimeline(ds, LAYER, [A, B], CARRY);
    // 10 observed; 11–12 carried (age ≤ 2); 13–15 stale; 16 B observed.
    expect([...dayRuns(t)]).toEqual([0, 1, 1, 3, 3, 3, 6]);
  });

  it('treats two days without any figure as the same day', () => {
    const t = {
      regions: ['a'],
      values: new Float32Array([NaN, NaN, 5]),
      status: new Uint8Array([0, 0, 1]),
      obs: new Int32Array([-1, -1, 0]),
    };
    expect([...dayRuns(t)]).toEqual([0, 0, 2]);
  });

  it('breaks a run when only the source changes, since labels and tooltips name it', () => {
    const t = {
      regions: ['a'],
      values: new Float32Array([5, 5]),
      status: new Uint8Array([1, 1]),
      obs: new Int32Array([0, 1]),
    };
    expect([...dayRuns(t)]).toEqual([0, 1]);
  });

  it('has no days for a timeline without regions', () => {
    const t = {
      regions: [],
      values: new Float32Array(),
      status: new Uint8Array(),
      obs: new Int32Array(),
    };
    expect(dayRuns(t).length).toBe(0);
  });
});
