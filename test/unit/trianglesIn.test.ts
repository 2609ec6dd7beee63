import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { trianglesIn } from '../../src/core/trianglesIn';
import type { Bounds } from '../../src/core/mapModel';

/** A row of unit squares east from 100°E along 30°N, two triangles each. */
function squares(n: number) {
  const positions: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = positions.length / 2;
    positions.push(100 + i, 30, 101 + i, 30, 101 + i, 31, 100 + i, 31);
    indices.push(v, v + 1, v + 2, v, v + 2, v + 3);
  }
  return { positions: Float64Array.from(positions), indices: Uint32Array.from(indices) };
}

const triangles = (indices: Uint32Array) =>
  Array.from({ length: indices.length / 3 }, (_, t) => [...indices.subarray(t * 3, t * 3 + 3)]);

describe('trianglesIn', () => {
  it('keeps the triangles inside the window and drops those wholly outside it', () => {
    const mesh = squares(10);
    // Squares 3 and 4 (103°–105°E).
    const kept = trianglesIn(mesh, [103.2, 30.2, 104.8, 30.8]);
    expect(triangles(kept)).toEqual(triangles(mesh.indices).slice(6, 10));
  });

  it('keeps a triangle that only touches the window, and one larger than it', () => {
    const mesh = squares(3);
    expect(triangles(trianglesIn(mesh, [101, 31, 101.5, 31.5]))).toEqual(
      triangles(mesh.indices).filter((t) => t.some((v) => v <= 7)),
    );
    const big = {
      positions: Float64Array.from([0, 0, 50, 0, 0, 50]),
      indices: Uint32Array.of(0, 1, 2),
    };
    expect([...trianglesIn(big, [5, 5, 6, 6])]).toEqual([0, 1, 2]);
  });

  it('keeps nothing for a window over none of the mesh, and every triangle for one over all of it', () => {
    const mesh = squares(4);
    expect(trianglesIn(mesh, [0, 0, 10, 10])).toHaveLength(0);
    expect(trianglesIn(mesh, [90, 20, 120, 40])).toEqual(mesh.indices);
  });

  it('keeps every triangle while no view is known', () => {
    const mesh = squares(4);
    const nowhere: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    expect(trianglesIn(mesh, nowhere)).toEqual(mesh.indices);
  });

  it('leaves out no triangle with a vertex inside the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 95, max: 135, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (n, west, width) => {
          const mesh = squares(n);
          const window: Bounds = [west, 30.5, west + width, 30.6];
          const kept = new Set(triangles(trianglesIn(mesh, window)).map((t) => t.join()));
          for (const t of triangles(mesh.indices)) {
            const inside = t.some((v) => {
              const x = mesh.positions[v * 2]!;
              const y = mesh.positions[v * 2 + 1]!;
              return x >= window[0] && x <= window[2] && y >= window[1] && y <= window[3];
            });
            if (inside) expect(kept.has(t.join())).toBe(true);
          }
        },
      ),
    );
  });
});
