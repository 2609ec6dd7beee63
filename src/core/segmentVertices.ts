import type { LineJoins } from './lineJoins';
import type { LineSegments } from './lineSegments';

/** Two triangles a segment, from its start (x 0) to its end (x 1), on both sides (y −1, 1). */
export const SEGMENT_CORNERS: readonly number[] = [0, -1, 0, 1, 1, -1, 1, -1, 0, 1, 1, 1];
const VERTICES = SEGMENT_CORNERS.length / 2;
/**
 * One triangle a turn, between the two segments' corners on its outer side and the point
 * where they meet: the incoming segment's end (x 1), the outgoing one's start (x 0), and that
 * start on the line itself (y 0). Each corner is its own segment's, so the wedge meets both.
 */
const JOIN_VERTICES = 3;

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

/**
 * A column of positions, split for each vertex into the three-wide high and low parts shaders
 * take: vertex v gets the position of segment `segmentOf[v]`.
 */
function split(
  positions: Float64Array,
  segmentOf: Int32Array,
): { high: Float32Array; low: Float32Array } {
  const high = new Float32Array(segmentOf.length * 3);
  const low = new Float32Array(segmentOf.length * 3);
  for (let v = 0; v < segmentOf.length; v++) {
    const s = segmentOf[v] ?? 0;
    for (let axis = 0; axis < 2; axis++) {
      const value = positions[s * 2 + axis] ?? NaN;
      const h = Math.fround(value);
      high[v * 3 + axis] = h;
      low[v * 3 + axis] = value - h;
    }
  }
  return { high, low };
}

/**
 * Segments as one list of triangles, drawn in a single call: a software GPU (SwiftShader)
 * pays about 17 µs for each instance of an instanced draw whatever it draws, so 3,127
 * border segments drawn as instances cost it 53 ms a frame, and as these vertices 7 ms.
 * With `joins`, a triangle closes the outer side of each turn (core/lineJoins.ts).
 */
export function segmentVertices(segments: LineSegments, joins?: LineJoins): SegmentVertices {
  const turns = joins?.length ?? 0;
  const vertexCount = segments.length * VERTICES + turns * JOIN_VERTICES;
  const segmentOf = new Int32Array(vertexCount);
  const corners = new Float32Array(vertexCount * 2);
  for (let s = 0; s < segments.length; s++) {
    segmentOf.fill(s, s * VERTICES, (s + 1) * VERTICES);
    corners.set(SEGMENT_CORNERS, s * SEGMENT_CORNERS.length);
  }
  let v = segments.length * VERTICES;
  const put = (segment: number, x: number, y: number) => {
    segmentOf[v] = segment;
    corners[v * 2] = x;
    corners[v * 2 + 1] = y;
    v++;
  };
  if (joins) {
    for (let j = 0; j < turns; j++) {
      const side = joins.sides[j] ?? 0;
      const outgoing = joins.outgoing[j] ?? 0;
      put(joins.incoming[j] ?? 0, 1, side);
      put(outgoing, 0, side);
      put(outgoing, 0, 0);
    }
  }
  const source = split(segments.sources, segmentOf);
  const target = split(segments.targets, segmentOf);
  return {
    vertexCount,
    sourceHigh: source.high,
    sourceLow: source.low,
    targetHigh: target.high,
    targetLow: target.low,
    corners,
  };
}
