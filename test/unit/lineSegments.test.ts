import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/core/linesAtZoom';
import { lineSegments } from '../../src/core/lineSegments';

/** The segments of some lines with their columns as plain arrays, to compare at once. */
function segmentsOf(lines: Line[]) {
  const s = lineSegments(lines);
  return { length: s.length, sources: [...s.sources], targets: [...s.targets] };
}

describe('lineSegments', () => {
  it('cuts a line of n positions into n − 1 segments, each from one position to the next', () => {
    const line: Line = [
      [100, 20],
      [101, 21],
      [102, 20.5],
    ];
    expect(segmentsOf([line])).toEqual({
      length: 2,
      sources: [100, 20, 101, 21],
      targets: [101, 21, 102, 20.5],
    });
  });

  it('never joins the end of one line to the start of the next', () => {
    const first: Line = [
      [0, 0],
      [1, 1],
    ];
    const second: Line = [
      [5, 5],
      [6, 6],
    ];
    expect(segmentsOf([first, second])).toEqual({
      length: 2,
      sources: [0, 0, 5, 5],
      targets: [1, 1, 6, 6],
    });
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
