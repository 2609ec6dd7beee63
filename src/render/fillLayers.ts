import type { Layer } from '@deck.gl/core';
import type { FillStyleExtensionProps } from '@deck.gl/extensions';
import { daysShown, type ColorTable } from '../core/colorTable';
import { commonPositions } from '../core/commonPositions';
import { STYLE_TOKENS } from '../core/styleTokens';
import type { PolygonMesh } from '../core/polygonMesh';
import type { TimelineColorProps, TimelineFrame } from './timelineColorExtension';
import { FlatFillLayer } from './FlatFillLayer';
import { FLAT_FILL, PATTERN_ACCESSORS, type PatternName } from './flatFill';
import type { RegionMapProps } from './RegionMapLayer';

type Sub = (id: string) => { id: string };

/**
 * The fill and the patterns over it. A timeline step changes only the frame the colour
 * tables are read at (three uniforms on the GPU), so deck.gl finds these layers' props
 * unchanged and updates nothing: the cost of a step does not grow with the regions.
 */
export function fillLayers(p: RegionMapProps, data: MeshData, sub: Sub): Layer[] {
  const layers: Layer[] = [
    new FlatFillLayer<unknown, FillStyleExtensionProps & TimelineColorProps>({
      ...sub('choropleth'),
      ...FLAT_FILL,
      data,
      origin: data.origin,
      getFillColor: STYLE_TOKENS.transparent,
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
  /** What the positions are measured from, in common space (FlatFillLayer's `origin`). */
  origin: readonly [number, number];
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
  const { origin, columns } = commonPositions([mesh.positions]);
  return {
    length: mesh.length,
    startIndices: mesh.startIndices,
    origin,
    attributes: {
      getPolygon: { value: columns[0] ?? new Float64Array(0), size: 2 },
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
  return new FlatFillLayer<unknown, FillStyleExtensionProps & TimelineColorProps>({
    ...base,
    data,
    origin: data.origin,
    // Not drawn on a day it shows nowhere: each view it is drawn in costs its uniforms and
    // state on every frame, empty or not.
    visible: patternShown(table, p.frame),
    ...FLAT_FILL,
    getFillColor: STYLE_TOKENS.transparent,
    timelineColors: table,
    timelineFrame: p.frame,
    fillPatternEnabled: true,
    getFillPattern: PATTERN_ACCESSORS[pattern],
  });
}
