import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FULL_DETAIL_ZOOM } from '../../src/core/linesAtZoom';
import { polygonMesh } from '../../src/core/polygonMesh';
import { polygonsAtZoom } from '../../src/core/polygonsAtZoom';
import type { PolygonPart } from '../../src/core/polygonParts';

/**
 * A closed ring around (lon, lat) of `n` vertices whose radius wobbles by `wobble` degrees:
 * a province-like outline with detail far finer than a pixel at a low zoom.
 */
function wobblyRing(lon: number, lat: number, radius: number, n: number, wobble: number) {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (i / n) * 2 * Math.PI;
    const r = radius + wobble * Math.sin(i * 2.1);
    return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
  });
  ring.push(ring[0]!);
  return ring;
}

/** Area of a ring on the plane of longitude and latitude (shoelace). */
function area(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    sum += x0! * y1! - x1! * y0!;
  }
  return Math.abs(sum / 2);
}

/** The rings of one part as the mesh holds them. */
function meshRings(mesh: ReturnType<typeof polygonMesh>, part: number): number {
  return mesh.startIndices[part + 1]! - mesh.startIndices[part]!;
}

describe('polygonsAtZoom', () => {
  const parts: PolygonPart[] = [
    { row: 0, polygon: [wobblyRing(106, 26, 1, 2000, 0.0005)] },
    { row: 1, polygon: [wobblyRing(109, 27, 0.5, 1000, 0.0005)] },
  ];

  it('draws a region with far fewer vertices at a province zoom than in its source', () => {
    const mesh = polygonsAtZoom(parts)(6);
    const full = polygonMesh(parts);
    expect(mesh.positions.length).toBeLessThan(full.positions.length / 5);
  });

  it('keeps every part in its place, so a pick names the same region', () => {
    const mesh = polygonsAtZoom(parts)(4);
    expect(mesh.length).toBe(2);
    expect(Array.from(mesh.partRows)).toEqual([0, 1]);
    expect(meshRings(mesh, 0)).toBeGreaterThanOrEqual(4);
    expect(meshRings(mesh, 1)).toBeGreaterThanOrEqual(4);
  });

  it('draws the source as it is from the full-detail zoom on', () => {
    const atZoom = polygonsAtZoom(parts);
    const full = polygonMesh(parts);
    expect(Array.from(atZoom(FULL_DETAIL_ZOOM).positions)).toEqual(Array.from(full.positions));
    expect(atZoom(FULL_DETAIL_ZOOM + 4)).toBe(atZoom(FULL_DETAIL_ZOOM));
  });

  it('tessellates each level once: a zoom within the same level gets the same mesh', () => {
    const atZoom = polygonsAtZoom(parts);
    expect(atZoom(5.1)).toBe(atZoom(5.9));
    expect(atZoom(5.1)).not.toBe(atZoom(6.1));
  });

  it('keeps a region smaller than the tolerance, outline and all, rather than losing it', () => {
    const tiny = wobblyRing(117, 35, 0.0001, 40, 0.00001);
    const mesh = polygonsAtZoom([{ row: 7, polygon: [tiny] }])(2);
    expect(meshRings(mesh, 0)).toBe(tiny.length);
    expect(mesh.indices.length).toBeGreaterThan(0);
  });

  it('leaves out a hole that would collapse, and keeps one that still shows', () => {
    const outline = wobblyRing(106, 26, 1, 400, 0.0005);
    const speck = wobblyRing(106, 26, 0.00005, 30, 0.00001).reverse();
    const lake = wobblyRing(106.2, 26.2, 0.2, 200, 0.0005).reverse();
    const mesh = polygonsAtZoom([{ row: 0, polygon: [outline, speck, lake] }])(3);
    const kept = meshRings(mesh, 0);
    // The speck's 31 positions are gone; the lake is there, simplified.
    const full = polygonMesh([{ row: 0, polygon: [outline, lake] }]);
    expect(kept).toBeLessThan(meshRings(full, 0));
    const withoutSpeck = polygonsAtZoom([{ row: 0, polygon: [outline, lake] }])(3);
    expect(kept).toBe(meshRings(withoutSpeck, 0));
  });

  it('covers almost the same area: no ring moves by more than the tolerance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.integer({ min: 20, max: 600 }),
        fc.integer({ min: 3, max: 10 }),
        (radius, n, zoom) => {
          const ring = wobblyRing(110, 30, radius, n, radius / 200);
          const mesh = polygonsAtZoom([{ row: 0, polygon: [ring] }])(zoom);
          const kept: number[][] = [];
          for (let i = 0; i < mesh.positions.length; i += 2)
            kept.push([mesh.positions[i]!, mesh.positions[i + 1]!]);
          expect(kept.length).toBeGreaterThanOrEqual(4);
          // Half a pixel along a perimeter of 2πr at this zoom bounds the change in area.
          const pixelDeg = 360 / (512 * 2 ** zoom) / Math.cos((30 * Math.PI) / 180);
          const bound = 2 * Math.PI * (radius * 1.01) * pixelDeg;
          expect(Math.abs(area(kept) - area(ring))).toBeLessThanOrEqual(bound);
        },
      ),
    );
  });
});
