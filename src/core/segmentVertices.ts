import type { LineJoins } from './lineJoins';
import type { LineSegments } from './lineSegments';
import { commonPositions } from './commonPositions';

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
  /** Where the positions are measured from, in common space (commonPositions.ts). */
  origin: readonly [x: number, y: number];
  /** Each vertex's segment start, then its end: x, y in common space less `origin`. */
  sources: Float32Array;
  targets: Float32Array;
  /** Which end and which side of its segment a vertex is (SEGMENT_CORNERS). */
  corners: Float32Array;
}

/** A column of positions for each vertex: vertex v gets the position of `segmentOf[v]`. */
function perVertex(positions: Float64Array | undefined, segmentOf: Int32Array): Float32Array {
  const out = new Float32Array(segmentOf.length * 2);
  for (let v = 0; v < segmentOf.length; v++) {
    const s = segmentOf[v] ?? 0;
    out[v * 2] = positions?.[s * 2] ?? NaN;
    out[v * 2 + 1] = positions?.[s * 2 + 1] ?? NaN;
  }
  return out;
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
  const { origin, columns } = commonPositions([segments.sources, segments.targets]);
  return {
    vertexCount,
    origin,
    sources: perVertex(columns[0], segmentOf),
    targets: perVertex(columns[1], segmentOf),
    corners,
  };
}
