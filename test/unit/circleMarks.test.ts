import { describe, expect, it } from 'vitest';
import { CircleKind, circleMarks, sameEvents } from '../../src/core/circleMarks';
import { eventAlpha, EVENT_SHOW_DAYS, type PlacedEvent } from '../../src/core/mapEvents';

const event = (id: string, row: number): PlacedEvent => ({
  id,
  row,
  dayIndex: 3,
  text: { zh: id, en: id },
});

describe('circleMarks', () => {
  it('lists the circles bottom to top: halos, figures, location marks, then event rings', () => {
    const e = event('e1', 2);
    const marks = circleMarks([0, 1], [1, 2], [e]);
    expect(marks.map((m) => [m.kind, m.row])).toEqual([
      [CircleKind.Halo, 0],
      [CircleKind.Halo, 1],
      [CircleKind.Figure, 0],
      [CircleKind.Figure, 1],
      [CircleKind.Anchor, 1],
      [CircleKind.Anchor, 2],
      [CircleKind.Event, 2],
    ]);
    expect(marks.at(-1)?.event).toBe(e);
    expect(marks.slice(0, -1).every((m) => m.event === null)).toBe(true);
  });

  it('has no halos or figures where the map shows no circles of figures', () => {
    expect(circleMarks(null, [4], []).map((m) => m.kind)).toEqual([CircleKind.Anchor]);
  });
});

describe('sameEvents', () => {
  it('holds for the same events in the same order, and not for another list', () => {
    const a = event('a', 0);
    const b = event('b', 1);
    expect(sameEvents([a, b], [a, b])).toBe(true);
    expect(sameEvents([], [])).toBe(true);
    expect(sameEvents([a, b], [b, a])).toBe(false);
    expect(sameEvents([a], [a, b])).toBe(false);
    expect(sameEvents([a], [{ ...a }])).toBe(false);
  });
});

describe('eventAlpha', () => {
  it('fades from opaque on the event’s day to 40 % on the last day shown', () => {
    expect(eventAlpha(0)).toBe(255);
    expect(eventAlpha(EVENT_SHOW_DAYS)).toBe(105);
  });
});
