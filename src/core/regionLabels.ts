import type { MapModel } from './mapModel';
import type { Timeline } from './timeline';
import type { Lang } from './lang';
import { formatValue } from './format';
import { Status } from './status';

/** Above this many labelled regions, labels show names only, so a step does no per-label work. */
const VALUE_LABEL_LIMIT = 120;

/** Whether labels show the day's figure under the name, for this many labelled regions. */
export function showsValues(labelledCount: number): boolean {
  return labelledCount <= VALUE_LABEL_LIMIT;
}

/** Each model's labelled rows: finding them walks every observation (millions in a large set). */
const labelledByModel = new WeakMap<MapModel, readonly number[]>();

/**
 * The regions that get a label and a location mark: every polygon and every point-only unit
 * that carries at least one figure. A province without a polygon is context, never labelled;
 * one drawn as a polygon (a map of provinces from one's own data) is. Found once per model:
 * the layers, the label placer, the pointer and the export all ask.
 */
export function labelledRows(model: MapModel): readonly number[] {
  let rows = labelledByModel.get(model);
  if (!rows) {
    const withData = new Set(model.dataset.observations.map((o) => o.region));
    const found: number[] = [];
    model.rows.forEach((r, i) => {
      if (i < model.features.length || (r.level !== 'province' && withData.has(r.code))) {
        found.push(i);
      }
    });
    rows = Object.freeze(found);
    labelledByModel.set(model, rows);
  }
  return rows;
}

/** Each model's rows with a location mark. */
const anchoredByModel = new WeakMap<MapModel, readonly number[]>();

/**
 * The labelled regions that get a location mark. On a map of a few regions every one has its
 * mark, so a small one stays visible and answers the mouse. Above the label limit (hundreds of
 * counties) a polygon shows where its region is, and a mark on each would cover the map: only
 * the units without a polygon keep theirs.
 */
export function anchorRows(model: MapModel): readonly number[] {
  let rows = anchoredByModel.get(model);
  if (!rows) {
    const labelled = labelledRows(model);
    rows = showsValues(labelled.length)
      ? labelled
      : Object.freeze(labelled.filter((i) => i >= model.features.length));
    anchoredByModel.set(model, rows);
  }
  return rows;
}

/** The short name a map label uses: 黔南州 and Qiannan rather than the official names. */
export function regionName(model: MapModel, row: number, lang: Lang): string {
  const region = model.rows[row];
  if (!region) return '';
  // Own regions often have no English name: English shows the Chinese one rather than none.
  return lang === 'zh' || region.nameEn === '' ? region.short : shortNameEn(region.nameEn);
}

// An autonomous area's English name spells out its peoples ("Qiannan Buyei and Miao
// Autonomous Prefecture"): on the map the place name alone says which it is, and the
// tooltip and the panel keep the full name.
const AUTONOMOUS = /^(\S+)\s.*\bAutonomous\s+(Prefecture|Region|County|Banner)$/;

/** An English name as a map label shows it: Qiannan for Qiannan Buyei and Miao Autonomous Prefecture. */
export function shortNameEn(nameEn: string): string {
  return AUTONOMOUS.exec(nameEn.trim())?.[1] ?? nameEn;
}

export interface LabelDay {
  model: MapModel;
  fill: Timeline;
  dayIndex: number;
  lang: Lang;
}

/**
 * A region's label on a day: its name, and under it the figure the fill shows, marked as the
 * legend marks it ('~' before an estimate, '?' after a figure whose day is uncertain).
 */
export function labelText(at: LabelDay, row: number): string {
  const name = regionName(at.model, row, at.lang);
  if (!name) return '';
  const { fill, dayIndex, model } = at;
  const i = dayIndex * fill.regions.length + row;
  const status = fill.status[i] ?? 0;
  if (
    status !== Status.Observed &&
    status !== Status.Carried &&
    status !== Status.Interpolated &&
    status !== Status.Uncertain
  )
    return name;
  const obs = model.dataset.observations[fill.obs[i] ?? -1];
  const value = fill.values[i] ?? NaN;
  const text = formatValue(value, obs?.qualifier ?? 'exact', obs?.unit ?? '%', at.lang);
  return `${name}\n${status === Status.Interpolated ? '~' : ''}${text}${status === Status.Uncertain ? '?' : ''}`;
}
