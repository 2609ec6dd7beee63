import { describe, expect, it } from 'vitest';
import { commonPositions } from '../../src/core/commonPositions';
import { commonX, commonY } from '../../src/core/webMercator';

describe('commonPositions', () => {
  const a = Float64Array.from([104, 25, 109.5, 29]);
  const b = Float64Array.from([106, 24.6]);

  it('measures every column from one origin, the middle of the box around all their positions', () => {
    const { origin, columns } = commonPositions([a, b]);
    expect(origin[0]).toBeCloseTo((commonX(104) + commonX(109.5)) / 2, 9);
    expect(origin[1]).toBeCloseTo((commonY(24.6) + commonY(29)) / 2, 9);
    expect((columns[0]?.[2] ?? NaN) + origin[0]).toBeCloseTo(commonX(109.5), 9);
    expect((columns[1]?.[1] ?? NaN) + origin[1]).toBeCloseTo(commonY(24.6), 9);
  });

  it('leaves the positions given as they were', () => {
    commonPositions([a]);
    expect([...a]).toEqual([104, 25, 109.5, 29]);
  });

  it('keeps a missing position missing, and measures from 0, 0 when there is none', () => {
    const { origin, columns } = commonPositions([Float64Array.from([NaN, NaN])]);
    expect(origin).toEqual([0, 0]);
    expect(Number.isNaN(columns[0]?.[0])).toBe(true);
    expect(commonPositions([]).origin).toEqual([0, 0]);
  });
});
