import { describe, it, expect } from 'vitest';
import { polygonMesh } from '../../src/core/polygonMesh';
import { polygonParts } from '../../src/core/polygonParts';

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

/** Area of the triangles on the lon/lat plane: a tessellation covers its polygon exactly. */
function triangleArea(positions: Float64Array, indices: Uint32Array): number {
  let area = 0;
  for (let i = 0; i < indices.length; i += 3) {
    const [a, b, c] = [indices[i]!, indices[i + 1]!, indices[i + 2]!];
    const ax = positions[a * 2]!;
    const ay = positions[a * 2 + 1]!;
    const bx = positions[b * 2]!;
    const by = positions[b * 2 + 1]!;
    const cx = positions[c * 2]!;
    const cy = positions[c * 2 + 1]!;
    area += Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  }
  return area;
}

describe('polygonMesh', () => {
  it('fills each part with triangles that cover it, holes left open', () => {
    const parts = polygonParts([
      { geometry: { type: 'Polygon', coordinates: [square(100, 20, 2), square(100.5, 20.5, 1)] } },
      { geometry: { type: 'Polygon', coordinates: [square(104, 20, 1)] } },
    ]);
    const mesh = polygonMesh(parts);
    expect(mesh.length).toBe(2);
    // 4 − 1 (the hole) + 1; Mercator moves the cut, not the vertices.
    expect(triangleArea(mesh.positions, mesh.indices)).toBeCloseTo(4, 6);
    expect([...mesh.startIndices]).toEqual([0, 10, 15]);
  });

  it('gives every vertex and every part its region’s row, for colours and picks', () => {
    const parts = polygonParts([
      { geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
      {
        geometry: {
          type: 'MultiPolygon',
          coordinates: [[square(2, 0, 1)], [square(4, 0, 1)]],
        },
      },
    ]);
    const mesh = polygonMesh(parts);
    expect([...mesh.partRows]).toEqual([0, 1, 1]);
    expect([...mesh.vertexRows]).toEqual([...Array(5).fill(0), ...Array(10).fill(1)]);
  });

  it('uses only vertices of its own part in each triangle', () => {
    const parts = polygonParts([
      { geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
      { geometry: { type: 'Polygon', coordinates: [square(3, 0, 1)] } },
    ]);
    const mesh = polygonMesh(parts);
    for (let i = 0; i < mesh.indices.length; i += 3) {
      const parts = [0, 1, 2].map((k) => (mesh.indices[i + k]! < mesh.startIndices[1]! ? 0 : 1));
      expect(new Set(parts).size).toBe(1);
    }
  });

  it('keeps the place of a part with no usable outline, with no vertices', () => {
    const mesh = polygonMesh([
      { polygon: [[[0, 0]]], row: 0 },
      { polygon: [square(0, 0, 1), [[1, 1]]], row: 1 },
      { polygon: null, row: 2 },
    ]);
    expect([...mesh.startIndices]).toEqual([0, 0, 5, 5]);
    expect([...mesh.partRows]).toEqual([0, 1, 2]);
    expect(mesh.indices.length).toBe(6);
  });
});
