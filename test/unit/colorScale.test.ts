import { describe, it, expect } from 'vitest';
import {
  NO_DATA,
  PALETTE,
  RATE_THRESHOLDS,
  createColorScale,
  createSizeScale,
  interpolatePalette,
} from '../../src/core/colorScale';

const same = (a: readonly number[], b: readonly number[]) => a.join() === b.join();

describe('createColorScale: bins', () => {
  const s = createColorScale('bins', [0, 100]);

  it('has six classes on the rate thresholds 60, 80, 90, 95, 99.95', () => {
    expect([...RATE_THRESHOLDS]).toEqual([60, 80, 90, 95, 99.95]);
    expect(s.legend.map((l) => l.label)).toEqual([
      '<60%',
      '60–80%',
      '80–90%',
      '90–95%',
      '95–<100%',
      '100%',
    ]);
  });

  it('puts 84, 96 and 100 in different classes', () => {
    const c84 = s.color(84);
    const c96 = s.color(96);
    const c100 = s.color(100);
    expect(same(c84, c96)).toBe(false);
    expect(same(c96, c100)).toBe(false);
    expect(same(c84, c100)).toBe(false);
  });

  it('a class includes its lower edge and excludes its upper one', () => {
    expect(s.color(60)).toEqual(PALETTE[1]);
    expect(s.color(59.9)).toEqual(PALETTE[0]);
    expect(s.color(80)).toEqual(PALETTE[2]);
    expect(s.color(95)).toEqual(PALETTE[4]);
  });

  it('99.9 is not complete; 99.95 and above count as 100', () => {
    expect(s.color(99.9)).toEqual(PALETTE[4]);
    expect(s.color(99.95)).toEqual(PALETTE[5]);
    expect(s.color(100)).toEqual(PALETTE[5]);
  });

  it('values beyond the ends fall in the end classes', () => {
    expect(s.color(-5)).toEqual(PALETTE[0]);
    expect(s.color(130)).toEqual(PALETTE[5]);
  });

  it('the legend gives each class its range and colour', () => {
    expect(s.legend[0]).toEqual({ label: '<60%', color: PALETTE[0], to: 60 });
    expect(s.legend[2]).toEqual({ label: '80–90%', color: PALETTE[2], from: 80, to: 90 });
    expect(s.legend[5]).toEqual({ label: '100%', color: PALETTE[5], from: 99.95 });
  });

  it('is fixed: the domain does not move the classes', () => {
    const other = createColorScale('bins', [84, 96]);
    expect(other.color(84)).toEqual(s.color(84));
    expect(other.legend).toEqual(s.legend);
  });

  it('no data is a grey no class uses', () => {
    expect(s.noData).toEqual(NO_DATA);
    const grey = s.noData.slice(0, 3);
    expect(PALETTE.some((c) => same(c, grey))).toBe(false);
    expect(s.color(NaN)).toEqual(grey);
  });

  it('takes other thresholds and unit when given', () => {
    const t = createColorScale('bins', [0, 10], { thresholds: [1, 5], unit: '' });
    expect(t.legend.map((l) => l.label)).toEqual(['<1', '1–5', '≥5']);
    expect(t.legend).toHaveLength(3);
  });

  it('returns a fresh colour array each time, so a caller cannot change the palette', () => {
    const c = s.color(50);
    // The type says readonly; a caller that ignores it must still not reach the palette.
    (c as unknown as number[])[0] = 0;
    expect(s.color(50)).toEqual(PALETTE[0]);
  });
});

describe('createColorScale: continuous', () => {
  const s = createColorScale('continuous', [50, 100]);

  it('runs from the first to the last palette colour across the domain', () => {
    expect(s.color(50)).toEqual(PALETTE[0]);
    expect(s.color(100)).toEqual(PALETTE[5]);
  });

  it('clamps values outside the domain', () => {
    expect(s.color(0)).toEqual(PALETTE[0]);
    expect(s.color(200)).toEqual(PALETTE[5]);
  });

  it('is monotone: a higher value is never lighter', () => {
    const lum = (c: readonly number[]) =>
      0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
    let prev = Infinity;
    for (let v = 50; v <= 100; v += 1) {
      const l = lum(s.color(v));
      expect(l).toBeLessThanOrEqual(prev + 1e-9);
      prev = l;
    }
  });

  it('the legend has stops spanning the domain', () => {
    expect(s.legend[0]?.from).toBe(50);
    expect(s.legend[s.legend.length - 1]?.from).toBe(100);
    expect(s.legend[0]?.label).toBe('50%');
  });

  it('a one-value domain does not divide by zero', () => {
    const one = createColorScale('continuous', [80, 80]);
    expect(one.color(80).every(Number.isFinite)).toBe(true);
  });

  it('a reversed domain is read the right way round', () => {
    expect(createColorScale('continuous', [100, 50]).color(100)).toEqual(PALETTE[5]);
  });
});

describe('palette', () => {
  it('is sequential: each step is darker than the one before', () => {
    const lum = (c: readonly number[]) =>
      0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
    for (let i = 1; i < PALETTE.length; i++) {
      expect(lum(PALETTE[i] as readonly number[])).toBeLessThan(
        lum(PALETTE[i - 1] as readonly number[]),
      );
    }
  });

  it('interpolation hits the palette steps exactly', () => {
    expect(interpolatePalette(0)).toEqual(PALETTE[0]);
    expect(interpolatePalette(1)).toEqual(PALETTE[5]);
    expect(interpolatePalette(0.2)).toEqual(PALETTE[1]);
  });
});

describe('createSizeScale', () => {
  const r = createSizeScale(10000, 28);

  it('0 has no circle and the maximum has the maximum radius', () => {
    expect(r(0)).toBe(0);
    expect(r(10000)).toBeCloseTo(28);
  });

  it('area, not radius, is proportional to the value', () => {
    expect(r(2500)).toBeCloseTo(14);
    expect(r(10000) / r(2500)).toBeCloseTo(2);
  });

  it('negative, NaN and missing values have no circle', () => {
    expect(r(-5)).toBe(0);
    expect(r(NaN)).toBe(0);
  });

  it('values beyond the maximum do not grow past the maximum radius', () => {
    expect(r(40000)).toBeCloseTo(28);
  });

  it('defaults to a 28 px maximum', () => {
    expect(createSizeScale(100)(100)).toBeCloseTo(28);
  });

  it('a zero or invalid maximum draws nothing rather than dividing by zero', () => {
    expect(createSizeScale(0)(10)).toBe(0);
    expect(createSizeScale(NaN)(10)).toBe(0);
  });
});
