import type { AppState } from '../core/appState';
import { pictureKey, samePicture } from '../core/pictureKey';
import type { RegionView } from '../render/RegionMapLayer';
import type { Derived } from './deriveStyle';
import type { MapInsets } from './mapInsets';

/**
 * Remembers what the map last drew, so that a step to a day that shows the same (most days of
 * sparse data repeat the one before) draws nothing: the shared frame array already holds the
 * day for whatever draws next, and every layer shows that day as it showed the last.
 */
export function createStepPictures(insets: Pick<MapInsets, 'layout'> | null) {
  let shown: unknown[] | null = null;
  return {
    /**
     * Whether the map must draw this state; remembers it either way. `events` names the events
     * shown, as the map element's data-events does. An export's frame (another day, a blend, a
     * page scale) is always drawn, and so is the one after it.
     */
    changed(s: AppState, d: Derived, v: RegionView, events: string, exportFrame: boolean): boolean {
      // The font and the characters are settled before anything is drawn: not part of the key.
      const key = exportFrame
        ? null
        : pictureKey(
            [d, s.lang, s.region, v.hoverRow, v.placedLabels, events, insets?.layout() ?? null],
            s.dayIndex,
            { fill: d.fillRuns, points: d.pointRuns },
            v.events.length > 0,
          );
      const changed = !samePicture(shown, key);
      shown = key;
      return changed;
    },
  };
}
