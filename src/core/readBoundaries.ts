import { feature, mesh } from 'topojson-client';
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
  const polygons = feature(topology, object);
  return { ...polygons, borders: mesh(topology, object as GeometryObject).coordinates };
}
