import { describe, it, expect } from 'vitest';
import { eventLayers } from '../../src/render/textLayers';
import type { RegionMapProps } from '../../src/render/RegionMapLayer';
import type { PlacedEvent } from '../../src/core/mapEvents';

const sub = (id: string) => ({ id: `regions-${id}` });

function props(events: PlacedEvent[]): RegionMapProps {
  return {
    events,
    dayIndex: 10,
    lang: 'zh',
    symbolScale: 1,
    characters: '',
    model: { rows: [] },
  } as unknown as RegionMapProps;
}

const event = { id: 'e1', row: 0, dayIndex: 9, text: { zh: '复工', en: 'Resumed' } };

describe('eventLayers', () => {
  it('keeps the same layers on a day without events, with no data: a layer that came and went was made anew, glyph atlas and all', () => {
    const withEvent = eventLayers(props([event as unknown as PlacedEvent]), sub, true);
    const without = eventLayers(props([]), sub, true);
    expect(without.map((l) => l.id)).toEqual(withEvent.map((l) => l.id));
    expect(without.map((l) => l.props.data)).toEqual([[], []]);
  });

  it('leaves the text out until the font has loaded, and keeps the rings either way', () => {
    expect(eventLayers(props([]), sub, false).map((l) => l.id)).toEqual(['regions-events']);
  });
});
