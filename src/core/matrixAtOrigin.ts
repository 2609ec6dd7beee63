/**
 * A column-major 4 × 4 matrix applied after a move to `origin`: `m` × translate(x, y, 0),
 * worked out in 64-bit floats. Positions measured from the origin then reach the GPU as small
 * 32-bit floats, and the large numbers that cancel out (a map zoomed in far from the world's
 * corner) cancel here, not in the shader.
 */
export function matrixAtOrigin(m: ArrayLike<number>, [x, y]: readonly [number, number]): number[] {
  const out = Array.from({ length: 16 }, (_, i) => m[i] ?? 0);
  for (let row = 0; row < 4; row++) {
    out[12 + row] = (m[row] ?? 0) * x + (m[4 + row] ?? 0) * y + (m[12 + row] ?? 0);
  }
  return out;
}
