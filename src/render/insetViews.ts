import { MapView, type FilterContext, type View } from '@deck.gl/core';
import type { InsetFrame } from '../core/insetLayout';
import { STYLE_TOKENS } from '../core/styleTokens';

/** The id deck.gl's MapLibre overlay gives the view that follows MapLibre's camera. */
export const MAIN_VIEW_ID = 'maplibre';

/** The deck.gl view id of an inset. */
export const insetViewId = (key: string): string => `inset-${key}`;

/**
 * One deck.gl view per inset, drawn into the map's own canvas after the main panel: each
 * clears its box to the land colour first, so nothing of the main panel shows through, and
 * shows its area from a camera of its own that no pointer moves.
 */
export function insetViews(frames: readonly InsetFrame[]): View[] {
  return frames.map(
    ({ key, view, camera }) =>
      new MapView({
        id: insetViewId(key),
        x: view.x,
        y: view.y,
        width: view.width,
        height: view.height,
        controller: false,
        repeat: false,
        viewState: { longitude: camera.lon, latitude: camera.lat, zoom: camera.zoom },
        clear: true,
        clearColor: [...STYLE_TOKENS.land],
      }),
  );
}

/**
 * The provinces are drawn in the main panel only: an inset is land around its own area, and
 * every border of the country drawn again in each inset would cost its frame more than the
 * inset's own regions do.
 */
export function drawsIn({ layer, viewport }: FilterContext): boolean {
  return viewport.id === MAIN_VIEW_ID || !layer.id.startsWith('basemap');
}

/** The zoom the main panel shows: borders are simplified for it, whichever view is drawn. */
export function mainZoom(context: {
  viewport: { zoom: number };
  deck?: { getViewports(): { id: string; zoom?: number }[] } | null;
}): number {
  const main = context.deck?.getViewports().find((v) => v.id === MAIN_VIEW_ID);
  return main?.zoom ?? context.viewport.zoom;
}
