/**
 * Dated events from the articles, placed on the app's date axis: every event
 * is a mark on the timeline, and an event with a place is drawn on the map
 * for a few days after its date, so that playing through the period shows
 * what happened where, the moment it happened.
 */
import type { Lang } from './format';
import type { MapModel } from './mapModel';

/** An event with a place stays on the map this many days after its date. */
export const EVENT_SHOW_DAYS = 5;

export interface PlacedEvent {
  id: string;
  /** Index into the dates. */
  dayIndex: number;
  /** Timeline row of its region; -1 for an event tied to no region on the map. */
  row: number;
  text: Record<Lang, string>;
}

/** Events whose date is on the axis, in date order; events outside it have no place to go. */
export function placeEvents(model: MapModel): PlacedEvent[] {
  const dayOf = new Map(model.dates.map((d, i) => [d, i]));
  const out: PlacedEvent[] = [];
  for (const e of model.dataset.events) {
    const dayIndex = dayOf.get(e.date);
    if (dayIndex === undefined) continue;
    out.push({
      id: e.id,
      dayIndex,
      row: e.region ? (model.rowOf.get(e.region) ?? -1) : -1,
      text: { zh: e.textZh, en: e.textEn || e.textZh },
    });
  }
  return out.sort((a, b) => a.dayIndex - b.dayIndex);
}

/**
 * Events with a place from the last EVENT_SHOW_DAYS days up to `dayIndex`,
 * the latest one per region: two events a day apart in one city would
 * otherwise print over each other.
 */
export function activeEvents(
  events: readonly PlacedEvent[],
  dayIndex: number,
  showDays = EVENT_SHOW_DAYS,
): PlacedEvent[] {
  const latest = new Map<number, PlacedEvent>();
  for (const e of events) {
    const age = dayIndex - e.dayIndex;
    if (e.row < 0 || age < 0 || age > showDays) continue;
    const held = latest.get(e.row);
    if (!held || e.dayIndex >= held.dayIndex) latest.set(e.row, e);
  }
  return [...latest.values()].sort((a, b) => a.row - b.row);
}

/** An event's ring and text fade as it ages: full on its day, 40 % at the last day shown. */
export function eventAlpha(age: number): number {
  return Math.round(255 - (150 * age) / EVENT_SHOW_DAYS);
}
