import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { simplifyLine } from '../../src/core/simplifyLine';
import {
  FULL_DETAIL_ZOOM,
  LINE_TOLERANCE_PX,
  lineLevel,
  linesAtZoom,
} from '../../src/core/linesAtZoom';

/**
 * A wiggly line along the equator: `n` vertices up to `amp` degrees off a straight line, no
 * three of them in line (a zigzag's peaks would be, and would rightly be dropped).
 */
const wiggle = (n: number, amp: number) =>
  Array.from({ length: n }, (_, i) => [100 + (i * 10) / n, amp * Math.sin(i * 2.1)]);

/** Pixels at zoom z, in world widths (512 px to the world at zoom 0). */
const px = (z: number) => 1 / (512 * 2 ** z);

/** Web Mercator, as the map draws, in world widths. */
const world = ([lon, lat]: readonly number[]) => {
  const s = Math.sin((lat! * Math.PI) / 180);
  return [lon! / 360 + 0.5, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)] as const;
};

/** Distance from a point to the nearest segment of a line, in world widths. */
function distanceToLine(p: readonly number[], line: readonly (readonly number[])[]): number {
  const [x, y] = world(p);
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = world(line[i - 1]!);
    const [bx, by] = world(line[i]!);
    const dx = bx - ax;
    const dy = by - ay;
    const l2 = dx * dx + dy * dy;
    const t = l2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l2)) : 0;
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

describe('simplifyLine', () => {
  it('drops wiggles smaller than the tolerance, down to the two ends', () => {
    const line = wiggle(200, 0.00001);
    const out = simplifyLine(line, px(3));
    expect(out).toEqual([line[0], line[199]]);
  });

  it('keeps wiggles larger than the tolerance', () => {
    const line = wiggle(50, 0.5);
    expect(simplifyLine(line, px(12))).toHaveLength(50);
  });

  it('gives back the same array when nothing can go, and lines of two points as they are', () => {
    const line = wiggle(20, 1);
    expect(simplifyLine(line, px(12))).toBe(line);
    const two = [
      [0, 0],
      [1, 1],
    ];
    expect(simplifyLine(two, 1)).toBe(two);
  });

  it('keeps the position arrays of the source, and both ends of a closed ring', () => {
    const ring = [
      [0, 0],
      [1, 0.00001],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const out = simplifyLine(ring, px(2));
    expect(out[0]).toBe(ring[0]);
    expect(out.at(-1)).toBe(ring[5]);
    expect(out).not.toContain(ring[1]);
    expect(out).toContain(ring[3]);
  });

  it('simplifies a line of a hundred thousand vertices without overflowing the stack', () => {
    const line = wiggle(100_000, 0.3);
    expect(simplifyLine(line, px(12)).length).toBeGreaterThan(1000);
  });

  it('never moves the line further than the tolerance from any dropped vertex', () => {
    const position = fc.tuple(
      fc.double({ min: 100, max: 110, noNaN: true }),
      fc.double({ min: 20, max: 30, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(position, { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (line, z) => {
          const tolerance = px(z);
          const out = simplifyLine(line, tolerance);
          expect(out[0]).toBe(line[0]);
          expect(out.at(-1)).toBe(line.at(-1));
          for (const p of line)
            expect(distanceToLine(p, out)).toBeLessThanOrEqual(tolerance * 1.000001);
        },
      ),
    );
  });
});

describe('linesAtZoom', () => {
  it('serves each zoom from the level of its whole part, full detail from zoom 12 on', () => {
    expect(lineLevel(3.99)).toBe(3);
    expect(lineLevel(-1)).toBe(0);
    expect(lineLevel(17)).toBe(FULL_DETAIL_ZOOM);
    expect(lineLevel(Number.NaN)).toBe(FULL_DETAIL_ZOOM);
    const lines = [wiggle(500, 0.002)];
    const at = linesAtZoom(lines);
    expect(at(14)[0]).toBe(lines[0]);
    expect(at(3)[0]!.length).toBeLessThan(at(9)[0]!.length);
  });

  it('strays at most half a pixel at its level’s zoom, so at most a pixel within the level', () => {
    const lines = [wiggle(400, 0.004), wiggle(300, 0.02)];
    const at = linesAtZoom(lines);
    for (const z of [2, 5, 8]) {
      const simple = at(z + 0.99);
      lines.forEach((line, i) => {
        for (const p of line)
          expect(distanceToLine(p, simple[i]!)).toBeLessThanOrEqual(
            LINE_TOLERANCE_PX * px(z) * 1.000001,
          );
      });
    }
  });

  it('makes each level once: a second ask, as on every timeline step, returns the same lines', () => {
    const at = linesAtZoom([wiggle(100, 0.001)]);
    expect(at(4.2)).toBe(at(4.7));
    expect(at(4.2)).not.toBe(at(5.1));
  });

  it('draws the whole country at its opening zoom with a fraction of the source’s segments', () => {
    const lines = Array.from({ length: 40 }, (_, k) => wiggle(250, 0.0005 * (1 + (k % 3))));
    const segments = (ls: readonly (readonly unknown[])[]) =>
      ls.reduce((n, l) => n + l.length - 1, 0);
    expect(segments(linesAtZoom(lines)(3.5))).toBeLessThan(segments(lines) / 10);
  });
});
