import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from '../core/appState';
import type { MapCredit } from '../core/credit';
import type { LegendModel } from '../core/legendModel';
import type { MapModel } from '../core/mapModel';
import type { RGBA } from '../core/exportLayout';
import type { InsetSketch } from '../core/insetLayout';
import type { LocatorShape } from '../core/locatorShape';
import type { Lang } from '../ui/i18n';

/**
 * A picture an export draws: a day, the blend towards the next, and how many times larger
 * than on screen the map's labels, circles and lines are. An export lays the map out at
 * another width than the screen's; the symbols scale with the page, so a label is as large
 * as the page's own text and a circle as large as the legend's.
 */
export interface ExportFrame {
  day: number;
  t: number;
  symbolScale: number;
}

/** How one region or point looks on a given day, as the map draws it. */
export interface RegionStyle {
  fill: RGBA;
  stroke: RGBA;
  strokeWidth: number;
}

export interface PointStyle extends RegionStyle {
  radius: number;
  /** A light ring under the circle's own, centred on it; 0 for none (core/pointStyle.ts). */
  haloWidth: number;
}

/**
 * What a mounted map lends the export code. Everything here reads the map without changing
 * it, except `drawFrame` and `setPixelRatio`, which an export undoes before it returns.
 * The export modules import this type only, so the first load carries none of them.
 */
export interface ExportSource {
  map: MapLibreMap;
  /** The element the map canvas fills (its CSS size is the on-screen map size). */
  mapElement: HTMLElement;
  /** Where dialogs attach (inside the mounted root, so styles and language apply). */
  root: HTMLElement;
  model: MapModel;
  provinces: GeoJSON.FeatureCollection;
  state(): AppState;
  /** The current view as URL parameters, without `embed`. */
  query(): string;
  /** Who the figures and boundaries come from, for the credit and the map's corner. */
  credit: MapCredit;
  metricLabel(id: string, lang: Lang): string;
  legend(): LegendModel;
  regionStyle(day: number, row: number): RegionStyle;
  /** Null when the point is not drawn that day. */
  pointStyle(day: number, row: number): PointStyle | null;
  /** The insets on screen, in the map element's CSS pixels; none when the map is one panel. */
  insets(): InsetSketch[];
  /** The country the insets' locators show; null without insets. */
  locator: LocatorShape | null;
  /** The label drawn at a row's label point (name and value), or null for none. */
  labelText(day: number, row: number): string | null;
  /**
   * A signature of everything the map draws at a timeline position (colours, circles,
   * labels): two positions with the same key draw the same picture, so an animation
   * renders the map once for a run of unchanged days.
   */
  mapKey(day: number, t: number): string;
  /** Draws a timeline position now and synchronously, with no transition and without touching the state; null goes back to the state. */
  drawFrame(frame: ExportFrame | null): Promise<void>;
  getPixelRatio(): number;
  setPixelRatio(ratio: number): void;
}
