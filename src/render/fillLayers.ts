import { SolidPolygonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { FillStyleExtension, type FillStyleExtensionProps } from '@deck.gl/extensions';
import { daysShown, type ColorTable } from '../core/colorTable';
import { STYLE_TOKENS } from '../core/styleTokens';
import type { PolygonMesh } from '../core/polygonMesh';
import {
  TIMELINE_COLOR,
  type TimelineColorProps,
  type TimelineFrame,
} from './timelineColorExtension';
import type { RegionMapProps } from './RegionMapLayer';

type Sub = (id: string) => { id: string };

const HATCH = new FillStyleExtension({ pattern: true, proceduralPattern: true });
const HATCH_MAPPING = {
  hatch: { type: 'hatch', angle: 45, strokeWidth: 1.5, gap: 4 },
  nodata: { type: 'hatch', angle: -45, strokeWidth: 1, gap: 3 },
  dots: { type: 'dots', radius: 1.2, gap: 4 },
} as const;
type PatternName = keyof typeof HATCH_MAPPING;

// Stable accessors: a new function each step would make deck.gl recompute the attribute.
const PATTERN_ACCESSORS: Record<PatternName, () => PatternName> = {
  hatch: () => 'hatch',
  nodata: () => 'nodata',
  dots: () => 'dots',
};

/**
 * The fill and the patterns over it. A timeline step changes only the frame the colour
 * tables are read at (three uniforms on the GPU), so deck.gl finds these layers' props
 * unchanged and updates nothing: the cost of a step does not grow with the regions.
 */
export function fillLayers(p: RegionMapProps, data: MeshData, sub: Sub): Layer[] {
  const layers: Layer[] = [
    new SolidPolygonLayer<unknown, TimelineColorProps>({
      ...sub('choropleth'),
      data,
      _normalize: false,
      pickable: false,
      filled: true,
      getFillColor: STYLE_TOKENS.transparent,
      extensions: [TIMELINE_COLOR],
      timelineColors: p.fillTable,
      timelineFrame: p.frame,
    }),
  ];
  // Interpolated regions get white diagonal lines over their estimated colour, regions with a
  // figure of uncertain day get dots, and regions with nothing to show the legend's no-data
  // hatch. Every polygon is in each layer; a table on the GPU says which are patterned today.
  const patterns: [string, ColorTable | null, PatternName][] = [
    ['nodata-hatch', p.noDataTable, 'nodata'],
    ['interpolated-hatch', p.hatchTable, 'hatch'],
    ['uncertain-dots', p.uncertainTable, 'dots'],
  ];
  for (const [id, table, pattern] of patterns)
    if (table) layers.push(patternLayer(p, data, sub(id), table, pattern));
  return layers;
}

/** A polygon mesh as deck.gl's binary data for its polygon layers. */
export interface MeshData {
  length: number;
  startIndices: Uint32Array;
  attributes: {
    getPolygon: { value: Float64Array; size: 2 };
    indices: Uint32Array;
    getTimelineRow: { value: Float32Array; size: 1 };
  };
}

/**
 * The mesh as deck.gl's binary data: with the triangles given (`indices`, `_normalize: false`)
 * deck.gl tessellates nothing. Made once per mesh and kept: deck.gl compares data by identity.
 */
export function meshData(mesh: PolygonMesh): MeshData {
  return {
    length: mesh.length,
    startIndices: mesh.startIndices,
    attributes: {
      getPolygon: { value: mesh.positions, size: 2 },
      indices: mesh.indices,
      getTimelineRow: { value: mesh.vertexRows, size: 1 },
    },
  };
}

/** Each table's days with a pattern anywhere, found once per table. */
const shownByTable = new WeakMap<ColorTable, Uint8Array>();

/** Whether a pattern shows anywhere in the frame: on its day or on the day it blends into. */
function patternShown(table: ColorTable, [day, next]: TimelineFrame): boolean {
  let shown = shownByTable.get(table);
  if (!shown) {
    shown = daysShown(table);
    shownByTable.set(table, shown);
  }
  return shown[day] === 1 || shown[next] === 1;
}

function patternLayer(
  p: RegionMapProps,
  data: MeshData,
  base: { id: string },
  table: ColorTable,
  pattern: PatternName,
): Layer {
  return new SolidPolygonLayer<unknown, FillStyleExtensionProps & TimelineColorProps>({
    ...base,
    data,
    // Not drawn on a day it shows nowhere: each view it is drawn in costs its uniforms and
    // state on every frame, empty or not.
    visible: patternShown(table, p.frame),
    _normalize: false,
    filled: true,
    pickable: false,
    getFillColor: STYLE_TOKENS.transparent,
    extensions: [TIMELINE_COLOR, HATCH],
    timelineColors: table,
    timelineFrame: p.frame,
    fillPatternMapping: HATCH_MAPPING,
    fillPatternSizeUnits: 'pixels',
    fillPatternMask: true,
    getFillPattern: PATTERN_ACCESSORS[pattern],
    getFillPatternScale: 1,
  });
}
