import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { polygonParts, ringPaths, type PolygonPart } from '../core/polygonParts';
import { STYLE_TOKENS } from '../core/styleTokens';
import { getLine, getPolygon } from './accessors';

/**
 * China's provinces as context under the regions: land and borders. Built once per
 * collection; the layers never change, so deck.gl never recomputes their attributes.
 */
export function basemapLayers(
  provinces: GeoJSON.FeatureCollection & { borders?: unknown[] },
): Layer[] {
  const land = polygonParts(provinces.features);
  // A border two provinces share is one line (TopoJSON's mesh), drawn once.
  const borders = provinces.borders ?? ringPaths(land).map((r) => r.path);
  return [
    new SolidPolygonLayer<PolygonPart>({
      id: 'basemap-land',
      data: land,
      getPolygon,
      getFillColor: STYLE_TOKENS.land,
      pickable: false,
    }),
    new PathLayer<unknown>({
      id: 'basemap-borders',
      data: borders,
      getPath: getLine,
      getColor: STYLE_TOKENS.provinceBorder,
      getWidth: 0.8,
      widthUnits: 'pixels',
      pickable: false,
    }),
  ];
}
