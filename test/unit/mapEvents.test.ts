import { describe, it, expect } from 'vitest';
import { buildMapModel } from '../../src/core/mapModel';
import { activeEvents, placeEvents, type PlacedEvent } from '../../src/core/mapEvents';
import type { Event } from '../../src/core/types';
import { dataset, obs, region } from './make';

const event = (id: string, date: string, regionCode: string): Event => ({
  row: 0,
  id,
  date,
  dateBasis: 'stated',
  region: regionCode,
  textZh: `事件${id}`,
  textEn: '',
  source: 's1',
  evidence: '',
});

describe('placeEvents', () => {
  it('places events on the date axis with their region’s row, and drops those off the axis', () => {
    const ds = dataset(
      [obs('520100', '2020-02-10', 50), obs('520100', '2020-02-20', 60)],
      [region('520100', '贵阳市')],
    );
    ds.events = [
      event('b', '2020-02-15', ''),
      event('a', '2020-02-12', '520100'),
      event('c', '2021-01-01', '520100'),
    ];
    const model = buildMapModel(ds, { type: 'FeatureCollection', features: [] });
    expect(placeEvents(model)).toEqual([
      { id: 'a', dayIndex: 2, row: 0, text: { zh: '事件a', en: '事件a' } },
      { id: 'b', dayIndex: 5, row: -1, text: { zh: '事件b', en: '事件b' } },
    ]);
  });
});

describe('activeEvents', () => {
  const e = (id: string, dayIndex: number, row: number): PlacedEvent => ({
    id,
    dayIndex,
    row,
    text: { zh: id, en: id },
  });
  const events = [e('a', 10, 0), e('b', 12, 0), e('c', 11, 1), e('d', 11, -1)];
  const ids = (day: number) => activeEvents(events, day, 5).map((x) => x.id);

  it('shows an event with a place from its day for a few days, never before', () => {
    expect(ids(9)).toEqual([]);
    expect(ids(10)).toEqual(['a']);
    expect(ids(17)).toEqual(['b']);
    expect(ids(18)).toEqual([]);
  });

  it('keeps the latest event per region, and never one without a place', () => {
    expect(ids(12)).toEqual(['b', 'c']);
  });
});
