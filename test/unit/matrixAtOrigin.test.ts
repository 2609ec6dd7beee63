import { describe, expect, it } from 'vitest';
import { matrixAtOrigin } from '../../src/core/matrixAtOrigin';

/** A column-major 4 × 4 matrix times (x, y, 0, 1). */
function apply(m: ArrayLike<number>, x: number, y: number): number[] {
  return [0, 1, 2, 3].map((r) => (m[r] ?? 0) * x + (m[4 + r] ?? 0) * y + (m[12 + r] ?? 0));
}

describe('matrixAtOrigin', () => {
  // A zoom-11 view of Guiyang: scale 2^11, moved by minus the view's centre in common space.
  const s = 2 ** 11;
  const view = [
    s / 450,
    0,
    0,
    0,
    0,
    s / 320,
    0,
    0,
    0,
    0,
    1,
    0,
    (-331.77 * s) / 450,
    (-209.4 * s) / 320,
    0,
    1,
  ];

  it('sends a position measured from the origin where the matrix sends the same position whole', () => {
    const origin: [number, number] = [331.5, 209.25];
    const moved = matrixAtOrigin(view, origin);
    const whole = apply(view, 331.7712345, 209.4054321);
    const fromOrigin = apply(moved, 331.7712345 - origin[0], 209.4054321 - origin[1]);
    fromOrigin.forEach((v, i) => expect(v).toBeCloseTo(whole[i] ?? NaN, 9));
  });

  it('keeps a 32-bit GPU within a hundredth of a pixel where whole positions miss by more', () => {
    const origin: [number, number] = [331.5, 209.25];
    const moved = Float32Array.from(matrixAtOrigin(view, origin));
    const f32 = Float32Array.from(view);
    const [x, y] = [331.7712345, 209.4054321];
    const exact = apply(view, x, y)[0] ?? NaN;
    const near = apply(moved, Math.fround(x - origin[0]), Math.fround(y - origin[1]))[0] ?? NaN;
    const far = apply(f32, Math.fround(x), Math.fround(y))[0] ?? NaN;
    // Clip x to pixels: the view is 900 px wide, 2 clip units across.
    expect(Math.abs(near - exact) * 450).toBeLessThan(0.01);
    expect(Math.abs(far - exact) * 450).toBeGreaterThan(0.01);
  });

  it('leaves the matrix as it is at the origin 0, 0', () => {
    expect(matrixAtOrigin(view, [0, 0])).toEqual(view);
  });
});
