import { MapView, type FilterContext, type Layer, type View } from '@deck.gl/core';
import { INSET_CANVAS_ZOOM, insetGround } from '../core/insetCanvas';
import type { InsetLayout } from '../core/insetLayout';
import { polygonMesh } from '../core/polygonMesh';
import { STYLE_TOKENS } from '../core/styleTokens';
import type { Bounds } from '../core/mapModel';
import { meshData } from './fillLayers';
import { FlatFillLayer } from './FlatFillLayer';
import { FLAT_FILL } from './flatFill';
import type { Sight } from './zoomedBorders';

/** The id deck.gl's MapLibre overlay gives the view that follows MapLibre's camera. */
export const MAIN_VIEW_ID = 'maplibre';

/**
 * The view that follows MapLibre's camera, made once per map. Unless handed one, the overlay
 * makes a new one each time it is given props, and deck.gl sets `nearZMultiplier` on the view
 * it draws with inside MapLibre's frame: the fresh one then differed from the last, and every
 * new layer list (a hover, the labels, the first draw) cost two more full redraws while deck.gl
 * rebuilt its viewports. Made with that value, the same view stays equal to itself.
 */
export function mainView(): MapView {
  return new MapView({ id: MAIN_VIEW_ID, nearZMultiplier: 0.2 });
}

/** The deck.gl view id of the insets. */
export const INSETS_VIEW_ID = 'insets';

/**
 * The one view that draws every inset, over the whole map after the main panel, from the
 * shared camera of core/insetCanvas.ts: the insets' regions are moved into their boxes, and
 * their ground (insetGroundLayer) covers the main panel there. Null without insets.
 */
export function insetsView(layout: Pick<InsetLayout, 'size' | 'frames'>): View | null {
  if (layout.frames.length === 0) return null;
  return new MapView({
    id: INSETS_VIEW_ID,
    x: 0,
    y: 0,
    width: layout.size.width,
    height: layout.size.height,
    controller: false,
    repeat: false,
    viewState: { longitude: 0, latitude: 0, zoom: INSET_CANVAS_ZOOM },
    // The main panel's depth would hide the insets, drawn from another camera; its colours stay.
    clear: true,
    clearColor: false,
  });
}

/**
 * Each inset's box in the land colour, drawn first in the insets' view: nothing of the main
 * panel shows through. The pointer there finds no region (app/regionPicker.ts), as an inset's
 * empty land should not. Drawn as the basemap's land is, with the same program and vertex
 * layout: a software GPU draws both with one pipeline instead of compiling another (accessors.ts).
 */
export function insetGroundLayer(layout: InsetLayout): Layer {
  const boxes = insetGround(layout).map((ring, row) => ({ polygon: [ring], row }));
  const data = meshData(polygonMesh(boxes));
  return new FlatFillLayer<unknown>({
    id: `${INSET_REGIONS_ID}-ground`,
    ...FLAT_FILL,
    data,
    origin: data.origin,
    getFillColor: STYLE_TOKENS.land,
  });
}

/** The id of the regions layer the insets draw: their own regions only. */
export const INSET_REGIONS_ID = 'inset-regions';

/**
 * The main panel draws the provinces and every region; the insets' view draws their ground and
 * their own regions alone. Every vertex a layer has is work in every view that draws it, seen
 * or not: the country's borders and Guizhou's regions drawn again in the insets doubled a
 * frame's cost on a software GPU.
 */
export function drawsIn({ layer, viewport }: FilterContext): boolean {
  const forInsets = layer.id.startsWith(INSET_REGIONS_ID);
  return viewport.id === MAIN_VIEW_ID ? !forInsets : forInsets;
}

/** The zoom the main panel shows: borders are simplified for it, whichever view is drawn. */
export function mainZoom(context: {
  viewport: { zoom: number };
  deck?: { getViewports(): { id: string; zoom?: number }[] } | null;
}): number {
  const main = context.deck?.getViewports().find((v) => v.id === MAIN_VIEW_ID);
  return main?.zoom ?? context.viewport.zoom;
}

/** The main panel's extent in longitude and latitude, or null before deck.gl has laid it out. */
export function mainBounds(context: {
  deck?: { getViewports(): { id: string; getBounds(): number[] }[] } | null;
}): Bounds | null {
  const main = context.deck?.getViewports().find((v) => v.id === MAIN_VIEW_ID);
  const b = main?.getBounds();
  return b && b.length >= 4 ? [b[0]!, b[1]!, b[2]!, b[3]!] : null;
}

/** What the main panel shows, which every panel's borders follow (render/zoomedBorders.ts). */
export function mainSight(
  context: Parameters<typeof mainZoom>[0] & Parameters<typeof mainBounds>[0],
): Sight {
  return { zoom: mainZoom(context), bounds: mainBounds(context) };
}
