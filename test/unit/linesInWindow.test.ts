import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { covers, cutLines, lineWindow, piecesIn } from '../../src/core/linesInWindow';
import type { Bounds } from '../../src/core/mapModel';

/** A line east along a parallel from `lon`, one vertex a degree. */
const eastFrom = (lon: number, lat: number, n: number) =>
  Array.from({ length: n }, (_, i) => [lon + i, lat]);

describe('cutLines', () => {
  it('keeps a short line whole', () => {
    const line = eastFrom(100, 30, 5);
    expect(cutLines([line], 8).pieces).toEqual([line]);
  });

  it('cuts a long line into pieces of at most the given vertices, each starting where the last ended', () => {
    const line = eastFrom(100, 30, 20);
    const { pieces } = cutLines([line], 8);
    expect(pieces.every((p) => p.length <= 8 && p.length >= 2)).toBe(true);
    for (let k = 1; k < pieces.length; k++) expect(pieces[k]![0]).toEqual(pieces[k - 1]!.at(-1));
    expect(pieces[0]![0]).toEqual(line[0]);
    expect(pieces.at(-1)!.at(-1)).toEqual(line.at(-1));
  });

  it('loses no vertex: the pieces joined at their shared ends are the line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.integer({ min: 2, max: 40 }), (n, most) => {
        const line = eastFrom(0, 0, n);
        const { pieces } = cutLines([line], most);
        const joined = pieces.flatMap((p, k) => (k === 0 ? p : p.slice(1)));
        expect(joined).toEqual(line);
      }),
    );
  });

  it('notes each piece’s extent', () => {
    const { extents } = cutLines(
      [
        [
          [100, 30],
          [102, 28],
          [101, 33],
        ],
      ],
      8,
    );
    expect([...extents]).toEqual([100, 28, 102, 33]);
  });
});

describe('lineWindow and covers', () => {
  it('grows the view by a quarter of its size on every side', () => {
    expect(lineWindow([100, 20, 110, 30])).toEqual([97.5, 17.5, 112.5, 32.5]);
    expect(lineWindow([100, 20, 110, 30], 1)).toEqual([90, 10, 120, 40]);
  });

  it('covers a pan within the grown window, and not one beyond it', () => {
    const window = lineWindow([100, 20, 110, 30]);
    expect(covers(window, [102, 22, 112, 32])).toBe(true);
    expect(covers(window, [103, 23, 113, 33])).toBe(false);
    // Zoomed out past the window.
    expect(covers(window, [80, 0, 130, 50])).toBe(false);
  });
});

describe('piecesIn', () => {
  const window: Bounds = [100, 20, 110, 30];

  it('keeps the pieces that reach into the window and drops those wholly outside', () => {
    const inside = eastFrom(101, 25, 3);
    const crossing = eastFrom(108, 22, 6);
    const far = eastFrom(120, 40, 3);
    const kept = piecesIn(cutLines([inside, crossing, far], 32), window);
    expect(kept).toEqual([inside, crossing]);
  });

  it('keeps a piece that spans the window with no vertex inside it', () => {
    const across: number[][] = [
      [95, 25],
      [115, 25],
    ];
    expect(piecesIn(cutLines([across]), window)).toEqual([across]);
  });

  it('keeps every piece with a vertex in the window, whatever the lines', () => {
    const point = fc.tuple(fc.double({ min: 90, max: 120 }), fc.double({ min: 10, max: 40 }));
    fc.assert(
      fc.property(
        fc.array(fc.array(point, { minLength: 2, maxLength: 50 }), { maxLength: 20 }),
        (lines) => {
          const cut = cutLines(lines, 8);
          const kept = new Set(piecesIn(cut, window));
          for (const piece of cut.pieces) {
            const seen = piece.some(
              ([x, y]) => x! >= window[0] && x! <= window[2] && y! >= window[1] && y! <= window[3],
            );
            if (seen) expect(kept.has(piece)).toBe(true);
          }
        },
      ),
    );
  });
});
