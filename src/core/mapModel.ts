import type { Dataset, Region } from './types';
import { dayAxis } from './dayAxis';
import { buildTimeline, type Timeline, type TimelineOptions } from './timeline';
import { joinRegions } from './joinRegions';
import { lineSimplifier, type LineSimplifier } from './lineSimplifier';
import { polygonParts, ringPaths, type PolygonPart } from './polygonParts';

/** A boundary polygon as shipped in data/boundaries/regions.topojson (read by readBoundaries). */
export interface BoundaryFeature {
  type: 'Feature';
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: { code: string; name: string; lon: number; lat: number };
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
  /** Border lines, a shared border once (TopoJSON's mesh); without them, every ring. */
  borders?: unknown[];
}

export type { PolygonPart } from './polygonParts';

export type Bounds = [west: number, south: number, east: number, north: number];

/**
 * Everything the renderer needs that does not change while the timeline moves:
 * the joined features, the row order shared by polygons and points, and the
 * per-metric timelines, each built once and cached.
 */
export interface MapModel {
  dataset: Dataset;
  /** Polygons that joined to a region; feature i is timeline row i. */
  features: BoundaryFeature[];
  /**
   * Every polygon part with its timeline row, split once at load (a MultiPolygon gives
   * several), so the fill layer never walks GeoJSON again.
   */
  polygons: PolygonPart[];
  /** The regions' borders as lines, a border two regions share once. */
  borders: unknown[];
  /** Timeline row order: polygon regions first (same order as `features`), then point-only regions. */
  rows: Region[];
  rowOf: Map<string, number>;
  /** Regions that have no polygon but a label point: drawn as points. */
  pointOnlyRows: number[];
  /** Every day from the first to the last observation date. */
  dates: string[];
  /** Indexes into `dates` on which any figure of any metric falls. */
  observationDays: number[];
  /** Each observation's index into `dates`; -1 where it has no day. */
  figureDays: Int32Array;
  unmatchedFeatures: string[];
  regionsWithoutFeature: string[];
  /** Extent of everything drawn: polygons and the label points of point-only regions. */
  bounds: Bounds;
  /** Extent of each row: its polygon, or a small box around its label point. */
  rowBounds: Bounds[];
  /**
   * How the layers simplify the outlines: given when the page simplified them early, while
   * the figures were still read (app/warmOutlines.ts).
   */
  simplify: LineSimplifier;
  timeline(metric: string, options: TimelineOptions): Timeline;
}

export function buildMapModel(
  dataset: Dataset,
  boundaries: BoundaryCollection,
  simplify: LineSimplifier = lineSimplifier(),
): MapModel {
  const join = joinRegions(
    dataset.regions,
    boundaries.features.map((f) => ({ code: f.properties.code, name: f.properties.name })),
    dataset.observations,
  );
  const byCode = new Map(dataset.regions.map((r) => [r.code, r]));
  const features: BoundaryFeature[] = [];
  const rows: Region[] = [];
  boundaries.features.forEach((f, i) => {
    const code = join.featureRegion[i];
    const region = code ? byCode.get(code) : undefined;
    if (!region) return;
    features.push(f);
    rows.push(region);
  });
  const withPolygon = new Set(rows.map((r) => r.code));
  const pointOnlyRows: number[] = [];
  for (const region of dataset.regions) {
    if (withPolygon.has(region.code)) continue;
    pointOnlyRows.push(rows.length);
    rows.push(region);
  }
  const rowOf = new Map(rows.map((r, i) => [r.code, i]));
  const rowBounds = rows.map((r, i): Bounds => {
    const f = features[i];
    return f
      ? geometryBounds(f.geometry.coordinates)
      : [r.lon - 0.15, r.lat - 0.15, r.lon + 0.15, r.lat + 0.15];
  });
  const codes = rows.map((r) => r.code);
  const polygons = polygonParts(features);

  // Every timeline shares the days: the figures are dated once, not once per metric and setting.
  const axis = dayAxis(dataset.observations);
  const cache = new Map<string, Timeline>();
  const timeline = (metric: string, options: TimelineOptions): Timeline => {
    const key = `${metric}|${options.interpolate ? 1 : 0}|${options.maxAgeDays}`;
    let t = cache.get(key);
    if (!t) {
      t = buildTimeline(dataset, metric, codes, options, axis);
      cache.set(key, t);
    }
    return t;
  };

  return {
    dataset,
    features,
    rows,
    rowOf,
    pointOnlyRows,
    dates: axis.dates,
    observationDays: axis.observationDays,
    figureDays: axis.dayOf,
    unmatchedFeatures: join.unmatchedFeatures.map(
      (i) => boundaries.features[i]?.properties.code ?? `#${i}`,
    ),
    regionsWithoutFeature: join.regionsWithoutFeature,
    polygons,
    borders: boundaries.borders ?? ringPaths(polygons).map((r) => r.path),
    bounds: unionBounds(rowBounds.filter((_, i) => rows[i]?.level !== 'province')),
    rowBounds,
    simplify,
    timeline,
  };
}

/** Walks nested coordinate arrays once, at load; never on a timeline step. */
export function geometryBounds(coordinates: unknown): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number): void => {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  };
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      add(c[0], c[1]);
      return;
    }
    // A ring or a line, its positions read in one loop: a call for each of the millions of
    // positions of every county's outline cost a fifth of a second.
    for (let i = 0; i < c.length; i++) {
      const p: unknown = c[i];
      if (Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number') add(p[0], p[1]);
      else walk(p);
    }
  };
  walk(coordinates);
  return b;
}

export function unionBounds(list: Bounds[]): Bounds {
  const finite = list.filter((b) => Number.isFinite(b[0]));
  if (!finite.length) return [73, 18, 135, 54];
  return [
    Math.min(...finite.map((b) => b[0])),
    Math.min(...finite.map((b) => b[1])),
    Math.max(...finite.map((b) => b[2])),
    Math.max(...finite.map((b) => b[3])),
  ];
}
