/**
 * When the map has drawn what it was given. deck.gl draws inside MapLibre's frames, takes new
 * layers in on its own next animation frame (a layer learns its Deck, its `context`, then), and
 * skips the draws of a layer whose program is still linking, which on a software GPU takes
 * seconds: MapLibre's own signals say nothing of the layers.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Layer, LayerContext } from '@deck.gl/core';

/** Settles once MapLibre has loaded its style and drawn its first complete frame. */
function whenLoaded(map: MapLibreMap): Promise<void> {
  // `load` and `idle` can fire in the same frame: listen before awaiting.
  return new Promise<void>((resolve) => {
    let loaded = false;
    map.once('load', () => {
      loaded = true;
    });
    map.on('idle', function onIdle() {
      if (!loaded && !map.loaded()) return;
      map.off('idle', onIdle);
      resolve();
    });
  });
}

/**
 * deck.gl has nothing left to draw, update or load. A layer learns its Deck (its `context`)
 * when deck.gl takes it in: a layer without one is an update still to come.
 */
export function deckQuiet(layers: readonly Layer[]): boolean {
  if (layers.length === 0) return true;
  const deck = (layers[0]?.context as LayerContext | undefined)?.deck;
  if (!deck?.isInitialized || deck.needsRedraw({ clearRedrawFlags: false })) return false;
  return layers.every((l) => (l.context as LayerContext | undefined) && l.isLoaded);
}

/** Settles after the first MapLibre frame at whose end `done` holds, asking for frames until then. */
function whenFrame(map: MapLibreMap, done: () => boolean, ask: () => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const onRender = () => {
      if (!done()) {
        ask();
        return;
      }
      map.off('render', onRender);
      resolve();
    };
    map.on('render', onRender);
    ask();
  });
}

/**
 * Settles after the first MapLibre frame that drew `layers`: the first frame to end with every
 * layer taken in showed them. Usually the very next one.
 */
export function whenDrawn(
  map: MapLibreMap,
  layers: readonly Layer[],
  ask: () => void,
): Promise<void> {
  const taken = () => layers.every((l) => (l.context as LayerContext | undefined) !== undefined);
  return whenFrame(map, taken, ask);
}

/**
 * Settles after the first frame that drew the data, not only the basemap: MapLibre rests
 * before the layers are even set (they wait for the font), so the frame must end with layers
 * set and deck.gl quiet, every program linked and every layer drawn.
 */
export function whenDataDrawn(
  map: MapLibreMap,
  layers: () => readonly Layer[],
  ask: () => void,
): Promise<void> {
  return whenLoaded(map).then(() =>
    whenFrame(map, () => layers().length > 0 && deckQuiet(layers()), ask),
  );
}
