import { describe, expect, it } from 'vitest';
import { lineSegments } from '../../src/core/lineSegments';
import { SEGMENT_CORNERS, segmentVertices } from '../../src/core/segmentVertices';

const line = [
  [106.70123456789, 26.5],
  [107.25, 27.123456789],
  [108, 26],
];

describe('segmentVertices', () => {
  it('gives each segment two triangles: six vertices covering both ends and both sides', () => {
    const v = segmentVertices(lineSegments([line]));
    expect(v.vertexCount).toBe(12);
    expect(v.corners).toHaveLength(24);
    const corners = [...v.corners.subarray(0, 12)];
    expect(corners).toEqual(SEGMENT_CORNERS);
    const seen = new Set<string>();
    for (let i = 0; i < corners.length; i += 2) seen.add(`${corners[i]},${corners[i + 1]}`);
    expect([...seen].sort()).toEqual(['0,-1', '0,1', '1,-1', '1,1']);
  });

  it('gives every vertex of a segment that segment’s two ends', () => {
    const v = segmentVertices(lineSegments([line]));
    for (let vertex = 6; vertex < 12; vertex++) {
      expect(v.sourceHigh[vertex * 3]).toBe(Math.fround(107.25));
      expect(v.targetHigh[vertex * 3 + 1]).toBe(Math.fround(26));
      // Positions are flat: the third coordinate is the ground.
      expect(v.sourceHigh[vertex * 3 + 2]).toBe(0);
    }
  });

  it('keeps what 32-bit floats drop in the low part: high + low is the position to float precision', () => {
    const v = segmentVertices(lineSegments([line]));
    const lon = (v.sourceHigh[0] ?? 0) + (v.sourceLow[0] ?? 0);
    const lat = (v.targetHigh[1] ?? 0) + (v.targetLow[1] ?? 0);
    expect(Math.abs(lon - 106.70123456789)).toBeLessThan(1e-11);
    expect(Math.abs(lat - 27.123456789)).toBeLessThan(1e-11);
    expect(v.sourceHigh[0]).not.toBe(106.70123456789);
  });

  it('lays out nothing for no segments', () => {
    const v = segmentVertices(lineSegments([]));
    expect(v.vertexCount).toBe(0);
    expect(v.corners).toHaveLength(0);
  });
});
