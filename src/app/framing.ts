import type { Padding } from '../core/insetLayout';
import type { Bounds, MapModel } from '../core/mapModel';
import { viewBounds } from '../core/viewBounds';
import type { MapView } from '../render/mapView';
import { insetLayoutFor, showsInsets, type InsetPlan } from './mapInsets';

/** What a view frames, and the room it leaves for insets. */
export interface Framing {
  bounds: Bounds;
  room?: Padding;
}

/**
 * The framing of a view: on a composed map the all-regions view frames the main panel beside
 * its insets; any other view frames its regions; null for a view with nothing to frame.
 */
export function framing(
  model: MapModel,
  plan: InsetPlan | null,
  mapEl: HTMLElement,
  v: string,
): Framing | null {
  if (plan && showsInsets({ view: v })) {
    return { bounds: plan.composition.main, room: insetLayoutFor(plan, mapEl).padding };
  }
  const bounds = viewBounds(model, v);
  return bounds ? { bounds } : null;
}

export function fitTo(view: MapView, f: Framing | null, animate: boolean): void {
  if (f) view.fitBounds(f.bounds, animate, f.room);
}
