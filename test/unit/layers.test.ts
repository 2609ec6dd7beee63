import { describe, it, expect } from 'vitest';
import {
  DEFAULT_FILL_LAYER,
  layerChoices,
  layerId,
  layerLabel,
  listLayers,
  splitLayerId,
} from '../../src/core/layers';
import type { Metric, Universe } from '../../src/core/types';
import { METRIC, UNIVERSE, dataset, obs } from './make';

const PROJECTS: Universe = {
  id: 'key_projects',
  labelZh: '重点项目',
  labelEn: 'key projects',
  notes: '',
};
const COUNT: Metric = {
  id: 'enterprises_resumed',
  labelZh: '复工企业数',
  labelEn: 'Enterprises resumed',
  unit: '家',
  kind: 'count',
  layer: 'points',
};

function ds() {
  const d = dataset([
    obs('520100', '2020-02-01', 100, { universe: 'key_projects' }),
    obs('520100', '2020-02-01', 96),
    obs('522300', '2020-02-01', 98),
    obs('522300', '2020-02-02', 12, { metric: 'enterprises_resumed', unit: '家' }),
  ]);
  d.universes.push(PROJECTS);
  d.metrics.push(COUNT);
  return d;
}

describe('layers: a metric of one universe', () => {
  it('a layer id joins metric and universe and splits back', () => {
    expect(layerId('resumption_rate', 'above_scale_industry')).toBe(
      'resumption_rate.above_scale_industry',
    );
    expect(splitLayerId('resumption_rate.above_scale_industry')).toEqual({
      metric: 'resumption_rate',
      universe: 'above_scale_industry',
    });
    expect(DEFAULT_FILL_LAYER).toBe('resumption_rate.above_scale_industry');
  });

  it('lists every metric × universe that has data, the universe with most regions first', () => {
    const fill = listLayers(ds(), 'choropleth');
    expect(fill.map((l) => [l.id, l.regionCount])).toEqual([
      ['work_rate.u1', 2],
      ['work_rate.key_projects', 1],
    ]);
    expect(listLayers(ds(), 'points').map((l) => l.id)).toEqual(['enterprises_resumed.u1']);
  });

  it('labels a layer with what it counts', () => {
    expect(layerLabel('work_rate.key_projects', ds(), 'zh')).toBe(`${METRIC.labelZh} · 重点项目`);
    expect(layerLabel('work_rate.u1', ds(), 'en')).toBe(`${METRIC.labelEn} · ${UNIVERSE.labelEn}`);
  });

  it('a bare metric in a link opens its layer with most regions; an unknown one nothing', () => {
    expect(layerChoices(ds()).aliases.get('work_rate')).toBe('work_rate.u1');
    expect(layerChoices(ds()).aliases.get('enterprises_resumed')).toBe('enterprises_resumed.u1');
  });
});

describe('listLayers: counting', () => {
  it('counts each layer’s regions and figures whether its rows lie together or interleaved', () => {
    const rows = [
      obs('520100', '2020-02-01', 96),
      obs('520100', '2020-02-01', 100, { universe: 'key_projects' }),
      obs('522300', '2020-02-01', 98),
      obs('522300', '2020-02-02', 99, { universe: 'key_projects' }),
      obs('522300', '2020-02-03', 97),
    ];
    const counts = (order: typeof rows) => {
      const d = dataset(order);
      d.universes.push(PROJECTS);
      return listLayers(d).map((l) => [l.id, l.regionCount, l.observationCount]);
    };
    const expected = [
      [layerId(METRIC.id, UNIVERSE.id), 2, 3],
      [layerId(METRIC.id, 'key_projects'), 2, 2],
    ];
    expect(counts(rows)).toEqual(expected);
    expect(counts([...rows].sort((a, b) => a.universe.localeCompare(b.universe)))).toEqual(
      expected,
    );
  });
});
