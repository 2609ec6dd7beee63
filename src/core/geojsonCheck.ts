/**
 * A boundary file is read from the network and may be anything: another JSON shape, a
 * feature without geometry, a coordinate of 1e308. Each feature is checked before any of
 * it reaches the map; a bad feature is left out and named (file, feature index, field),
 * the good ones stay, so one broken polygon never blanks the whole map.
 */
import type { BoundaryCollection, BoundaryFeature } from './mapModel';
import type { InputIssue } from './types';

const POLYGONAL = new Set(['Polygon', 'MultiPolygon']);
/** Nesting depth of a position inside the coordinates of each type. */
const DEPTH: ReadonlyMap<string, number> = new Map([
  ['Polygon', 2],
  ['MultiPolygon', 3],
]);

export interface CheckedBoundaries {
  collection: BoundaryCollection;
  issues: InputIssue[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Never throws: whatever `json` is, the result is a usable (maybe empty) collection. */
export function checkBoundaries(json: unknown, file: string): CheckedBoundaries {
  const issues: InputIssue[] = [];
  const empty: BoundaryCollection = { type: 'FeatureCollection', features: [] };
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    const kind = isObject(json) ? JSON.stringify(String(json.type)) : describe(json);
    issues.push({
      file,
      row: 0,
      field: 'type',
      message: `is ${kind}, not a FeatureCollection with a features list`,
    });
    return { collection: empty, issues };
  }
  const features: BoundaryFeature[] = [];
  json.features.forEach((f: unknown, i: number) => {
    const problem = featureProblem(f);
    if (problem) {
      issues.push({
        file,
        row: 0,
        field: `feature ${i}: ${problem.field}`,
        message: problem.message,
      });
    } else {
      features.push(f as BoundaryFeature);
    }
  });
  return { collection: { type: 'FeatureCollection', features }, issues };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

function featureProblem(f: unknown): { field: string; message: string } | null {
  if (!isObject(f)) return { field: 'feature', message: `is ${describe(f)}, not a Feature` };
  const g = f.geometry;
  if (!isObject(g)) return { field: 'geometry', message: `is ${describe(g)}, not a geometry` };
  const type = typeof g.type === 'string' ? g.type : '';
  if (!POLYGONAL.has(type))
    return {
      field: 'geometry.type',
      message: `${JSON.stringify(String(g.type))} is not Polygon or MultiPolygon`,
    };
  const p = f.properties;
  if (!isObject(p) || typeof p.code !== 'string' || typeof p.name !== 'string')
    return { field: 'properties', message: 'lacks a text code and name' };
  // The label point is optional here (regions.csv gives it), but one given must be sane.
  if (p.lon !== undefined || p.lat !== undefined) {
    const bad = positionProblem([p.lon, p.lat]);
    if (bad) return { field: 'properties.lon/lat', message: bad };
  }
  return coordinatesProblem(g.coordinates, DEPTH.get(type) ?? 2);
}

/** Walks the rings; the first bad position is named by its path (coordinates[0][3]). */
function coordinatesProblem(
  coords: unknown,
  depth: number,
  path = 'geometry.coordinates',
): { field: string; message: string } | null {
  if (!Array.isArray(coords)) return { field: path, message: `is ${describe(coords)}, not a list` };
  if (depth === 0) {
    const bad = positionProblem(coords);
    return bad ? { field: path, message: bad } : null;
  }
  for (let i = 0; i < coords.length; i++) {
    const found = coordinatesProblem(coords[i], depth - 1, `${path}[${i}]`);
    if (found) return found;
  }
  return null;
}

function positionProblem(pos: unknown[]): string | null {
  const [lon, lat] = pos;
  if (typeof lon !== 'number' || typeof lat !== 'number' || pos.length < 2)
    return `${short(pos)} is not a [longitude, latitude] pair of numbers`;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return `${short(pos)} is not finite`;
  if (Math.abs(lon) > 180) return `longitude ${lon} is outside −180…180`;
  if (Math.abs(lat) > 90) return `latitude ${lat} is outside −90…90`;
  return null;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
