/**
 * The boundaries that ship with the app for one's own data: the map's own regions, or China's
 * provinces, prefectures or counties by GB/T 2260 code, all of China or one province. A join
 * against one province's counties needs no parent to tell 白云区 in 贵阳 from the one in 广州.
 */
import type { BoundaryRegions } from './ingest/regionsFromGeoJson';

export type ShippedLevel = 'map' | 'province' | 'prefecture' | 'county';
export const SHIPPED_LEVELS: readonly ShippedLevel[] = ['map', 'province', 'prefecture', 'county'];
/** The levels that come from a file of all China. */
export type ChinaLevel = Exclude<ShippedLevel, 'map'>;

/** A choice of shipped boundaries; `area` is a province's code, or '' for all of China. */
export interface ShippedChoice {
  level: ShippedLevel;
  area: string;
}

export const MAP_REGIONS: ShippedChoice = { level: 'map', area: '' };

const PROVINCE_CODE = /^\d{2}0000$/;

/** Whether a level can be narrowed to one province (a province's own outline cannot). */
export const hasAreas = (level: ShippedLevel): boolean =>
  level === 'prefecture' || level === 'county';

/** The choice as written in a project file, or null for anything else. */
export function shippedChoiceOf(value: unknown): ShippedChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { level, area } = value as Record<string, unknown>;
  const known = SHIPPED_LEVELS.find((l) => l === level && l !== 'map');
  if (!known) return null;
  const a = typeof area === 'string' && PROVINCE_CODE.test(area) ? area : '';
  return { level: known, area: hasAreas(known) ? a : '' };
}

/**
 * The regions of one province: those whose code begins with the province's two digits. Regions
 * with another parent code stay out even if a name fits, so nothing joins across the border.
 */
export function withinArea(layer: BoundaryRegions, area: string): BoundaryRegions {
  if (area === '') return layer;
  const prefix = area.slice(0, 2);
  const inside = (code: string) => code.startsWith(prefix);
  return {
    ...layer,
    regions: layer.regions.filter((r) => inside(r.code)),
    // No border mesh carries over: the province's rings are its borders.
    boundaries: {
      type: 'FeatureCollection',
      features: layer.boundaries.features.filter((f) => inside(f.properties.code)),
    },
    skipped: [],
  };
}
