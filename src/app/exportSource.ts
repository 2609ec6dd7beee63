import { metricLabel } from '../ui/pickers';
import type { AppState } from '../core/appState';
import type { MapCredit } from '../core/credit';
import type { ColorScale } from '../core/colorScale';
import { colorAt, type ColorTable } from '../core/colorTable';
import type { MapModel } from '../core/mapModel';
import type { InsetSketch } from '../core/insetLayout';
import type { LocatorShape } from '../core/locatorShape';
import type { Timeline } from '../core/timeline';
import { STYLE_TOKENS } from '../core/styleTokens';
import type { MapView } from '../render/mapView';
import { figureCircle } from '../core/pointStyle';
import { labelledRows, labelText } from '../core/regionLabels';
import type { ExportFrame, ExportSource } from '../export/source';
import { legendFor } from './legendFor';
import type { Lang } from '../ui/i18n';

/** What app/deriveStyle.ts computes once per metric and options. */
export interface DerivedStyle {
  fill: Timeline;
  points: Timeline | null;
  colors: ColorScale;
  fillTable: ColorTable;
  pointMax: number;
  radius: (v: number) => number;
}

export interface ExportSourceDeps {
  view: MapView;
  mapElement: HTMLElement;
  root: HTMLElement;
  model: MapModel;
  provinces: GeoJSON.FeatureCollection;
  credit: MapCredit;
  state(): AppState;
  query(): string;
  derive(s: AppState): DerivedStyle;
  insets(): InsetSketch[];
  locator: LocatorShape | null;
  /** Draws a timeline position synchronously without touching the state; null: the state's. */
  drawFrame(frame: ExportFrame | null): Promise<void>;
}

/**
 * The read-only view of a mounted map that the export code (loaded later, on demand) works
 * from: the same colours, sizes and labels the map draws, read from the same tables.
 */
export function createExportSource(deps: ExportSourceDeps): ExportSource {
  const { model, view } = deps;
  const label = (id: string, lang: Lang) => metricLabel(model.dataset, id, lang);
  const selectedRow = () => {
    const r = deps.state().region;
    return r ? (model.rowOf.get(r) ?? null) : null;
  };
  let labelled: Set<number> | null = null;
  return {
    map: view.map,
    mapElement: deps.mapElement,
    root: deps.root,
    model,
    provinces: deps.provinces,
    credit: deps.credit,
    state: deps.state,
    query: deps.query,
    metricLabel: label,
    legend: () => legendFor(model, deps.state(), deps.derive(deps.state())),
    regionStyle(day, row) {
      const d = deps.derive(deps.state());
      const selected = row === selectedRow();
      return {
        fill: colorAt(d.fillTable, day, row),
        stroke: selected ? STYLE_TOKENS.regionBorderSelected : STYLE_TOKENS.regionBorder,
        strokeWidth: selected ? 3 : 1,
      };
    },
    pointStyle(day, row) {
      const d = deps.derive(deps.state());
      const points = d.points;
      if (!points || model.rows[row]?.level === 'province') return null;
      const i = day * points.regions.length + row;
      return figureCircle(points.status[i] ?? 0, points.values[i] ?? 0, d.radius);
    },
    labelText(day, row) {
      labelled ??= new Set(labelledRows(model));
      if (!labelled.has(row)) return null;
      const s = deps.state();
      const fill = deps.derive(s).fill;
      return labelText({ model, fill, dayIndex: day, lang: s.lang }, row) || null;
    },
    mapKey(day, t) {
      const d = deps.derive(deps.state());
      const n = model.rows.length;
      const parts: (string | number)[] = [];
      const rowOf = (tl: Timeline, at: number) => {
        const o = at * tl.regions.length;
        for (let r = 0; r < tl.regions.length; r++) {
          parts.push(tl.status[o + r] ?? 0, tl.values[o + r] ?? NaN, tl.obs[o + r] ?? -1);
        }
      };
      const next = Math.min(day + 1, model.dates.length - 1);
      const blend = t > 0 && next !== day;
      for (const at of blend ? [day, next] : [day]) {
        rowOf(d.fill, at);
        if (d.points) rowOf(d.points, at);
        const row = d.fillTable.data.subarray(
          4 * at * d.fillTable.width,
          4 * (at + 1) * d.fillTable.width,
        );
        parts.push(row.join(','));
      }
      // Blending two different days: each step of t is a different picture.
      if (blend) parts.push(`t${t}`);
      return `${n}|${parts.join(',')}`;
    },
    insets: deps.insets,
    locator: deps.locator,
    drawFrame: deps.drawFrame,
    getPixelRatio: () => view.map.getPixelRatio(),
    setPixelRatio: (ratio) => view.setPixelRatio(ratio),
  };
}
