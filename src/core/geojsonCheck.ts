/**
 * A boundary file is read from the network and may be anything: another JSON shape, a
 * feature without geometry, a coordinate of 1e308. Each feature is checked before any of
 * it reaches the map; a bad feature is left out and named (file, feature index, field),
 * the good ones stay, so one broken polygon never blanks the whole map.
 */
import type { BoundaryCollection, BoundaryFeature } from './mapModel';
import { issue, shapeOf, type IssueMessage } from './issueMessages';
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
    const what = isObject(json) ? JSON.stringify(String(json.type)) : shapeOf(json);
    issues.push({ file, row: 0, field: 'type', ...issue('not-feature-collection', { what }) });
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
        ...problem.message,
      });
    } else {
      features.push(f as BoundaryFeature);
    }
  });
  return { collection: { type: 'FeatureCollection', features }, issues };
}

type Found = { field: string; message: IssueMessage } | null;
const wrongShape = (field: string, v: unknown, expected: 'Feature' | 'geometry' | 'list') => ({
  field,
  message: issue('wrong-shape', { shape: shapeOf(v), expected }),
});

function featureProblem(f: unknown): Found {
  if (!isObject(f)) return wrongShape('feature', f, 'Feature');
  const g = f.geometry;
  if (!isObject(g)) return wrongShape('geometry', g, 'geometry');
  const type = typeof g.type === 'string' ? g.type : '';
  if (!POLYGONAL.has(type))
    return {
      field: 'geometry.type',
      message: issue('not-polygon', { text: JSON.stringify(String(g.type)) }),
    };
  const p = f.properties;
  if (!isObject(p) || typeof p.code !== 'string' || typeof p.name !== 'string')
    return { field: 'properties', message: issue('lacks-code-name', {}) };
  // The label point is optional here (regions.csv gives it), but one given must be sane.
  if (p.lon !== undefined || p.lat !== undefined) {
    const bad = positionProblem([p.lon, p.lat]);
    if (bad) return { field: 'properties.lon/lat', message: bad };
  }
  return coordinatesProblem(g.coordinates, DEPTH.get(type) ?? 2);
}

/** Walks the rings; the first bad position is named by its path (coordinates[0][3]). */
function coordinatesProblem(coords: unknown, depth: number, path = 'geometry.coordinates'): Found {
  if (!Array.isArray(coords)) return wrongShape(path, coords, 'list');
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

function positionProblem(pos: unknown[]): IssueMessage | null {
  const [lon, lat] = pos;
  if (typeof lon !== 'number' || typeof lat !== 'number' || pos.length < 2)
    return issue('not-position', { text: short(pos) });
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    return issue('position-not-finite', { text: short(pos) });
  if (Math.abs(lon) > 180) return issue('longitude-out-of-range', { value: lon });
  if (Math.abs(lat) > 90) return issue('latitude-out-of-range', { value: lat });
  return null;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
