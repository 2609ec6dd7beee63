import { describe, it, expect } from 'vitest';
import { commonX, commonY, mercatorX, mercatorY } from '../../src/core/webMercator';

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

  it('gives deck.gl’s common space: 512 world pixels across, y growing northwards from the bottom edge', () => {
    expect(commonX(-180)).toBe(0);
    expect(commonX(0)).toBe(256);
    expect(commonX(180)).toBe(512);
    expect(commonY(0)).toBe(256);
    expect(commonY(85.05112878)).toBeCloseTo(512, 6);
    expect(commonY(-85.05112878)).toBeCloseTo(0, 6);
    expect(commonY(27)).toBeGreaterThan(commonY(26));
  });
});
