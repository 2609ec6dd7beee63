import {
  Map as MapLibreMap,
  setWorkerUrl,
  AttributionControl,
  NavigationControl,
} from 'maplibre-gl';
import workerUrl from './basemapWorker?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import type { Layer, View } from '@deck.gl/core';
import { basemapStyle } from './basemapStyle';
import { releaseDevice, watchContextLoss, type Device } from './contextLoss';
import { FIT_MAX_ZOOM, fitMargin, MAX_ZOOM, MIN_ZOOM, type Camera } from '../core/camera';
import type { Panel } from '../core/panelPoint';
import type { InsetLayout, Padding } from '../core/insetLayout';
import { drawsIn, insetsView, mainView } from './insetViews';
import { followPointer } from './followPointer';
import { trackRepaints } from './trackRepaints';
import { deckQuiet, whenDataDrawn, whenDrawn } from './mapDrawn';

// The style has no sources (basemapStyle.ts), so MapLibre's own worker would start, load
// 147 KB gzip and sit idle: a stand-in that answers its messages takes its place.
setWorkerUrl(workerUrl);

export interface MapViewOptions {
  container: HTMLElement;
  bounds: [number, number, number, number];
  /** Room the first framing leaves besides its margin (for insets). */
  padding?: Padding;
  attribution: string;
  /** The pointer moved over the map (CSS pixels from its corner), or left it (null). */
  onPointer: (at: [number, number] | null) => void;
  /** A click on the map, in CSS pixels from its corner. */
  onClick: (x: number, y: number) => void;
  /**
   * The WebGL context was lost (true) or is back (false). A view cannot draw again on a
   * restored context (see `watchContextLoss`): the caller makes a new one, on a new canvas.
   */
  onContextLoss?: (lost: boolean) => void;
}

export interface MapView {
  map: MapLibreMap;
  /**
   * Resolves once the basemap has loaded and a frame has drawn it with every layer set: a
   * software GPU may take seconds to link a layer's program, and skips its draws meanwhile.
   */
  ready: Promise<void>;
  /**
   * Draws these layers on the next frame. The same instances as last time (a timeline step
   * changes uniforms only) are not handed to deck.gl again: the map repaints once, and
   * deck.gl neither diffs nor validates a layer.
   */
  setLayers(layers: Layer[]): void;
  /** Frames `bounds`, leaving `room` free besides the margin (where the insets stand). */
  fitBounds(bounds: [number, number, number, number], animate?: boolean, room?: Padding): void;
  /**
   * Draws these insets after the main panel, in one view over the map (render/insetViews.ts);
   * an unchanged layout changes nothing.
   */
  setInsets(layout: Pick<InsetLayout, 'size' | 'frames'>): void;
  /** Where the main panel is drawn and from which camera: what finds the region at a point. */
  panel(): Panel;
  /** Shows exactly this centre and zoom, without animation. */
  jumpTo(camera: Camera): void;
  /** The centre and zoom on screen now. */
  camera(): Camera;
  setAttribution(text: string): void;
  /** Device pixels per CSS pixel of the drawing buffer: exports raise it, then put it back. */
  setPixelRatio(ratio: number): void;
  /**
   * Whether the map rests: style loaded, not moving, no frame requested, nothing drawn since
   * the last call, and every deck.gl layer loaded with nothing left to redraw.
   */
  isQuiet(): boolean;
  /**
   * Settles once the canvas shows the layers last set. deck.gl takes new layers in on its own
   * next frame, not when they are set, so a synchronous redraw still shows the ones before.
   */
  whenDrawn(): Promise<void>;
  destroy(): void;
}

/** The margin on every side, and `room` besides it where something stands over the map. */
function fitPadding(el: HTMLElement, room?: Padding): Padding {
  const m = fitMargin(el.clientWidth, el.clientHeight);
  return {
    top: m + (room?.top ?? 0),
    right: m + (room?.right ?? 0),
    bottom: m + (room?.bottom ?? 0),
    left: m + (room?.left ?? 0),
  };
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
    fitBoundsOptions: { padding: fitPadding(options.container, options.padding) },
    attributionControl: false,
    renderWorldCopies: false,
    maxZoom: MAX_ZOOM,
    minZoom: MIN_ZOOM,
    dragRotate: false,
    pitchWithRotate: false,
    // Exports read the canvas back after drawing.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  });
  map.touchZoomRotate.disableRotation();
  return map;
}

/**
 * Keeps the map's size the box's. MapLibre ignores the first report of its own resize
 * observer, so a box that changes size between the map's creation and that report (the
 * legend or the notes laying out) kept a stale size: the map drew and projected as if it were
 * its old height, its centre off the box's. Returns the way to stop.
 */
function followBox(map: MapLibreMap, box: HTMLElement): () => void {
  // Against the canvas's own size: a report of the size the map already has (the first
  // one, usually) would only redraw it.
  const observer = new ResizeObserver(() => {
    const canvas = map.getCanvas();
    if (box.clientWidth !== canvas.clientWidth || box.clientHeight !== canvas.clientHeight) {
      map.resize();
    }
  });
  observer.observe(box);
  return () => observer.disconnect();
}

