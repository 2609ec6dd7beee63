import { describe, expect, it } from 'vitest';
import { placeRegionLabels, type LabelPanel } from '../../src/app/placeRegionLabels';
import { createAppState } from '../../src/core/appState';
import { buildMapModel, type BoundaryCollection } from '../../src/core/mapModel';
import type { PlacedLabel } from '../../src/core/placeLabels';
import { dataset, region } from './make';

/** A square of `size` degrees at longitude x, so that areas rank the regions. */
const feature = (code: string, x: number, size: number) => ({
  type: 'Feature' as const,
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, 20],
        [x + size, 20],
        [x + size, 20 + size],
        [x, 20 + size],
        [x, 20],
      ],
    ],
  },
  properties: { code, name: code },
});

// 安顺 is larger than 贵阳 and its label takes 贵阳's room; 修文县, in 贵阳, has room of its own.
const model = buildMapModel(
  dataset(
    [],
    [
      region('520400', '安顺市'),
      region('520100', '贵阳市'),
      region('520123', '修文县', { level: 'county', parent: '520100' }),
    ],
  ),
  {
    type: 'FeatureCollection',
    features: [feature('520400', 100, 2), feature('520100', 103, 1), feature('520123', 105, 0.5)],
  } as BoundaryCollection,
);
const at: Record<string, [number, number]> = {
  '520400': [100, 100],
  '520100': [110, 105],
  '520123': [110, 150],
};
const panel: LabelPanel = {
  rows: model.rows.map((_, r) => r),
  rect: { x: 0, y: 0, width: 500, height: 500 },
  point: (r) => at[model.rows[r]?.code ?? ''] ?? [0, 0],
};
const codes = (placed: PlacedLabel[]) => placed.map((p) => model.rows[p.id]?.code);
const state = (region: string | null) =>
  createAppState({ dates: ['2020-03-01'], observationDays: [] }, { region });

describe('region labels', () => {
  it('a county is not labelled where its prefecture found no room: it would read as the city', () => {
    expect(codes(placeRegionLabels(model, [panel], state(null), () => 30))).toEqual(['520400']);
  });

  it('a chosen county is labelled all the same', () => {
    expect(codes(placeRegionLabels(model, [panel], state('520123'), () => 30))).toEqual([
      '520400',
      '520123',
    ]);
  });

  it('a prefecture crowded on its seat is labelled beside it, and then its counties may be', () => {
    // 贵阳's seat is 30 px from 安顺's: centred, their labels (36 px wide) overlap.
    const near: Record<string, [number, number]> = { ...at, '520100': [130, 100] };
    const crowded = { ...panel, point: (r: number) => near[model.rows[r]?.code ?? ''] ?? [0, 0] };
    const placed = placeRegionLabels(model, [crowded], state(null), () => 30);
    expect(codes(placed)).toEqual(['520400', '520100', '520123']);
    expect(placed.map((p) => p.offset)).toEqual([
      [0, 0],
      [20, 0],
      [0, 0],
    ]);
  });
});
