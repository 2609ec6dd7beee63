import type { AppState } from '../core/appState';
import { keepingFocus } from '../ui/keepFocus';
import { startMap, type MapInput, type MapOptions, type StartedMap } from './startMap';

/**
 * The place in the page where one map lives, and the only thing that replaces it: own data
 * swaps in a new map, and a restored WebGL context gets the same map made again, because
 * the map cannot draw on a context it has lost.
 */
export interface MapSlot {
  /** The map shown now, or null before the first `open`. */
  current(): StartedMap | null;
  /** Shows `input` in place of the current map; `query` replaces the options' own. */
  open(input: MapInput, query?: string): StartedMap;
  destroy(): void;
}

export function createMapSlot(root: HTMLElement, options: MapOptions, onBusy: () => void): MapSlot {
  let api: StartedMap | null = null;
  let shown: { input: MapInput; options: MapOptions } | null = null;

  function show(input: MapInput, opts: MapOptions, carry?: AppState): StartedMap {
    api?.destroy();
    shown = { input, options: opts };
    // The shell replaces the root's children; the Data panel stays across the swap, and the
    // control in it that asked for the swap keeps the focus.
    const entry = root.querySelector<HTMLElement>(':scope > .data-entry');
    const start = () => startMap(root, input, opts, { onBusy, onContextRestored, carry });
    api = entry
      ? keepingFocus(entry, () => {
          const next = start();
          root.prepend(entry);
          return next;
        })
      : start();
    return api;
  }

  function onContextRestored() {
    if (shown) show(shown.input, shown.options, api?.getState());
  }

  return {
    current: () => api,
    open: (input, query) => show(input, query === undefined ? options : { ...options, query }),
    destroy() {
      api?.destroy();
      api = null;
    },
  };
}
