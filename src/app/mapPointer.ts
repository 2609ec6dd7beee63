import type { Action, AppState } from '../core/appState';
import type { MapModel } from '../core/mapModel';
import type { CircleState } from '../core/pickCircles';
import type { MapView } from '../render/mapView';
import type { Store } from './createStore';
import type { Derived } from './deriveStyle';
import type { MapInsets } from './mapInsets';
import { CLICK_TOLERANCE, createRegionPicker, type RegionPicker } from './regionPicker';

/** The hovered region's row, and where the pointer is (CSS pixels from the map's corner). */
export type Hover = { row: number; x: number; y: number };

/** The pointer over the map or an inset (CSS pixels from the map's corner), and clicks. */
export interface MapPointer {
  hover(at: [number, number] | null): void;
  click(x: number, y: number): void;
}

/**
 * The pointer turned into the hovered region, which stays out of the state, and a click into
 * a selection (a click on no region clears it). It answers once it knows the map it points at.
 */
export function createMapPointer(
  model: MapModel,
  store: Store<AppState, Action>,
  derive: (s: AppState) => Derived,
  /** The hovered region changed, or the pointer moved over it: the map redraws. */
  onHover: () => void,
): MapPointer & {
  hovered(): Hover | null;
  attach(view: MapView, insets: MapInsets | null): void;
} {
  let regionAt: RegionPicker = () => null;
  let hovered: Hover | null = null;
  return {
    hover(at) {
      const row = at ? regionAt(at[0], at[1]) : null;
      hovered = at && row !== null ? { row, x: at[0], y: at[1] } : null;
      onHover();
    },
    hovered: () => hovered,
    click(x, y) {
      const row = regionAt(x, y, CLICK_TOLERANCE);
      store.dispatch({ type: 'select', region: model.rows[row ?? -1]?.code ?? null });
    },
    attach(view, insets) {
      regionAt = createRegionPicker({
        model,
        mainPanel: () => view.panel(),
        insets,
        circles: () => circleState(model, store.get(), derive(store.get()), hovered),
      });
    },
  };
}

/** What the circles show now, as the regions layer draws them. */
function circleState(model: MapModel, s: AppState, d: Derived, hover: Hover | null): CircleState {
  return {
    points: d.points,
    dayIndex: s.dayIndex,
    radius: d.radius,
    hoverRow: hover?.row ?? null,
    selectedRow: s.region ? (model.rowOf.get(s.region) ?? null) : null,
  };
}
