import type { AppState } from '../core/appState';
import { composeMap, type Composition, type InsetGroup } from '../core/composeMap';
import {
  insetPoint,
  layoutInsets,
  type InsetCard,
  type InsetFrame,
  type InsetLayout,
  type InsetSketch,
  type Padding,
} from '../core/insetLayout';
import { locatorShape, type LocatorShape } from '../core/locatorShape';
import type { Bounds, MapModel } from '../core/mapModel';
import { regionName } from '../core/regionLabels';
import type { MapView } from '../render/mapView';
import { fillIn, t } from '../ui/i18n';
import { createInsetFrames } from '../ui/insetFrames';

/** The locator's width in its own pixels (the page scales it to the frame). */
const LOCATOR_WIDTH = 60;
/** Room under a tall map's insets for the attribution along its foot. */
const ATTRIBUTION: Padding = { top: 0, right: 0, bottom: 24, left: 0 };

/** A composed map's plan: made once per model, before the map exists. */
export interface InsetPlan {
  composition: Composition;
  shape: LocatorShape;
}

export function planInsets(
  model: MapModel,
  provinces: GeoJSON.FeatureCollection,
): InsetPlan | null {
  const composition = composeMap(model);
  if (!composition) return null;
  const features = provinces.features.map((f) => ({ geometry: f.geometry as never }));
  return { composition, shape: locatorShape(features, LOCATOR_WIDTH) };
}

/** The composed map shows in the all-regions view; a view of one area is one panel. */
export const showsInsets = (s: Pick<AppState, 'view'>): boolean => s.view === 'all';

/** Where the insets go in a map box of this size. */
export function insetLayoutFor(plan: InsetPlan, box: HTMLElement): InsetLayout {
  const size = { width: box.clientWidth || 400, height: box.clientHeight || 300 };
  return layoutInsets(plan.composition.insets, size, ATTRIBUTION);
}

const inside = (b: Bounds, lon: number, lat: number) =>
  lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

function card(
  plan: InsetPlan,
  model: MapModel,
  group: InsetGroup,
  f: InsetFrame,
  s: AppState,
): InsetCard {
  const title = group.named.map((r) => regionName(model, r, s.lang)).join(' · ');
  const [w, s0, e, n] = group.bounds;
  return {
    key: f.key,
    frame: f.frame,
    title,
    label: fillIn(t('inset', s.lang), { name: title }),
    locatorLabel: fillIn(t('insetLocator', s.lang), { name: title }),
    dot: plan.shape.project((w + e) / 2, (s0 + n) / 2),
  };
}

export interface MapInsets {
  plan: InsetPlan;
  /** Every row the insets draw, one set for the map's life. */
  rows: ReadonlySet<number>;
  /** The insets on screen now, or null when the map is one panel. */
  layout(): InsetLayout | null;
  /** Lays the insets out again for the state and the map's size; returns the layout shown. */
  update(s: AppState): InsetLayout | null;
  /** Where a point is drawn on screen when an inset shows it; null when none does. */
  project(lon: number, lat: number): [number, number] | null;
  /** The insets on screen now, as an export draws them. */
  sketches(s: AppState): InsetSketch[];
  /** Whether the pointer is over an inset (the main panel's hover then does not count). */
  hasPointer(): boolean;
  /** The inset a row is drawn in now, or null for the main panel. */
  frameOfRow(row: number): InsetFrame | null;
  destroy(): void;
}

/**
 * The composed map's insets on a map view: deck.gl draws each inset's regions in the map's
 * canvas, the page draws its frame, name and locator, and the pointer over an inset picks what
 * the inset shows. They follow the map's size: laid out again, and the main panel framed beside
 * them unless the reader has moved it (an embed frames itself).
 */
export function openInsets(
  plan: InsetPlan,
  model: MapModel,
  view: MapView,
  mapEl: HTMLElement,
  options: {
    state(): AppState;
    embed: boolean;
    /** Frames the main panel as the state's view frames it, without animation. */
    refit(s: AppState): void;
    /** The pointer over an inset (CSS pixels from the map's corner), its leaving, and clicks. */
    pointer: { hover(at: [number, number] | null): void; click(x: number, y: number): void };
  },
): MapInsets {
  const { pointer } = options;
  const groups = new Map(plan.composition.insets.map((g) => [g.key, g]));
  const groupOfRow = new Map<number, string>();
  for (const g of plan.composition.insets) for (const r of g.rows) groupOfRow.set(r, g.key);
  const frames = createInsetFrames(mapEl, plan.shape, {
    hover: (x, y) => pointer.hover([x, y]),
    leave: () => pointer.hover(null),
    click: (x, y) => pointer.click(x, y),
  });
  let current: InsetLayout | null = null;
  function update(s: AppState): InsetLayout | null {
    current = showsInsets(s) ? insetLayoutFor(plan, mapEl) : null;
    const shown = current?.frames ?? [];
    const size = current?.size ?? { width: 0, height: 0 };
    view.setInsets({ size, frames: shown });
    frames.update(
      shown.map((f) => card(plan, model, groups.get(f.key)!, f, s)),
      size,
    );
    return current;
  }
  const onResize = () => {
    const s = options.state();
    if (update(s) && !s.camera && !options.embed) options.refit(s);
  };
  update(options.state());
  view.map.on('resize', onResize);
  return {
    plan,
    rows: new Set(groupOfRow.keys()),
    layout: () => current,
    update,
    sketches(s) {
      return (current?.frames ?? []).map((f) => {
        const group = groups.get(f.key)!;
        return { frame: f, card: card(plan, model, group, f, s), rows: group.rows };
      });
    },
    project(lon, lat) {
      for (const f of current?.frames ?? []) {
        const g = groups.get(f.key);
        if (g && inside(g.bounds, lon, lat)) return insetPoint(f, lon, lat);
      }
      return null;
    },
    frameOfRow(row) {
      const key = groupOfRow.get(row);
      return (key && current?.frames.find((f) => f.key === key)) || null;
    },
    hasPointer: frames.hasPointer,
    destroy() {
      view.map.off('resize', onResize);
      frames.destroy();
    },
  };
}
