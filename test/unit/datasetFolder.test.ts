import { describe, expect, it } from 'vitest';
import { datasetFolder } from '../../src/core/datasetFolder';
import { analyseText } from '../../src/core/ingest/analyseImport';
import { regionsFromGeoJson } from '../../src/core/ingest/regionsFromGeoJson';
import { buildDataset } from '../../src/core/parseDataset';
import type { BoundaryCollection } from '../../src/core/mapModel';
import type { Dataset, Observation } from '../../src/core/types';
import { region } from './make';

const REGIONS = [
  region('520100', '贵阳市', { short: '贵阳', nameEn: 'Guiyang' }),
  region('520300', '遵义市', { short: '遵义', nameEn: 'Zunyi' }),
];
const context = { regions: REGIONS, universeLabel: { zh: '未注明', en: 'not stated' } };
const square = (lon: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon + 1, lat],
      [lon + 1, lat + 1],
      [lon, lat + 1],
      [lon, lat],
    ],
  ],
});
const BOUNDARIES = {
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      geometry: square(106, 26),
      properties: { code: '520100', name: '贵阳市', lon: 106.5, lat: 26.5 },
    },
    {
      type: 'Feature' as const,
      geometry: square(106, 27),
      properties: { code: '520300', name: '遵义市', lon: 106.5, lat: 27.5 },
    },
  ],
};

/** The folder's files read back as `?data=` reads them. */
function readBack(own: Dataset, boundaries: BoundaryCollection = BOUNDARIES) {
  const files = new Map(datasetFolder(own, boundaries).map((f) => [f.path, f.text]));
  const text = (path: string) => files.get(path) ?? '';
  const read = buildDataset({
    regions: text('regions.csv'),
    sources: text('sources.csv'),
    metrics: text('metrics.csv'),
    universes: text('universes.csv'),
    observations: text('observations.csv'),
    subsets: text('subsets.csv'),
    precedence: text('precedence.csv'),
    events: text('events.csv'),
  });
  return { ...read, files };
}

/** A table imported as the Data panel imports it, joined to `regions`. */
const imported = (table: string, file: string, regions = REGIONS): Dataset =>
  analyseText(table, file, {}, { ...context, regions }).result.dataset;

const withoutRow = (os: readonly Observation[]) => os.map(({ row: _row, ...o }) => o);

describe('an imported dataset written as a data folder', () => {
  it('reads back as the same figures, each with its source, date, bound and evidence', () => {
    const own = imported(
      '地区,日期,复工率,来源\n' +
        '贵阳市,2020-03-01,60%以上,"贵阳日报, 3月2日"\n' +
        '遵义,2020/3/2,约85%,"他说:""近九成"""\n' +
        '遵义,2020/3/3,—,x\n',
      'own "figures".csv',
    );
    expect(own.observations.length).toBe(2);
    const back = readBack(own);
    expect(back.issues).toEqual([]);
    expect(withoutRow(back.dataset.observations)).toEqual(withoutRow(own.observations));
    expect(back.dataset.regions).toEqual(own.regions);
    expect(back.dataset.sources).toEqual(own.sources);
    expect(back.dataset.metrics).toEqual(own.metrics);
    expect(back.dataset.universes).toEqual(own.universes);
  });

  it('reads back the regions of an own boundary file: no English name, a parent outside the file', () => {
    const geo = regionsFromGeoJson({
      features: [
        {
          type: 'Feature',
          geometry: square(106, 26),
          properties: { adcode: 520102, name: '南明区', parent: { adcode: 520100 } },
        },
        { type: 'Feature', geometry: square(106, 27), properties: { name: '无代码地区' } },
      ],
    });
    const own = imported(
      '地区,日期,复工率\n南明区,2020-03-01,90%\n无代码地区,2020-03-01,80%\n',
      'districts.csv',
      geo.regions,
    );
    expect(own.observations.length).toBe(2);
    const back = readBack(own, geo.boundaries);
    expect(back.issues).toEqual([]);
    // The same regions; 南明区's parent, 贵阳市, is no region of the folder and is left out.
    expect(own.regions[0]?.parent).toBe('520100');
    expect(back.dataset.regions).toEqual(
      own.regions.map(({ parentName: _p, ...r }) => ({ ...r, parent: '' })),
    );
    expect(withoutRow(back.dataset.observations)).toEqual(withoutRow(own.observations));
  });

  it('keeps two figures for one region and day a conflict, with no rule made up for it', () => {
    const own = imported(
      '地区,日期,复工率\n贵阳市,2020-03-01,90%\n贵阳,2020-03-01,92%\n',
      'two.csv',
    );
    expect(own.conflicts.length).toBe(1);
    const back = readBack(own);
    expect(back.dataset.conflicts).toEqual(own.conflicts);
    expect(back.files.get('precedence.csv')).toBe('shown,over,reason_zh,reason_en\n');
  });

  it('carries the boundaries under the name the app reads, as GeoJSON it accepts, and every optional file', () => {
    const own = imported('地区,日期,复工率\n贵阳市,2020-03-01,96%\n', 'a.csv');
    const { files } = readBack(own);
    const geo = JSON.parse(files.get('boundaries/regions.topojson') ?? '{}') as {
      features?: unknown[];
    };
    expect(regionsFromGeoJson(geo).regions.map((r) => r.code)).toEqual(['520100', '520300']);
    // Every file the app asks a folder for, the optional ones too (at least their header).
    for (const f of ['subsets.csv', 'precedence.csv', 'events.csv'])
      expect(files.get(f)).toMatch(/^\w+(?:,\w+)+\n/);
  });
});
