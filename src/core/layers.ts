/**
 * A map layer shows one metric of one universe: "复工率 · 规上工业企业". Its id joins the two
 * (`resumption_rate.above_scale_industry`), so one string names it in the state, the URL and
 * every cache, and figures that count different things never share a colour.
 */
import type { Lang } from './lang';
import type { Dataset, Metric, MetricLayer, Observation, Universe } from './types';

export type LayerId = string;

export interface LayerInfo {
  id: LayerId;
  metric: Metric;
  universe: Universe;
  /** How many regions have a figure on this layer: the picker's order and a bare metric's choice. */
  regionCount: number;
  observationCount: number;
}

const SEPARATOR = '.';

export function layerId(metric: string, universe: string): LayerId {
  return `${metric}${SEPARATOR}${universe}`;
}

/** Metric and universe of a layer id; universe ids hold no dot, so the last one splits. */
export function splitLayerId(id: LayerId): { metric: string; universe: string } {
  const at = id.lastIndexOf(SEPARATOR);
  return at < 0
    ? { metric: id, universe: '' }
    : { metric: id.slice(0, at), universe: id.slice(at + SEPARATOR.length) };
}

/**
 * Every metric × universe that has data, for the given map layer kinds: grouped by metric in
 * the order of metrics.csv, and within a metric the universe with most regions first.
 */
export function listLayers(dataset: Dataset, kind?: MetricLayer): LayerInfo[] {
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const universes = new Map(dataset.universes.map((u) => [u.id, u]));
  const found = figuresByLayer(dataset.observations);
  const metricOrder = new Map(dataset.metrics.map((m, i) => [m.id, i]));
  const out: LayerInfo[] = [];
  for (const [id, f] of found) {
    const { metric, universe } = splitLayerId(id);
    const m = metrics.get(metric);
    const u = universes.get(universe);
    if (!m || !u || (kind !== undefined && m.layer !== kind)) continue;
    out.push({
      id,
      metric: m,
      universe: u,
      regionCount: f.regions.size,
      observationCount: f.count,
    });
  }
  return out.sort(
    (a, b) =>
      (metricOrder.get(a.metric.id) ?? 0) - (metricOrder.get(b.metric.id) ?? 0) ||
      b.regionCount - a.regionCount ||
      b.observationCount - a.observationCount ||
      a.id.localeCompare(b.id),
  );
}

interface LayerFigures {
  regions: Set<string>;
  count: number;
}

/** The regions and the number of figures of each layer with any. */
function figuresByLayer(observations: readonly Observation[]): Map<LayerId, LayerFigures> {
  const found = new Map<LayerId, LayerFigures>();
  let last: Observation | undefined;
  let f: LayerFigures | undefined;
  for (const o of observations) {
    // Files list a layer's figures together: its entry is looked up when the layer changes,
    // not once per figure with a joined id.
    if (!f || !last || o.metric !== last.metric || o.universe !== last.universe) {
      const id = layerId(o.metric, o.universe);
      f = found.get(id);
      if (!f) found.set(id, (f = { regions: new Set(), count: 0 }));
    }
    last = o;
    f.regions.add(o.region);
    f.count += 1;
  }
  return found;
}

/** "复工率 · 规上工业企业" / "Resumption rate · above-scale industrial firms". */
export function layerLabel(
  id: LayerId,
  dataset: Pick<Dataset, 'metrics' | 'universes'>,
  lang: Lang,
): string {
  const { metric, universe } = splitLayerId(id);
  const m = dataset.metrics.find((x) => x.id === metric);
  const u = dataset.universes.find((x) => x.id === universe);
  const ml = m ? (lang === 'zh' ? m.labelZh : m.labelEn) : metric;
  if (!u) return ml;
  return `${ml} · ${lang === 'zh' ? u.labelZh : u.labelEn}`;
}

/** The layer the map opens on: the one figure the regions share (above-scale industry's rate). */
export const DEFAULT_FILL_LAYER = layerId('resumption_rate', 'above_scale_industry');
export const DEFAULT_POINTS_LAYER = layerId('enterprises_resumed', 'above_scale_industry');

export interface LayerChoices {
  fill: LayerInfo[];
  points: LayerInfo[];
  defaultFill: LayerId | undefined;
  defaultPoints: LayerId | undefined;
  /** A bare metric id in a link → its layer with most regions. */
  aliases: Map<string, LayerId>;
}

export function layerChoices(dataset: Dataset): LayerChoices {
  // One walk over the figures for both kinds.
  const all = listLayers(dataset);
  const fill = all.filter((l) => l.metric.layer === 'choropleth');
  const points = all.filter((l) => l.metric.layer === 'points');
  const pick = (list: LayerInfo[], preferred: LayerId) =>
    list.some((l) => l.id === preferred) ? preferred : list[0]?.id;
  const aliases = new Map<string, LayerId>();
  for (const l of [...fill, ...points])
    if (!aliases.has(l.metric.id)) aliases.set(l.metric.id, l.id);
  return {
    fill,
    points,
    defaultFill: pick(fill, DEFAULT_FILL_LAYER),
    defaultPoints: pick(points, DEFAULT_POINTS_LAYER),
    aliases,
  };
}
