import { describe, expect, it } from 'vitest';
import { lineJoins } from '../../src/core/lineJoins';
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

  it('closes each turn with one triangle: the two segments’ outer corners and the point they meet at', () => {
    const v = segmentVertices(lineSegments([line]), lineJoins([line]));
    // Two segments, then the one turn: east-north-east, then south-east, a right turn.
    expect(v.vertexCount).toBe(12 + 3);
    expect([...v.corners.subarray(24)]).toEqual([1, 1, 0, 1, 0, 0]);
    // The first corner is the incoming segment's end, the others the outgoing one's start:
    // all three lie at the shared position, before the shader moves them aside.
    expect(v.targetHigh[12 * 3]).toBe(Math.fround(107.25));
    expect(v.sourceHigh[13 * 3]).toBe(Math.fround(107.25));
    expect(v.sourceHigh[14 * 3 + 1]).toBe(Math.fround(27.123456789));
    expect(v.targetHigh[14 * 3]).toBe(Math.fround(108));
  });

  it('lays out the segments alike with or without their joins', () => {
    const plain = segmentVertices(lineSegments([line]));
    const joined = segmentVertices(lineSegments([line]), lineJoins([line]));
    expect([...joined.corners.subarray(0, 24)]).toEqual([...plain.corners]);
    expect([...joined.sourceLow.subarray(0, 36)]).toEqual([...plain.sourceLow]);
    expect([...joined.targetHigh.subarray(0, 36)]).toEqual([...plain.targetHigh]);
  });
});
