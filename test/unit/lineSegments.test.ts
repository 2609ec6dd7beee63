import { describe, expect, it } from 'vitest';
import { lineSegments } from '../../src/core/lineSegments';

describe('lineSegments', () => {
  it('cuts a line of n positions into n − 1 segments, each from one position to the next', () => {
    const s = lineSegments([
      [
        [100, 20],
        [101, 21],
        [102, 20.5],
      ],
    ]);
    expect(s.length).toBe(2);
    expect([...s.sources]).toEqual([100, 20, 101, 21]);
    expect([...s.targets]).toEqual([101, 21, 102, 20.5]);
  });

  it('never joins the end of one line to the start of the next', () => {
    const s = lineSegments([
      [
        [0, 0],
        [1, 1],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
    expect(s.length).toBe(2);
    expect([...s.sources]).toEqual([0, 0, 5, 5]);
    expect([...s.targets]).toEqual([1, 1, 6, 6]);
  });

  it('draws nothing of a line with fewer than two positions, or of no lines', () => {
    expect(lineSegments([[[3, 4]], []]).length).toBe(0);
    const none = lineSegments([]);
    expect(none.length).toBe(0);
    expect(none.sources).toHaveLength(0);
  });

  it('keeps positions at double precision: a border is where the file puts it', () => {
    const lon = 106.70123456789;
    const s = lineSegments([
      [
        [lon, 26.5],
        [lon + 1e-9, 26.5],
      ],
    ]);
    expect(s.sources[0]).toBe(lon);
    expect(s.targets[0]).toBe(lon + 1e-9);
  });
});
