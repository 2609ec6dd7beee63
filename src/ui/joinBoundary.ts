/**
 * The boundaries the Data panel joins a table to: the map's own regions until told otherwise, a
 * GeoJSON or TopoJSON file the user gave, or China's provinces, prefectures or counties as
 * shipped, all of China or one province.
 */
import {
  regionsFromBoundaryJson,
  regionsFromGeoJson,
  type BoundaryRegions,
} from '../core/ingest/regionsFromGeoJson';
import type { Project } from '../core/ingest/projectFile';
import type { BoundaryCollection } from '../core/mapModel';
import {
  MAP_REGIONS,
  withinArea,
  type ChinaLevel,
  type ShippedChoice,
} from '../core/shippedBoundaries';
import type { Region } from '../core/types';
import type { BoundaryPickerView } from './boundaryPicker';
import { say } from './dataStrings';
import type { Lang } from './i18n';

interface Boundary {
  file: string;
  regions: Region[];
  boundaries: BoundaryCollection;
  skipped: number;
  /** Set for shipped boundaries, which a project file names rather than carries. */
  shipped?: ShippedChoice;
}

type Area = { code: string; name: string };

export interface JoinBoundaryDeps {
  /** The regions and polygons of the map as shipped, used until other boundaries are chosen. */
  mapRegions(): { regions: Region[]; boundaries: BoundaryCollection };
  /** China's provinces, prefectures or counties as shipped beside the app. */
  shippedLayer(level: ChinaLevel): Promise<BoundaryRegions>;
}

export type JoinBoundary = ReturnType<typeof createJoinBoundary>;

export function createJoinBoundary(deps: JoinBoundaryDeps) {
  let boundary: Boundary | null = null;
  let areas: Area[] = [];
  /** A boundary file of the user's own, if that is what is in use. */
  const own = (): Boundary | null => (boundary && !boundary.shipped ? boundary : null);

  return {
    regions: (): Region[] => boundary?.regions ?? deps.mapRegions().regions,
    polygons: (): BoundaryCollection => boundary?.boundaries ?? deps.mapRegions().boundaries,

    /** A GeoJSON or TopoJSON file's regions (TopoJSON: its first collection of polygons). */
    useFile(file: string, json: unknown, lang: Lang): void {
      const r = regionsFromBoundaryJson(json);
      if (!r) throw new Error(`${file}: ${say('noTopologyLayer', lang)}`);
      boundary = { file, regions: r.regions, boundaries: r.boundaries, skipped: r.skipped.length };
    },

    /** Shipped boundaries, narrowed to their area; the provinces are offered as areas. */
    async useShipped(choice: ShippedChoice): Promise<void> {
      if (choice.level === 'map') {
        boundary = null;
        return;
      }
      const [layer, provinces] = await Promise.all([
        deps.shippedLayer(choice.level),
        deps.shippedLayer('province'),
      ]);
      const inArea = withinArea(layer, choice.area);
      const { regions, boundaries } = inArea;
      boundary = { file: '', regions, boundaries, skipped: inArea.skipped.length, shipped: choice };
      areas = provinces.regions.map((r) => ({ code: r.code, name: r.name }));
    },

    /** The boundaries a project file names or carries. */
    async useProject(p: Project): Promise<void> {
      if (p.shipped) await this.useShipped(p.shipped);
      else if (p.boundaries) {
        const r = regionsFromGeoJson(p.boundaries);
        const { regions, boundaries } = r;
        boundary = { file: p.boundaryFile, regions, boundaries, skipped: r.skipped.length };
      }
    },

    /** What a project file keeps: a file's polygons, or a shipped choice by name. */
    forProject(): Pick<Project, 'boundaryFile' | 'boundaries' | 'shipped'> {
      return {
        boundaryFile: own()?.file ?? '',
        boundaries: own()?.boundaries ?? null,
        shipped: boundary?.shipped ?? null,
      };
    },

    pickerView(lang: Lang): BoundaryPickerView {
      return {
        lang,
        choice: boundary ? (boundary.shipped ?? null) : MAP_REGIONS,
        fileName: own()?.file ?? null,
        areas,
      };
    },

    /** `边界：全国 · 县级 · 贵州省 · 88 个地区`, in the page's language whenever it is drawn. */
    describe(lang: Lang): string {
      const b = boundary;
      if (!b) return `${say('boundaries', lang)}: ${say('shippedBoundaries', lang)}`;
      const area = b.shipped ? areas.find((a) => a.code === b.shipped?.area) : undefined;
      const name = b.shipped
        ? `${say(`level_${b.shipped.level}`, lang)}${area ? ` · ${area.name}` : ''}`
        : b.file;
      const skipped = b.skipped > 0 ? ` · ${b.skipped} ${say('skippedFeatures', lang)}` : '';
      return `${say('boundaries', lang)}: ${name} · ${b.regions.length} ${say('regionsCount', lang)}${skipped}`;
    },

    isShipped: (): boolean => boundary?.shipped !== undefined,
    /** The user's own boundary file by name, for the map's credit; '' for shipped boundaries. */
    ownFile: (): string => own()?.file ?? '',
  };
}
