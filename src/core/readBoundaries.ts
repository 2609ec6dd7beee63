import { feature, meshArcs } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

/**
 * A boundary layer as the map draws it: its polygons, and its borders as lines in which a
 * border two polygons share appears once (drawn twice, it would look darker and thicker
 * than a coast or a border with the outside).
 */
export interface BoundaryLayer extends GeoJSON.FeatureCollection {
  borders: GeoJSON.Position[][];
}

export const isTopology = (json: unknown): json is Topology =>
  typeof json === 'object' && json !== null && (json as { type?: unknown }).type === 'Topology';

/**
 * TopoJSON (what data/boundaries ships; its first object is the layer) as features and
 * one mesh of borders. Null when the topology holds no collection of geometries: the
 * caller then reports the file as not a boundary layer.
 */
export function readTopology(topology: Topology): BoundaryLayer | null {
  const object = Object.values(topology.objects ?? {})[0];
  if (object?.type !== 'GeometryCollection') return null;
  const decoded = withDecodedArcs(topology, object as GeometryObject);
  const polygons = feature(decoded, object);
  // The stitching reads the arcs as the file gives them (it tells an empty arc by its zero
  // step); only the lines' points come from the decoded arcs.
  const lines = meshArcs(topology, object as GeometryObject);
  return { ...polygons, borders: feature(decoded, lines).geometry.coordinates };
}

/**
 * The same topology with each quantized arc decoded to positions once. topojson-client
 * decodes an arc again wherever it is used, with a new array per point: both polygons beside
 * a border, then the mesh, which for thousands of counties took a second of a load. Decoded
 * with the client's own arithmetic, so every coordinate is the same number; the rings share
 * their points with the arcs, as they do in a topology that was never quantized. Points and
 * multipoints, whose positions are not steps, keep the client's own decoding.
 */
function withDecodedArcs(topology: Topology, object: GeometryObject): Topology {
  const t = topology.transform;
  if (!t || hasPoints(object)) return topology;
  const [kx, ky] = t.scale;
  const [dx, dy] = t.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((step) => {
      const p = [(x += step[0] ?? 0) * kx + dx, (y += step[1] ?? 0) * ky + dy];
      // A third value (an elevation) is kept as it is, as the client keeps it.
      for (let j = 2; j < step.length; j++) p.push(step[j] ?? 0);
      return p;
    });
  });
  return { ...topology, transform: undefined, arcs } as Topology;
}

function hasPoints(o: GeometryObject): boolean {
  if (o.type === 'GeometryCollection') return o.geometries.some(hasPoints);
  return o.type === 'Point' || o.type === 'MultiPoint';
}
