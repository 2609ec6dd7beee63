import { describe, expect, it } from 'vitest';
import { parseProject, writeProject, type Project } from '../../../src/core/ingest/projectFile';

const PROJECT: Project = {
  file: 'guizhou.csv',
  text: '地区,日期,值\n贵阳,2020-03-01,96%\n',
  choices: {
    layout: 'long',
    year: 2020,
    roles: ['region_name', 'date', 'value'],
    overrides: [['\u0001遵意\u0001', '520300']],
  },
  boundaryFile: '',
  boundaries: null,
  shipped: null,
  query: 'date=2020-03-01&lang=en',
};

describe('project files', () => {
  it('reopen to the same text, choices, join overrides and view', () => {
    expect(parseProject(JSON.parse(writeProject(PROJECT)))).toEqual(PROJECT);
  });

  it('name shipped boundaries by level and province rather than carry their polygons', () => {
    const p: Project = { ...PROJECT, shipped: { level: 'county', area: '520000' } };
    expect(parseProject(JSON.parse(writeProject(p)))).toEqual(p);
    const older = { ...JSON.parse(writeProject(PROJECT)) };
    delete older.shipped;
    expect(parseProject(older)?.shipped).toBeNull();
  });

  it('are told apart from GeoJSON and from files of another version', () => {
    expect(parseProject({ type: 'FeatureCollection', features: [] })).toBeNull();
    expect(parseProject({ ...JSON.parse(writeProject(PROJECT)), version: 2 })).toBeNull();
    expect(parseProject(null)).toBeNull();
  });

  it('drop malformed overrides rather than apply them', () => {
    const raw = {
      ...JSON.parse(writeProject(PROJECT)),
      choices: { overrides: [['a', 1], 'x', ['b', '520100']] },
    };
    expect(parseProject(raw)?.choices.overrides).toEqual([['b', '520100']]);
  });
});
