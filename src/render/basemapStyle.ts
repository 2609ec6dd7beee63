import type { StyleSpecification } from 'maplibre-gl';

/**
 * MapLibre's part of the basemap: nothing. The provinces are drawn by deck.gl
 * (BasemapLayer.ts), so the style has no sources, MapLibre's worker has nothing to parse and
 * the page ships a tiny stand-in for it (basemapWorker.ts). No tiles, glyphs or sprites are
 * requested, so the map works offline and inside any report. The sea is the map box's own
 * colour behind the transparent canvas (styles/map.css; an export fills it in): a MapLibre
 * background layer is drawn once per tile, six draw calls a frame for one flat colour.
 */
export function basemapStyle(): StyleSpecification {
  return { version: 8, sources: {}, layers: [] };
}
