/** A map model of three prefectures and their province, shared by the state and session tests. */
import { buildMapModel, type BoundaryCollection, type MapModel } from '../../src/core/mapModel';
import { dataset, obs, region } from './make';

/** A one-degree square polygon with its south-west corner at (x, y). */
const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];
/** A region's boundary feature: a square at longitude x, labelled at its centre. */
export const feature = (code: string, x: number) => ({
  type: 'Feature' as const,
  geometry: { type: 'Polygon' as const, coordinates: square(x, 20) },
  properties: { code, name: code, lon: x + 0.5, lat: 20.5 },
});
const boundaries: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [feature('520100', 100), feature('520300', 102), feature('450800', 110)],
};

/** Guiyang and Zunyi are observed on 02-03; Guigang only on 02-01; the province on 02-05. */
export const threeCities = (): MapModel =>
  buildMapModel(
    dataset(
      [
        obs('450800', '2020-02-01', 60),
        obs('520100', '2020-02-03', 90),
        obs('520300', '2020-02-03', 95),
        obs('520000', '2020-02-05', 99),
      ],
      [
        region('520100', '贵阳市'),
        region('520300', '遵义市'),
        region('450800', '贵港市'),
        region('520000', '贵州省', { level: 'province', lon: 90, lat: 10 }),
      ],
    ),
    boundaries,
  );
