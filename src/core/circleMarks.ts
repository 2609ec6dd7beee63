import type { PlacedEvent } from './mapEvents';

/** What a circle on the map stands for; the map draws them in this order, bottom to top. */
export const enum CircleKind {
  /** The light ring under a faint figure's circle. */
  Halo = 0,
  /** A figure's circle. */
  Figure = 1,
  /** A region's location mark. */
  Anchor = 2,
  /** The ring of an event of the last few days. */
  Event = 3,
}

export interface CircleMark {
  kind: CircleKind;
  /** The region's timeline row: where the circle sits. */
  row: number;
  /** The event a ring stands for; null for every other kind. */
  event: PlacedEvent | null;
}

/**
 * Every circle of one map, bottom to top: the halos, then the figures' circles of `pointRows`
 * (null where the map shows no circles of figures), the location marks of `anchorRows`, and the
 * rings of the day's `events`. One list, so the map draws all its circles in one draw call: a
 * layer costs every view that draws it its uniforms and state on every frame, empty or not.
 */
export function circleMarks(
  pointRows: readonly number[] | null,
  anchorRows: readonly number[],
  events: readonly PlacedEvent[],
): CircleMark[] {
  const marks: CircleMark[] = [];
  const add = (kind: CircleKind, rows: readonly number[]) => {
    for (const row of rows) marks.push({ kind, row, event: null });
  };
  if (pointRows) {
    add(CircleKind.Halo, pointRows);
    add(CircleKind.Figure, pointRows);
  }
  add(CircleKind.Anchor, anchorRows);
  for (const event of events) marks.push({ kind: CircleKind.Event, row: event.row, event });
  return marks;
}

/** Whether two days show the same events: the map's circles are then the same list. */
export function sameEvents(a: readonly PlacedEvent[], b: readonly PlacedEvent[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}
