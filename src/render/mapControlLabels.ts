/** What MapLibre's canvas and zoom buttons are called, in the page's language. */
export interface MapControlLabels {
  canvas: string;
  zoomIn: string;
  zoomOut: string;
}

// MapLibre's documented class names for the parts it names (they are its styling hooks too),
// and whether the name is also shown as a tooltip.
const NAMED = [
  ['.maplibregl-canvas', 'canvas', false],
  ['.maplibregl-ctrl-zoom-in', 'zoomIn', true],
  ['.maplibregl-ctrl-zoom-out', 'zoomOut', true],
] as const;

/**
 * Names MapLibre's canvas and zoom buttons. MapLibre names them once, in English, when the
 * map is made: a reader of the Chinese page (or of a screen reader) heard "Map" and "Zoom
 * in" among Chinese controls, and a switch of language left them so.
 */
export function labelMapControls(container: HTMLElement, labels: MapControlLabels): void {
  for (const [selector, key, title] of NAMED) {
    const element = container.querySelector(selector);
    if (!element) continue;
    element.setAttribute('aria-label', labels[key]);
    if (title) element.setAttribute('title', labels[key]);
  }
}
