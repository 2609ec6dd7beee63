import {
  Map as MapLibreMap,
  setWorkerUrl,
  AttributionControl,
  NavigationControl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { basemapStyle } from './basemapStyle';

setWorkerUrl(workerUrl);

export interface MapViewOptions {
  container: HTMLElement;
  provinces: GeoJSON.FeatureCollection;
  bounds: [number, number, number, number];
  attribution: string;
  onHover: (info: PickingInfo) => void;
  onClick: (info: PickingInfo) => void;
}

export interface MapView {
  map: MapLibreMap;
  /** Resolves once the basemap has loaded and drawn. */
  ready: Promise<void>;
  setLayers(layers: Layer[]): void;
  fitBounds(bounds: [number, number, number, number], animate?: boolean): void;
  setAttribution(text: string): void;
  /** Device pixels per CSS pixel of the drawing buffer: exports raise it, then put it back. */
  setPixelRatio(ratio: number): void;
  destroy(): void;
}

/** The part of deck.gl's MapLibreOverlay internals that `setPixelRatio` needs. */
interface OverlayInternals {
  _deck?: {
    device?: {
      getDefaultCanvasContext?(): { setDrawingBufferSize(width: number, height: number): void };
    };
  };
}

export function createMapView(options: MapViewOptions): MapView {
  const [w, s, e, n] = options.bounds;
  const map = new MapLibreMap({
    container: options.container,
    style: basemapStyle(options.provinces),
    bounds: [w, s, e, n],
    fitBoundsOptions: { padding: 40 },
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

  // `load` and `idle` can fire in the same frame: listen before awaiting.
  const ready = new Promise<void>((resolve) => {
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

  return {
    map,
    ready,
    setLayers(layers) {
      overlay.setProps({ layers });
    },
    fitBounds(bounds, animate = true) {
      map.fitBounds(bounds, { padding: 40, animate, maxZoom: 9 });
    },
    setAttribution(text) {
      map.removeControl(attribution);
      attribution = new AttributionControl({ compact: false, customAttribution: text });
      map.addControl(attribution, 'bottom-right');
    },
    setPixelRatio(ratio) {
      map.setPixelRatio(ratio);
      // The overlay draws into the map's WebGL context, which it treats as external and never
      // resizes: it is told the new drawing-buffer size, so its viewport, line widths and
      // text scale with the buffer (deck.gl reads the ratio as buffer width / CSS width).
      const canvas = map.getCanvas();
      (overlay as unknown as OverlayInternals)._deck?.device
        ?.getDefaultCanvasContext?.()
        .setDrawingBufferSize(canvas.width, canvas.height);
    },
    destroy() {
      map.removeControl(overlay);
      overlay.finalize();
      map.remove();
    },
  };
}
