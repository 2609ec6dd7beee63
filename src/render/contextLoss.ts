import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Deck } from '@deck.gl/core';

/** The luma.gl device a Deck draws with (deck.gl's own type for it). */
export type Device = NonNullable<Deck['device']>;

/**
 * Releases the luma.gl device a deck.gl overlay attached to MapLibre's WebGL context.
 * Deck.finalize() leaves a device it did not create alone: the device stays linked to the
 * context (so a new overlay on a restored context would get the dead device back) and its
 * canvas observers (ResizeObserver, IntersectionObserver, a matchMedia listener) keep the
 * canvas, and with it the whole map, reachable after the map is gone.
 */
export function releaseDevice(device: Device | null): void {
  if (!device) return;
  device.canvasContext?.destroy();
  device.destroy();
}

export interface ContextLossHandlers {
  /** The GPU dropped the context: nothing of the map can be drawn until it comes back. */
  lost(): void;
  /** The context is back, empty: everything drawn on it must be made again. */
  restored(): void;
}

/**
 * Follows MapLibre's view of its WebGL context. MapLibre rebuilds its own resources on a
 * restore, but deck.gl cannot draw on that context again: luma.gl 9 restores no device, and
 * a second device attached to the same context wraps its state setters a second time, so
 * the two state caches swallow every change and nothing is drawn. A restored map is
 * therefore made anew, on a new canvas, by whoever owns it.
 */
export function watchContextLoss(map: MapLibreMap, handlers: ContextLossHandlers): () => void {
  const onLost = () => handlers.lost();
  const onRestored = () => handlers.restored();
  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', onRestored);
  return () => {
    map.off('webglcontextlost', onLost);
    map.off('webglcontextrestored', onRestored);
  };
}
