import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Bounds } from '../../src/core/mapModel';
import { panelLocation, panelPoint, type Panel } from '../../src/core/panelPoint';
import type { PolygonPart } from '../../src/core/polygonParts';
import { regionAt, type PickCircle, type PickScene } from '../../src/core/regionAt';

// A 400 px panel around 105° E, 26° N (Guizhou) at a zoom where a pixel is a few hundred metres.
const panel: Panel = {
  view: { x: 20, y: 10, width: 400, height: 400 },
  camera: { lon: 106.7, lat: 26.6, zoom: 8 },
};

/** The longitude and latitude under a screen point: fixtures are drawn in pixels. */
const at = (x: number, y: number) => panelLocation(panel, x, y);

/** A rectangle of the screen as a polygon ring in degrees, with holes given the same way. */
function box(x0: number, y0: number, x1: number, y1: number): [number, number][] {
  return [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)];
}

function scene(polygons: PolygonPart[], circles: PickCircle[] = []): PickScene {
  const rowBounds: Bounds[] = [];
  for (const { polygon, row } of polygons) {
    for (const [lon, lat] of (polygon as [number, number][][])[0]!) {
      const b = (rowBounds[row] ??= [lon, lat, lon, lat]);
      b[0] = Math.min(b[0], lon);
      b[1] = Math.min(b[1], lat);
      b[2] = Math.max(b[2], lon);
      b[3] = Math.max(b[3], lat);
    }
  }
  return { polygons, rowBounds, circles };
}

const circle = (row: number, x: number, y: number, radius: number): PickCircle => {
  const [lon, lat] = at(x, y);
  return { row, lon, lat, radius };
};

describe('panelPoint', () => {
  it('undoes panelLocation, so a pick lands where the map drew the place', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 500, noNaN: true }),
        fc.double({ min: -50, max: 500, noNaN: true }),
        (x, y) => {
          const [px, py] = panelPoint(panel, ...at(x, y));
          expect(px).toBeCloseTo(x, 6);
          expect(py).toBeCloseTo(y, 6);
        },
      ),
    );
  });

  it('puts the camera at the middle of the panel, north up and east right', () => {
    expect(panelPoint(panel, 106.7, 26.6)).toEqual([220, 210]);
    const [x, y] = panelPoint(panel, 107, 27);
    expect(x).toBeGreaterThan(220);
    expect(y).toBeLessThan(210);
  });
});

describe('regionAt', () => {
  const two = scene([
    { row: 0, polygon: [box(100, 100, 200, 200)] },
    { row: 1, polygon: [box(200, 100, 300, 200)] },
  ]);

  it('answers the region whose polygon is under the pointer, and null over no region', () => {
    expect(regionAt(two, panel, 150, 150)).toBe(0);
    expect(regionAt(two, panel, 250, 120)).toBe(1);
    expect(regionAt(two, panel, 350, 150)).toBeNull();
    expect(regionAt(two, panel, 150, 250)).toBeNull();
  });

  it('leaves a hole to what lies under it, as the fill does', () => {
    const holed = scene([
      { row: 0, polygon: [box(0, 0, 400, 400)] },
      { row: 1, polygon: [box(100, 100, 300, 300), box(150, 150, 250, 250)] },
    ]);
    expect(regionAt(holed, panel, 120, 120)).toBe(1);
    expect(regionAt(holed, panel, 200, 200)).toBe(0);
  });

  it('gives the later of two overlapping polygons, the one drawn on top', () => {
    const overlap = scene([
      { row: 0, polygon: [box(100, 100, 300, 300)] },
      { row: 1, polygon: [box(200, 200, 350, 350)] },
    ]);
    expect(regionAt(overlap, panel, 250, 250)).toBe(1);
    expect(regionAt(overlap, panel, 150, 150)).toBe(0);
  });

  it('finds a region by any part of a multipolygon', () => {
    const islands = scene([
      { row: 4, polygon: [box(10, 10, 40, 40)] },
      { row: 4, polygon: [box(300, 300, 340, 340)] },
    ]);
    expect(regionAt(islands, panel, 20, 20)).toBe(4);
    expect(regionAt(islands, panel, 320, 330)).toBe(4);
    expect(regionAt(islands, panel, 150, 150)).toBeNull();
  });

  it('lets a circle over a polygon answer for its own region, out to its outer edge', () => {
    const s = scene([{ row: 0, polygon: [box(100, 100, 300, 300)] }], [circle(7, 150, 150, 10)]);
    expect(regionAt(s, panel, 150, 150)).toBe(7);
    expect(regionAt(s, panel, 159, 150)).toBe(7);
    expect(regionAt(s, panel, 162, 150)).toBe(0);
    // Off every polygon, the circle still answers: a county-level city drawn as a ring.
    const alone = scene([], [circle(3, 50, 50, 6)]);
    expect(regionAt(alone, panel, 54, 52)).toBe(3);
    expect(regionAt(alone, panel, 60, 60)).toBeNull();
  });

  it('gives the later of two overlapping circles, and skips a circle of no size', () => {
    const s = scene([], [circle(1, 100, 100, 10), circle(2, 108, 100, 10), circle(5, 100, 100, 0)]);
    expect(regionAt(s, panel, 104, 100)).toBe(2);
    expect(regionAt(s, panel, 93, 100)).toBe(1);
  });

  it('lets a click land a little off a region only when nothing is under the pointer itself', () => {
    const s = scene([{ row: 0, polygon: [box(100, 100, 200, 200)] }], [circle(9, 300, 300, 5)]);
    expect(regionAt(s, panel, 201.5, 150)).toBeNull();
    expect(regionAt(s, panel, 201.5, 150, 2)).toBe(0);
    expect(regionAt(s, panel, 306.5, 300, 2)).toBe(9);
    expect(regionAt(s, panel, 204, 150, 2)).toBeNull();
    // Inside the polygon, a circle 1 px away does not take the click from it.
    const near = scene([{ row: 0, polygon: [box(100, 100, 200, 200)] }], [circle(9, 150, 150, 5)]);
    expect(regionAt(near, panel, 156, 150, 2)).toBe(0);
  });

  it('looks only at the rows the panel draws', () => {
    const only = { ...two, shows: (row: number) => row === 1 };
    expect(regionAt(only, panel, 150, 150)).toBeNull();
    expect(regionAt(only, panel, 250, 150)).toBe(1);
  });

  it('skips what is not a polygon rather than failing', () => {
    const odd = scene([{ row: 0, polygon: [box(100, 100, 200, 200)] }]);
    const broken: PickScene = {
      ...odd,
      polygons: [
        ...odd.polygons,
        { row: 0, polygon: null },
        { row: 0, polygon: [[['a', 'b']], 7, [[1]]] },
      ],
    };
    expect(regionAt(broken, panel, 150, 150)).toBe(0);
    expect(regionAt(broken, panel, 300, 300)).toBeNull();
  });

  it('skips a polygon whose row has no extent', () => {
    const s: PickScene = { ...two, rowBounds: [undefined, two.rowBounds[1]] };
    expect(regionAt(s, panel, 150, 150)).toBeNull();
    expect(regionAt(s, panel, 250, 150)).toBe(1);
  });
});
