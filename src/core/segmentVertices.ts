import type { LineSegments } from './lineSegments';

/** Two triangles a segment, from its start (x 0) to its end (x 1), on both sides (y −1, 1). */
export const SEGMENT_CORNERS: readonly number[] = [0, -1, 0, 1, 1, -1, 1, -1, 0, 1, 1, 1];
const VERTICES = SEGMENT_CORNERS.length / 2;

/** Each vertex of every segment, with the segment's two ends as a GPU reads them. */
export interface SegmentVertices {
  vertexCount: number;
  /** Positions as 32-bit floats and what they leave out: high + low is the position. */
  sourceHigh: Float32Array;
  sourceLow: Float32Array;
  targetHigh: Float32Array;
  targetLow: Float32Array;
  /** Which end and which side of its segment a vertex is (SEGMENT_CORNERS). */
  corners: Float32Array;
}

/** A column of positions, split for each vertex into the three-wide high and low parts shaders take. */
function split(positions: Float64Array, count: number): { high: Float32Array; low: Float32Array } {
  const high = new Float32Array(count * VERTICES * 3);
  const low = new Float32Array(count * VERTICES * 3);
  for (let s = 0; s < count; s++) {
    for (let axis = 0; axis < 2; axis++) {
      const value = positions[s * 2 + axis] ?? NaN;
      const h = Math.fround(value);
      for (let v = 0; v < VERTICES; v++) {
        const at = (s * VERTICES + v) * 3 + axis;
        high[at] = h;
        low[at] = value - h;
      }
    }
  }
  return { high, low };
}

/**
 * Segments as one list of triangles, drawn in a single call: a software GPU (SwiftShader)
 * pays about 17 µs for each instance of an instanced draw whatever it draws, so 3,127
 * border segments drawn as instances cost it 53 ms a frame, and as these vertices 7 ms.
 */
export function segmentVertices({ length, sources, targets }: LineSegments): SegmentVertices {
  const source = split(sources, length);
  const target = split(targets, length);
  const corners = new Float32Array(length * SEGMENT_CORNERS.length);
  for (let s = 0; s < length; s++) corners.set(SEGMENT_CORNERS, s * SEGMENT_CORNERS.length);
  return {
    vertexCount: length * VERTICES,
    sourceHigh: source.high,
    sourceLow: source.low,
    targetHigh: target.high,
    targetLow: target.low,
    corners,
  };
}
