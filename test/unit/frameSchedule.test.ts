import { describe, it, expect } from 'vitest';
import { frameSchedule } from '../../src/core/frameSchedule';

describe('frameSchedule', () => {
  it('one frame per day from the first to the last day, inclusive', () => {
    const s = frameSchedule({ startDay: 10, endDay: 14, framesPerDay: 1, fps: 10 });
    expect(s.frames.map((f) => f.day)).toEqual([10, 11, 12, 13, 14]);
    expect(s.frames.every((f) => f.t === 0)).toBe(true);
    expect(s.frames.map((f) => f.timestampUs)).toEqual([0, 100000, 200000, 300000, 400000]);
    expect(s.durationUs).toBe(500000);
  });

  it('several frames per day step through the day in equal parts and end on the last day', () => {
    const s = frameSchedule({ startDay: 0, endDay: 2, framesPerDay: 4, fps: 12 });
    expect(s.frames).toHaveLength(9);
    expect(s.frames.slice(0, 5).map((f) => [f.day, f.t])).toEqual([
      [0, 0],
      [0, 0.25],
      [0, 0.5],
      [0, 0.75],
      [1, 0],
    ]);
    expect(s.frames[8]).toMatchObject({ day: 2, t: 0 });
  });

  it('timestamps add up with no drift, and the last frame holds', () => {
    const s = frameSchedule({
      startDay: 0,
      endDay: 29,
      framesPerDay: 1,
      fps: 12,
      holdEndSeconds: 1,
    });
    for (let i = 1; i < s.frames.length; i++) {
      const prev = s.frames[i - 1]!;
      expect(s.frames[i]!.timestampUs).toBe(prev.timestampUs + prev.durationUs);
    }
    expect(s.frames[29]!.durationUs).toBeGreaterThan(1_000_000);
    expect(s.durationUs).toBe(Math.round((30 * 1e6) / 12) + 1_000_000);
  });

  it('is the same for the same input (no clock)', () => {
    const o = { startDay: 3, endDay: 40, framesPerDay: 2, fps: 24 };
    expect(frameSchedule(o)).toEqual(frameSchedule(o));
  });

  it('accepts a range given backwards and a single day', () => {
    expect(
      frameSchedule({ startDay: 5, endDay: 2, framesPerDay: 1, fps: 10 }).frames.map((f) => f.day),
    ).toEqual([2, 3, 4, 5]);
    expect(frameSchedule({ startDay: 7, endDay: 7, framesPerDay: 3, fps: 10 }).frames).toHaveLength(
      1,
    );
  });
});
