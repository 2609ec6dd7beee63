import { describe, it, expect } from 'vitest';
import { mercatorX, mercatorY } from '../../src/core/webMercator';

describe('webMercator', () => {
  it('puts 0°, 0° at the middle of the world and measures in world widths', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBe(0.5);
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(180)).toBe(1);
  });

  it('grows southwards, is square at the edge, and clamps beyond it', () => {
    expect(mercatorY(40)).toBeLessThan(mercatorY(20));
    expect(mercatorY(85.05112878)).toBeCloseTo(0, 9);
    expect(mercatorY(90)).toBe(mercatorY(85.05112878));
  });
});
