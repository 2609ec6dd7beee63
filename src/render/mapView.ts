import {
  Map as MapLibreMap,
  setWorkerUrl,
  AttributionControl,
  NavigationControl,
} from 'maplibre-gl';
import workerUrl from './basemapWorker?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { basemapStyle } from './basemapStyle';
import { releaseDevice, watchContextLoss, type DeckWithDevice } from './contextLoss';

// The style has no sources (basemapStyle.ts), so MapLibre's own worker would start, load
// 147 KB gzip and sit idle: a stand-in that answers its messages takes its place.
setWorkerUrl(workerUrl);

export interface MapViewOptions {
  container: HTMLElement;
  bounds: [number, number, number, number];
  attribution: string;
  onHover: (info: PickingInfo) => void;
  onClick: (info: PickingInfo) => void;
  /**
   * The WebGL context was lost (true) or is back (false). A view cannot draw again on a
   * restored context (see `watchContextLoss`): the caller makes a new one, on a new canvas.
   */
  onContextLoss?: (lost: boolean) => void;
}

export interface MapView {
  map: MapLibreMap;
  /** Resolves once the basemap has loaded and drawn. */
  ready: Promise<void>;
  /**
   * Draws these layers on the next frame. The same instances as last time (a timeline step
   * changes uniforms only) are not handed to deck.gl again: the map repaints once, and
   * deck.gl neither diffs nor validates a layer.
   */
  setLayers(layers: Layer[]): void;
  fitBounds(bounds: [number, number, number, number], animate?: boolean): void;
  setAttribution(text: string): void;
  /** Device pixels per CSS pixel of the drawing buffer: exports raise it, then put it back. */
  setPixelRatio(ratio: number): void;
  /**
   * Whether the map rests: style loaded, not moving, no frame requested, nothing drawn since
   * the last call, and every deck.gl layer loaded with nothing left to redraw.
   */
  isQuiet(): boolean;
  destroy(): void;
}

/** The part of deck.gl's MapLibreOverlay internals that `setPixelRatio` needs. */
interface OverlayInternals {
  _deck?: {
    isInitialized?: boolean;
    needsRedraw?(opts: { clearRedrawFlags: boolean }): false | string;
    layerManager?: { needsUpdate?(): false | string; layers?: { isLoaded: boolean }[] } | null;
    device?: {
      getDefaultCanvasContext?(): {
        cssWidth: number;
        cssHeight: number;
        setDrawingBufferSize(width: number, height: number): void;
      };
    };
  };
}

/** 40 px around the fitted area, less in a small map (an embed on a phone), never all of it. */
function fitPadding(el: HTMLElement): number {
  const side = Math.min(el.clientWidth || 400, el.clientHeight || 400);
  return Math.max(4, Math.min(40, Math.round(side * 0.08)));
}

function sameLayers(a: readonly Layer[], b: readonly Layer[]): boolean {
  return a.length === b.length && a.every((layer, i) => layer === b[i]);
}

/** The basemap's map, framed on the data, which neither rotates nor tilts. */
function createMap(options: MapViewOptions): MapLibreMap {
  const [w, s, e, n] = options.bounds;
  const map = new MapLibreMap({
    container: options.container,
    style: basemapStyle(),
    bounds: [w, s, e, n],
    fitBoundsOptions: { padding: fitPadding(options.container) },
    attributionControl: false,
    renderWorldCopies: false,
    maxZoom: 11,
    minZoom: 2,
    dragRotate: false,
    pitchWithRotate: false,
    // Exports read the canvas back after drawing.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  });
  map.touchZoomRotate.disableRotation();
  return map;
}

/** Settles once the map has loaded and drawn its first complete frame. */
function whenReady(map: MapLibreMap): Promise<void> {
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

/** Deck has nothing left to draw, update or load. */
function deckQuiet(overlay: MapLibreOverlay): boolean {
  const deck = (overlay as unknown as OverlayInternals)._deck;
  if (!deck?.isInitialized) return false;
  if (deck.needsRedraw?.({ clearRedrawFlags: false })) return false;
  if (deck.layerManager?.needsUpdate?.()) return false;
  return (deck.layerManager?.layers ?? []).every((l) => l.isLoaded);
}

export function createMapView(options: MapViewOptions): MapView {
  const map = createMap(options);
  let attribution = new AttributionControl({
    compact: false,
    customAttribution: options.attribution,
  });
  map.addControl(attribution, 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: [],
    onHover: options.onHover,
    onClick: options.onClick,
  });
  map.addControl(overlay);
  /** The layers the overlay has: an unchanged list is not handed to deck.gl again. */
  let current: Layer[] = [];
  /** Takes the overlay off the map and lets go of its GPU device and canvas observers. */
  function removeOverlay() {
    const deck = (overlay as unknown as { _deck?: DeckWithDevice })._deck;
    try {
      map.removeControl(overlay);
    } finally {
      releaseDevice(deck);
    }
  }
  let contextLost = false;
  const stopWatching = watchContextLoss(map, {
    lost() {
      contextLost = true;
      options.onContextLoss?.(true);
    },
    restored() {
      contextLost = false;
      options.onContextLoss?.(false);
    },
  });

  // The overlay draws into the map's WebGL context, which it treats as external and never
  // resizes. Whenever MapLibre resizes its canvas (the container changed size, or an export
  // raised the pixel ratio), the overlay is told the new CSS and drawing-buffer sizes at
  // once, so its viewport, line widths and text match the basemap in the very next frame
  // (deck.gl reads the pixel ratio as buffer width / CSS width).
  function syncOverlaySize() {
    const canvas = map.getCanvas();
    const context = (
      overlay as unknown as OverlayInternals
    )._deck?.device?.getDefaultCanvasContext?.();
    if (!context) return;
    context.cssWidth = canvas.clientWidth || context.cssWidth;
    context.cssHeight = canvas.clientHeight || context.cssHeight;
    context.setDrawingBufferSize(canvas.width, canvas.height);
  }
  map.on('resize', syncOverlaySize);

  let drawn = false;
  map.on('render', () => {
    drawn = true;
  });

  const ready = whenReady(map);

  return {
    map,
    ready,
    setLayers(layers) {
      if (!sameLayers(layers, current)) {
        current = layers;
        overlay.setProps({ layers });
      }
      // Deck draws inside MapLibre's frame: one repaint, on the next frame rather than after
      // deck.gl's own loop has noticed the change (a frame later).
      map.triggerRepaint();
    },
    fitBounds(bounds, animate = true) {
      map.fitBounds(bounds, { padding: fitPadding(options.container), animate, maxZoom: 9 });
    },
    setAttribution(text) {
      map.removeControl(attribution);
      attribution = new AttributionControl({ compact: false, customAttribution: text });
      map.addControl(attribution, 'bottom-right');
    },
    setPixelRatio(ratio) {
      map.setPixelRatio(ratio);
      syncOverlaySize();
    },
    isQuiet() {
      const drewSinceLast = drawn;
      drawn = false;
      const frameRequested = Boolean((map as unknown as { _frameRequest?: unknown })._frameRequest);
      return (
        !contextLost &&
        !drewSinceLast &&
        !frameRequested &&
        map.loaded() &&
        !map.isMoving() &&
        deckQuiet(overlay)
      );
    },
    destroy() {
      stopWatching();
      map.off('resize', syncOverlaySize);
      removeOverlay();
      // Loses the WebGL context, disconnects MapLibre's observers and releases its worker.
      map.remove();
    },
  };
}
