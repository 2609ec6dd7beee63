import type { StyleSpecification } from 'maplibre-gl';
import { STYLE_TOKENS, hexColor } from '../core/styleTokens';

/**
 * MapLibre's part of the basemap: a background and nothing else. The provinces are drawn
 * by deck.gl (basemapLayers.ts), so the style has no sources, MapLibre's worker has nothing
 * to parse and the page ships a tiny stand-in for it (basemapWorker.ts). No tiles, glyphs or
 * sprites are requested, so the map works offline and inside any report.
 */
export function basemapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': hexColor(STYLE_TOKENS.sea) },
      },
    ],
  };
}