/** The insets the overlay draws after the main panel. */
function overlayInsets(overlay: MapLibreOverlay, ask: () => void): Pick<MapView, 'setInsets'> {
  const main = mainView();
  // The overlay draws the views it is given, MapLibre's own among them, though its props
  // type, generic over none, leaves `views` out.
  const setViews = (views: View[]) =>
    overlay.setProps({ views } as unknown as MapLibreOverlayProps);
  setViews([main]);
  let insets = '';
  return {
    setInsets(layout) {
      const next = JSON.stringify(layout);
      if (next === insets) return;
      insets = next;
      const view = insetsView(layout);
      setViews(view ? [main, view] : [main]);
      ask();
    },
  };
}

/**
 * The overlay draws into the map's WebGL context, which it treats as external and never
 * resizes. Whenever MapLibre resizes its canvas (the container changed size, or an export
 * raised the pixel ratio), the overlay is told the new CSS and drawing-buffer sizes at once,
 * so its viewport, line widths and text match the basemap in the very next frame (deck.gl
 * reads the pixel ratio as buffer width / CSS width).
 */
function syncOverlaySizeTo(canvas: HTMLCanvasElement, device: Device | null): void {
  if (!device) return;
  const context = device.getDefaultCanvasContext();
  const cssWidth = canvas.clientWidth || context.cssWidth;
  const cssHeight = canvas.clientHeight || context.cssHeight;
  const [width, height] = context.getDrawingBufferSize();
  // deck.gl redraws whenever it is told a size, even the one it has.
  if (
    cssWidth === context.cssWidth &&
    cssHeight === context.cssHeight &&
    width === canvas.width &&
    height === canvas.height
  ) {
    return;
  }
  context.cssWidth = cssWidth;
  context.cssHeight = cssHeight;
  context.setDrawingBufferSize(canvas.width, canvas.height);
}

export function createMapView(options: MapViewOptions): MapView {
  const map = createMap(options);
  let attribution = new AttributionControl({
    compact: false,
    customAttribution: options.attribution,
  });
  map.addControl(attribution, 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  /** The luma.gl device deck.gl made on MapLibre's WebGL context, once it has made it. */
  let device: Device | null = null;
  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: [],
    layerFilter: drawsIn,
    onDeviceInitialized: (d) => {
      device = d;
    },
  });
  map.addControl(overlay);
  /** The layers the overlay has: an unchanged list is not handed to deck.gl again. */
  let current: Layer[] = [];
  /** Takes the overlay off the map and lets go of its GPU device and canvas observers. */
  function removeOverlay() {
    try {
      map.removeControl(overlay);
    } finally {
      releaseDevice(device);
      device = null;
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

  const syncOverlaySize = () => syncOverlaySizeTo(map.getCanvas(), device);
  map.on('resize', syncOverlaySize);
  const stopFollowingBox = followBox(map, options.container);

  const repaints = trackRepaints(map);
  const views = overlayInsets(overlay, repaints.ask);

  const stopFollowingPointer = followPointer(map, options);

  const ready = whenDataDrawn(map, () => current, repaints.ask);

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
      repaints.ask();
    },
    fitBounds(bounds, animate = true, room) {
      map.fitBounds(bounds, {
        padding: fitPadding(options.container, room),
        animate,
        maxZoom: FIT_MAX_ZOOM,
      });
      repaints.ask();
    },
    ...views,
    jumpTo(camera) {
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      repaints.ask();
    },
    camera() {
      const { lng, lat } = map.getCenter();
      return { lon: lng, lat, zoom: map.getZoom() };
    },
    panel() {
      const centre = map.getCenter();
      // Where MapLibre draws its centre, which a padded camera moves off the middle.
      const { x, y } = map.project(centre);
      return {
        view: { x, y, width: 0, height: 0 },
        camera: { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() },
      };
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
      return (
        !contextLost && repaints.resting() && map.loaded() && !map.isMoving() && deckQuiet(current)
      );
    },
    whenDrawn: () => whenDrawn(map, current, repaints.ask),
    destroy() {
      stopWatching();
      stopFollowingBox();
      map.off('resize', syncOverlaySize);
      stopFollowingPointer();
      removeOverlay();
      // Loses the WebGL context, disconnects MapLibre's observers and releases its worker.
      removeKeepingNothing(map);
    },
  };
}

/**
 * `map.remove()`, with errors made meanwhile keeping no call stack. Removing the last map ends
 * MapLibre's worker pool, and its shared dispatcher aborts with an Error it holds until the
 * next map starts; an Error's captured stack holds each frame's `this`, so the removed map,
 * its canvas and everything it drew stayed reachable after `destroy()`.
 */
function removeKeepingNothing(map: MapLibreMap): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    map.remove();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
