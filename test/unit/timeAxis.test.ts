import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../src/core/timeAxis';
import type { Episode } from '../../src/core/episodes';

const episode = (start: number, end: number): Episode => ({
  id: `e${start}`,
  label: { zh: '', en: '' },
  start,
  end,
  firstObservation: start,
  lastObservation: end,
});

// The shipped data's shape: a spring 2020 episode, about two years of nothing, a 2022 one.
const SPRING = episode(0, 79);
const LATER = episode(800, 1018);
const ALL: [number, number] = [0, 1018];

describe('timeAxis', () => {
  it('spaces the days of one episode evenly, one step a day, from its first day', () => {
    const axis = timeAxis([0, 79], [SPRING, LATER]);
    expect(axis.breaks).toEqual([]);
    expect(axis.steps).toBe(79);
    expect(axis.position(0)).toBe(0);
    expect(axis.position(40)).toBe(40);
    expect(axis.dayAt(40)).toBe(40);
    expect(axis.at(79)).toBe(1);
  });

  it('over the whole period the empty stretch between episodes becomes a short break', () => {
    const axis = timeAxis(ALL, [SPRING, LATER]);
    expect(axis.breaks).toHaveLength(1);
    const [gap] = axis.breaks;
    expect(gap).toMatchObject({ firstDay: 80, lastDay: 799 });
    // Both episodes keep nearly all of the track: the two years take a few per cent.
    expect(gap!.to - gap!.from).toBeLessThan(0.06);
    expect(axis.at(79)).toBeGreaterThan(0.2);
    expect(axis.at(800)).toBeLessThan(0.3);
    expect(axis.at(0)).toBe(0);
    expect(axis.at(1018)).toBe(1);
  });

  it('is in day order: a later day is never placed before an earlier one', () => {
    const axis = timeAxis(ALL, [SPRING, LATER]);
    for (let d = 1; d <= 1018; d++)
      expect(axis.position(d)).toBeGreaterThanOrEqual(axis.position(d - 1));
  });

  it('gives back every shown day from its own position, and a day of the break inside it', () => {
    const axis = timeAxis(ALL, [SPRING, LATER]);
    for (const d of [0, 37, 79, 800, 900, 1018]) expect(axis.dayAt(axis.position(d))).toBe(d);
    const mid = (axis.position(80) + axis.position(799)) / 2;
    expect(axis.dayAt(mid)).toBeGreaterThanOrEqual(80);
    expect(axis.dayAt(mid)).toBeLessThanOrEqual(799);
  });

  it('leaves a short stretch between episodes as it is', () => {
    const axis = timeAxis([0, 120], [episode(0, 40), episode(80, 120)]);
    expect(axis.breaks).toEqual([]);
    expect(axis.steps).toBe(120);
  });

  it('stays even without episodes, and for a single day', () => {
    expect(timeAxis([0, 500], []).breaks).toEqual([]);
    const one = timeAxis([5, 5], [episode(5, 5)]);
    expect(one.steps).toBe(0);
    expect(one.at(5)).toBe(0);
    expect(one.dayAt(0)).toBe(5);
  });

  it('compresses an empty stretch at either end of the period too', () => {
    const axis = timeAxis([0, 1000], [episode(400, 480)]);
    expect(axis.breaks.map((b) => [b.firstDay, b.lastDay])).toEqual([
      [0, 399],
      [481, 1000],
    ]);
    expect(axis.at(400)).toBeLessThan(0.1);
    expect(axis.at(480)).toBeGreaterThan(0.9);
  });
});
