/**
 * One file that brings back a map made from one's own data: the table as text, the choices
 * made about it (column roles, layout, year, join overrides), the boundary polygons when they
 * came from a file (shipped ones by their level and area only), and the view as a query
 * string. Reopening reruns the same import on the same text, so what the map shows is derived
 * again, never stored twice.
 */
import type { BoundaryCollection } from '../mapModel';
import type { WireChoices } from './analyseImport';
import { shippedChoiceOf, type ShippedChoice } from '../shippedBoundaries';

export const PROJECT_FORMAT = 'resumption-map-project';
export const PROJECT_VERSION = 1;

export interface Project {
  file: string;
  text: string;
  choices: WireChoices;
  boundaryFile: string;
  boundaries: BoundaryCollection | null;
  /** Shipped boundaries other than the map's own regions, by level and area. */
  shipped: ShippedChoice | null;
  query: string;
}

export function writeProject(p: Project): string {
  return JSON.stringify({ format: PROJECT_FORMAT, version: PROJECT_VERSION, ...p });
}

/** The project a parsed JSON file holds, or null when it is not one (e.g. a GeoJSON file). */
export function parseProject(json: unknown): Project | null {
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  if (o.format !== PROJECT_FORMAT || o.version !== PROJECT_VERSION) return null;
  if (typeof o.file !== 'string' || typeof o.text !== 'string' || typeof o.query !== 'string')
    return null;
  const c = (o.choices ?? {}) as Partial<WireChoices>;
  const overrides = Array.isArray(c.overrides)
    ? c.overrides.filter(
        (p): p is [string, string] =>
          Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string',
      )
    : [];
  return {
    file: o.file,
    text: o.text,
    choices: { ...c, overrides },
    boundaryFile: typeof o.boundaryFile === 'string' ? o.boundaryFile : '',
    boundaries: (o.boundaries as BoundaryCollection | null) ?? null,
    shipped: shippedChoiceOf(o.shipped),
    query: o.query,
  };
}
