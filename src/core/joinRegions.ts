/**
 * Which boundary polygon draws which region. A feature is matched by its code
 * first, because names drift (铜仁地区 became 铜仁市) while codes are what the
 * boundary build script writes; the name is the fallback for files without
 * codes. Everything that fails to match is listed rather than dropped quietly.
 */
import { createRegionIndex } from './regionKey';
import type { Observation, Region } from './types';

export interface RegionJoin {
  /** Region code drawn by each feature, null when the feature matches none. */
  featureRegion: (string | null)[];
  /** For each region with a polygon, the first feature that draws it. */
  regionFeature: Map<string, number>;
  /** Features that match no region, or only ambiguously. */
  unmatchedFeatures: number[];
  /** Later features that match a region an earlier feature already draws. */
  duplicateFeatures: number[];
  /** Region codes, in the order of `regions`, that no feature draws (they can still be shown as points). */
  regionsWithoutFeature: string[];
  /** Observations whose region is not in `regions` at all. */
  unmatchedObservations: number[];
}

export function joinRegions(
  regions: Region[],
  features: { code?: string; name?: string }[],
  observations: Observation[],
): RegionJoin {
  const index = createRegionIndex(regions);
  const featureRegion: (string | null)[] = [];
  const regionFeature = new Map<string, number>();
  const unmatchedFeatures: number[] = [];
  const duplicateFeatures: number[] = [];

  features.forEach((f, i) => {
    const byCode = f.code ? index.resolve(f.code) : null;
    const code = byCode ?? (f.name ? index.resolve(f.name) : null);
    featureRegion.push(code);
    if (code === null) unmatchedFeatures.push(i);
    else if (regionFeature.has(code)) duplicateFeatures.push(i);
    else regionFeature.set(code, i);
  });

  const known = new Set(regions.map((r) => r.code));
  const unmatchedObservations: number[] = [];
  observations.forEach((o, i) => {
    if (!known.has(o.region)) unmatchedObservations.push(i);
  });

  return {
    featureRegion,
    regionFeature,
    unmatchedFeatures,
    duplicateFeatures,
    regionsWithoutFeature: regions.map((r) => r.code).filter((c) => !regionFeature.has(c)),
    unmatchedObservations,
  };
}
