import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { polygonParts, ringPaths, type PolygonPart, type RingPath } from '../core/polygonParts';
import { getPath, getPolygon } from './regionLayers';

const LAND: [number, number, number] = [246, 244, 239];
const BORDER: [number, number, number] = [169, 164, 154];

/**
 * China's provinces as context under the regions: land and borders. Built once per
 * collection; the layers never change, so deck.gl never recomputes their attributes.
 */
export function basemapLayers(provinces: GeoJSON.FeatureCollection): Layer[] {
  const land = polygonParts(provinces.features);
  return [
    new SolidPolygonLayer<PolygonPart>({
      id: 'basemap-land',
      data: land,
      getPolygon,
      getFillColor: LAND,
      pickable: false,
    }),
    new PathLayer<RingPath>({
      id: 'basemap-borders',
      data: ringPaths(land),
      getPath,
      getColor: BORDER,
      getWidth: 0.8,
      widthUnits: 'pixels',
      pickable: false,
    }),
  ];
}
