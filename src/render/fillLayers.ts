import { SolidPolygonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { FillStyleExtension, type FillStyleExtensionProps } from '@deck.gl/extensions';
import type { ColorTable } from '../core/colorTable';
import { STYLE_TOKENS } from '../core/styleTokens';
import type { PolygonPart } from '../core/polygonParts';
import { getPolygon, getTimelineRow } from './accessors';
import { TIMELINE_COLOR, type TimelineColorProps } from './timelineColorExtension';
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
export function fillLayers(p: RegionMapProps, sub: Sub): Layer[] {
  const layers: Layer[] = [
    new SolidPolygonLayer<PolygonPart, TimelineColorProps<PolygonPart>>({
      ...sub('choropleth'),
      data: p.model.polygons,
      pickable: true,
      filled: true,
      getPolygon,
      getFillColor: STYLE_TOKENS.transparent,
      extensions: [TIMELINE_COLOR],
      getTimelineRow,
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
    if (table) layers.push(patternLayer(p, sub(id), table, pattern));
  return layers;
}

function patternLayer(
  p: RegionMapProps,
  base: { id: string },
  table: ColorTable,
  pattern: PatternName,
): Layer {
  return new SolidPolygonLayer<
    PolygonPart,
    FillStyleExtensionProps<PolygonPart> & TimelineColorProps<PolygonPart>
  >({
    ...base,
    data: p.model.polygons,
    getPolygon,
    filled: true,
    pickable: false,
    getFillColor: STYLE_TOKENS.transparent,
    extensions: [TIMELINE_COLOR, HATCH],
    getTimelineRow,
    timelineColors: table,
    timelineFrame: p.frame,
    fillPatternMapping: HATCH_MAPPING,
    fillPatternSizeUnits: 'pixels',
    fillPatternMask: true,
    getFillPattern: PATTERN_ACCESSORS[pattern],
    getFillPatternScale: 1,
  });
}
