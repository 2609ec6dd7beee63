import { describe, it, expect } from 'vitest';
import { eventTextLayer } from '../../src/render/textLayers';
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
    model: { rows: [], bounds: [103, 24, 110, 29] },
  } as unknown as RegionMapProps;
}

const event = { id: 'e1', row: 0, dayIndex: 9, text: { zh: '复工', en: 'Resumed' } };

describe('eventTextLayer', () => {
  it('keeps the same layer on a day without events, with no data and not drawn: a layer that came and went was made anew, glyph atlas and all', () => {
    const withEvent = eventTextLayer(props([event as unknown as PlacedEvent]), sub);
    const without = eventTextLayer(props([]), sub);
    expect(without.id).toBe(withEvent.id);
    expect(without.props.data).toEqual([]);
    expect(without.props.visible).toBe(false);
    expect(withEvent.props.visible).toBe(true);
  });
});
