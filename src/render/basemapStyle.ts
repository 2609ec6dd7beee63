import type { StyleSpecification } from 'maplibre-gl';

/**
 * A basemap made only of shipped data: a background and China's province outlines.
 * No tiles, glyphs or sprites are requested, so the map works offline and inside any
 * report. Place names are drawn by deck.gl with the shipped font instead.
 */
export function basemapStyle(provinces: GeoJSON.FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      provinces: { type: 'geojson', data: provinces },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe8ee' } },
      {
        id: 'province-fill',
        type: 'fill',
        source: 'provinces',
        paint: { 'fill-color': '#f6f4ef' },
      },
      {
        id: 'province-line',
        type: 'line',
        source: 'provinces',
        paint: { 'line-color': '#a9a49a', 'line-width': 0.8 },
      },
    ],
  };
}
