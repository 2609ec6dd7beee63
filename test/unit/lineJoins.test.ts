import { describe, expect, it } from 'vitest';
import { lineJoins } from '../../src/core/lineJoins';
import type { Line } from '../../src/core/linesAtZoom';
import { lineSegments } from '../../src/core/lineSegments';

/** The turns of some lines with their columns as plain arrays, to compare at once. */
function joinsOf(lines: Line[]) {
  const j = lineJoins(lines);
  return {
    length: j.length,
    incoming: [...j.incoming],
    outgoing: [...j.outgoing],
    sides: [...j.sides],
  };
}

describe('lineJoins', () => {
  it('finds a turn where two segments meet, open on the right of a left turn', () => {
    // East, then north: a left turn, so the wedge between the segments opens to the right.
    const line: Line = [
      [100, 20],
      [101, 20],
      [101, 21],
    ];
    expect(joinsOf([line])).toEqual({ length: 1, incoming: [0], outgoing: [1], sides: [-1] });
  });

  it('opens a right turn on the left', () => {
    const line: Line = [
      [100, 20],
      [101, 20],
      [101, 19],
    ];
    expect(joinsOf([line]).sides).toEqual([1]);
  });

  it('gives no turn where a line goes straight on or a segment has no length', () => {
    const line: Line = [
      [100, 20],
      [101, 20],
      [102, 20],
      [102, 20],
      [103, 20],
    ];
    expect(joinsOf([line]).length).toBe(0);
  });

  it('gives none for a line of one segment, or of fewer positions', () => {
    expect(
      joinsOf([
        [[100, 20]],
        [],
        [
          [100, 20],
          [101, 21],
        ],
      ]).length,
    ).toBe(0);
  });

  it('joins a ring where it closes: its last segment to its first', () => {
    // A square drawn anticlockwise: every corner is a left turn, the closing one included.
    const ring: Line = [
      [100, 20],
      [101, 20],
      [101, 21],
      [100, 21],
      [100, 20],
    ];
    expect(joinsOf([ring])).toEqual({
      length: 4,
      incoming: [0, 1, 2, 3],
      outgoing: [1, 2, 3, 0],
      sides: [-1, -1, -1, -1],
    });
  });

  it('numbers segments across lines as lineSegments does', () => {
    const first: Line = [
      [100, 20],
      [101, 20],
    ];
    const second: Line = [
      [110, 30],
      [111, 30],
      [111, 31],
    ];
    const joins = lineJoins([first, [[0, 0]], second]);
    const segments = lineSegments([first, [[0, 0]], second]);
    expect([...joins.incoming, ...joins.outgoing]).toEqual([1, 2]);
    // The incoming segment ends where the outgoing one starts.
    const at = (column: Float64Array, s: number) => [column[s * 2], column[s * 2 + 1]];
    expect(at(segments.targets, 1)).toEqual(at(segments.sources, 2));
  });

  it('skips a turn at a position that is not a number', () => {
    const line: Line = [
      [100, 20],
      [NaN, 20],
      [101, 21],
    ];
    expect(joinsOf([line]).length).toBe(0);
  });
});
