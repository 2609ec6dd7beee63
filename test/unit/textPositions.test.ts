import { describe, it, expect } from 'vitest';
import { eventTextLayer, labelLayer } from '../../src/render/textLayers';
import type { RegionMapProps } from '../../src/render/RegionMapLayer';
import type { PlacedEvent } from '../../src/core/mapEvents';
import { commonX, commonY } from '../../src/core/webMercator';

const sub = (id: string) => ({ id: `regions-${id}` });
const GUIYANG = { code: '520100', name: '贵阳市', short: '贵阳', lon: 106.63, lat: 26.65 };

function props(): RegionMapProps {
  return {
    events: [],
    dayIndex: 0,
    fillRuns: [],
    lang: 'zh',
    symbolScale: 1,
    characters: '',
    model: { rows: [GUIYANG], bounds: [103.6, 24.6, 109.6, 29.2] },
  } as unknown as RegionMapProps;
}

type Positioned = { props: { origin: [number, number]; getPosition: (d: never) => number[] } };

describe('map text positions', () => {
  it("labels and events are given in common space, measured from the middle of the map's regions", () => {
    const middle = [commonX((103.6 + 109.6) / 2), commonY((24.6 + 29.2) / 2)];
    const point = [commonX(GUIYANG.lon) - middle[0]!, commonY(GUIYANG.lat) - middle[1]!];
    const label = labelLayer(props(), { labelled: [0] }, false, sub) as unknown as Positioned;
    expect(label.props.origin).toEqual(middle);
    expect(label.props.getPosition(0 as never)).toEqual(point);
    const event = { row: 0, dayIndex: 0, text: { zh: '复工', en: 'Resumed' } } as PlacedEvent;
    const events = eventTextLayer({ ...props(), events: [event] }, sub) as unknown as Positioned;
    expect(events.props.origin).toEqual(middle);
    expect(events.props.getPosition(event as never)).toEqual(point);
  });
});
