import { describe, expect, it } from 'vitest';
import { lineJoins } from '../../src/core/lineJoins';
import { lineSegments } from '../../src/core/lineSegments';
import { SEGMENT_CORNERS, segmentVertices } from '../../src/core/segmentVertices';
import { commonX, commonY } from '../../src/core/webMercator';

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

  /** Vertex `v`'s start (or end) back in common space, as 64-bit floats. */
  const at = (
    v: ReturnType<typeof segmentVertices>,
    vertex: number,
    end: 'sources' | 'targets',
  ) => [(v[end][vertex * 2] ?? NaN) + v.origin[0], (v[end][vertex * 2 + 1] ?? NaN) + v.origin[1]];

  it('gives every vertex of a segment that segment’s two ends, in deck.gl’s common space', () => {
    const v = segmentVertices(lineSegments([line]));
    for (let vertex = 6; vertex < 12; vertex++) {
      const [x, y] = at(v, vertex, 'sources');
      expect(x).toBeCloseTo(commonX(107.25), 5);
      expect(y).toBeCloseTo(commonY(27.123456789), 5);
      expect(at(v, vertex, 'targets')[1]).toBeCloseTo(commonY(26), 5);
    }
  });

  it('measures positions from the middle of the segments, so 32-bit floats keep them to the millimetre', () => {
    const v = segmentVertices(lineSegments([line]));
    // The box around the line, from 106.70° to 108° east and 26° to 27.12° north.
    expect(v.origin[0]).toBeCloseTo((commonX(106.70123456789) + commonX(108)) / 2, 9);
    expect(v.origin[1]).toBeCloseTo((commonY(26) + commonY(27.123456789)) / 2, 9);
    // A common unit is 1/512 of the world: about 78 km at the equator.
    const metres = 40_075_000 / 512;
    const [x] = at(v, 0, 'sources');
    expect(Math.abs((x ?? NaN) - commonX(106.70123456789)) * metres).toBeLessThan(1e-3);
    expect(
      Math.abs(Math.fround(commonX(106.70123456789)) - commonX(106.70123456789)) * metres,
    ).toBeGreaterThan(1e-3);
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
    expect(at(v, 12, 'targets')[0]).toBeCloseTo(commonX(107.25), 5);
    expect(at(v, 13, 'sources')[0]).toBeCloseTo(commonX(107.25), 5);
    expect(at(v, 14, 'sources')[1]).toBeCloseTo(commonY(27.123456789), 5);
    expect(at(v, 14, 'targets')[0]).toBeCloseTo(commonX(108), 5);
  });

  it('lays out the segments alike with or without their joins', () => {
    const plain = segmentVertices(lineSegments([line]));
    const joined = segmentVertices(lineSegments([line]), lineJoins([line]));
    expect([...joined.corners.subarray(0, 24)]).toEqual([...plain.corners]);
    expect(joined.origin).toEqual(plain.origin);
    expect([...joined.sources.subarray(0, 24)]).toEqual([...plain.sources]);
    expect([...joined.targets.subarray(0, 24)]).toEqual([...plain.targets]);
  });
});
