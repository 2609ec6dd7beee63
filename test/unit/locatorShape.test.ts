import { describe, expect, it } from 'vitest';
import { locatorShape } from '../../src/core/locatorShape';

const ring = (x: number, y: number, d: number, steps = 1) => {
  const pts: number[][] = [];
  for (let i = 0; i <= steps; i++) pts.push([x + (d * i) / steps, y]);
  pts.push([x + d, y + d], [x, y + d], [x, y]);
  return pts;
};

const country = [
  { geometry: { type: 'Polygon', coordinates: [ring(80, 20, 20, 400)] } },
  { geometry: { type: 'MultiPolygon', coordinates: [[ring(100, 30, 10)], [ring(115, 40, 5)]] } },
  { geometry: null },
];

describe('locatorShape', () => {
  it('is as wide as asked, with the height the extent gives on Web Mercator', () => {
    const s = locatorShape(country, 60);
    expect(s.width).toBe(60);
    expect(s.height).toBeGreaterThan(20);
    expect(s.height).toBeLessThan(60);
  });

  it('puts the extent’s corners at the locator’s corners', () => {
    const s = locatorShape(country, 60);
    expect(s.project(80, 45)).toEqual([0, 0]);
    const [x, y] = s.project(120, 20);
    expect(x).toBeCloseTo(60, 9);
    // The height is whole pixels, rounded up so that nothing is cut.
    expect(y).toBeLessThanOrEqual(s.height);
    expect(y).toBeGreaterThan(s.height - 1);
  });

  it('drops vertices the locator cannot show', () => {
    const s = locatorShape(country, 60);
    // The 401 vertices along one straight edge become its two ends.
    expect(s.path.split('L').length).toBeLessThan(20);
    expect(s.path.match(/M/g)).toHaveLength(3);
  });

  it('draws nothing for features without a geometry', () => {
    expect(locatorShape([{ geometry: null }], 40)).toMatchObject({ path: '', height: 0 });
  });
});
