/**
 * Regions from a user's boundary file. GeoJSON from DataV/Aliyun (`adcode`, `name`,
 * `parent.adcode`, `center`), from GADM/Natural Earth style exports (`NAME`, `code`) and from
 * our own build (`code`, `name`, `parent`, `parent_name`, `lon`, `lat`) all work: the property
 * holding the code and the one holding the name are detected, and every feature becomes a
 * region the join can match.
 * A feature without a polygon is listed, not drawn.
 */
import { isTopology, readTopology } from '../readBoundaries';
import type { BoundaryCollection, BoundaryFeature } from '../mapModel';
import type { Region, RegionLevel } from '../types';
import { shortRegionName } from '../regionKey';

export interface BoundaryRegions {
  regions: Region[];
  boundaries: BoundaryCollection;
  codeProperty: string | null;
  nameProperty: string | null;
  /** Indices of features left out: no polygon geometry. */
  skipped: number[];
}

const CODE_PROPS = ['code', 'adcode', 'ADCODE', 'gb', 'GB', 'region_code', '区划代码', 'id'];
const NAME_PROPS = [
  'name',
  'NAME',
  'name_zh',
  'NAME_ZH',
  'NL_NAME_2',
  'NL_NAME_3',
  '名称',
  'fullname',
];
const SIX = /^\d{6}$/;

type Props = Record<string, unknown>;

export function regionsFromGeoJson(fc: { features?: unknown[] }): BoundaryRegions {
  const features = (fc.features ?? []) as {
    geometry?: { type?: string; coordinates?: unknown };
    properties?: Props | null;
  }[];
  const props = features.map((f) => f.properties ?? {});
  const codeProperty = pick(CODE_PROPS, props, (v) => SIX.test(String(v)));
  const nameProperty = pick(NAME_PROPS, props, (v) => typeof v === 'string' && v.trim() !== '');
  const regions: Region[] = [];
  const out: BoundaryFeature[] = [];
  const skipped: number[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      skipped.push(i);
      return;
    }
    const p = props[i] ?? {};
    const rawCode = codeProperty ? String(p[codeProperty] ?? '') : '';
    // A feature without a usable code gets a stable id of its own; duplicates too, so no two
    // features claim one region.
    let code = SIX.test(rawCode) ? rawCode : `f${i}`;
    if (seen.has(code)) code = `f${i}`;
    seen.add(code);
    const name = nameProperty ? String(p[nameProperty] ?? '').trim() : '';
    const [lon, lat] = labelPoint(p, f.geometry?.coordinates);
    const parentName = typeof p.parent_name === 'string' ? p.parent_name.trim() : '';
    regions.push({
      code,
      name: name || code,
      short: name ? shortRegionName(name) : code,
      nameEn: '',
      level: levelOf(code),
      parent: parentOf(p),
      ...(parentName ? { parentName } : {}),
      aliases: [],
      lon,
      lat,
    });
    out.push({
      type: 'Feature',
      geometry: f.geometry as BoundaryFeature['geometry'],
      properties: { code, name: name || code, lon, lat },
    });
  });
  return {
    regions,
    boundaries: { type: 'FeatureCollection', features: out },
    codeProperty,
    nameProperty,
    skipped,
  };
}

function pick(candidates: string[], props: Props[], ok: (v: unknown) => boolean): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const c of candidates) {
    const n = props.filter((p) => ok(p[c])).length;
    if (n > bestCount) [best, bestCount] = [c, n];
  }
  return best;
}

function levelOf(code: string): RegionLevel {
  if (!SIX.test(code)) return 'county';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

function parentOf(p: Props): string {
  const parent = p.parent;
  const v =
    typeof parent === 'object' && parent !== null
      ? (parent as Props).adcode
      : (parent ?? p.parent_code);
  const s = String(v ?? '');
  return SIX.test(s) ? s : '';
}

function labelPoint(p: Props, coords: unknown): [number, number] {
  for (const key of ['centroid', 'center']) {
    const c = p[key];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number')
      return [c[0], c[1]];
  }
  if (typeof p.lon === 'number' && typeof p.lat === 'number') return [p.lon, p.lat];
  // The middle of the bounding box: good enough for a label on a convex-ish region.
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else c.forEach(walk);
  };
  walk(coords);
  return Number.isFinite(w) ? [(w + e) / 2, (s + n) / 2] : [0, 0];
}

/**
 * Regions from a boundary file as read: GeoJSON, or TopoJSON's first collection of
 * geometries (what mapshaper and our own build write). Null for a topology with no such
 * collection, for the caller to report.
 */
export function regionsFromBoundaryJson(json: unknown): BoundaryRegions | null {
  if (!isTopology(json)) return regionsFromGeoJson(json as { features?: unknown[] });
  const layer = readTopology(json);
  return layer ? regionsFromGeoJson(layer) : null;
}
