import { describe, expect, it } from 'vitest';
import { buildMapModel, type BoundaryCollection } from '../../src/core/mapModel';
import {
  anchorRows,
  labelledRows,
  labelText,
  regionName,
  shortNameEn,
} from '../../src/core/regionLabels';
import { buildTimeline } from '../../src/core/timeline';
import { dataset, LAYER, obs, region } from './make';
import { feature } from './threeCities';

const boundaries: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [feature('520100', 100), feature('520300', 102)],
};

/** Two prefectures with polygons, a district with a figure but no polygon, one with neither. */
const model = () =>
  buildMapModel(
    dataset(
      [
        obs('520100', '2020-02-01', 80),
        obs('520100', '2020-02-05', 90),
        obs('520102', '2020-02-03', 70),
        obs('520000', '2020-02-03', 99),
      ],
      [
        region('520100', '贵阳市', { short: '贵阳', nameEn: 'Guiyang' }),
        region('520300', '遵义市', { short: '遵义', nameEn: 'Zunyi' }),
        region('520102', '南明区', { level: 'county' }),
        region('520103', '云岩区', { level: 'county' }),
        region('520000', '贵州省', { level: 'province' }),
      ],
    ),
    boundaries,
  );

const codesOf = (m: ReturnType<typeof model>, rows: readonly number[]) =>
  rows.map((r) => m.rows[r]?.code);

describe('labelledRows', () => {
  it('labels every polygon, figures or not', () => {
    const m = model();
    expect(codesOf(m, labelledRows(m))).toEqual(expect.arrayContaining(['520100', '520300']));
  });

  it('labels a unit without a polygon only when it carries a figure', () => {
    const m = model();
    const codes = codesOf(m, labelledRows(m));
    expect(codes).toContain('520102');
    expect(codes).not.toContain('520103');
  });

  it('never labels a province without a polygon: it is context under its own prefectures', () => {
    const m = model();
    expect(codesOf(m, labelledRows(m))).not.toContain('520000');
  });

  it('labels provinces drawn as polygons of their own, as on a map of provinces', () => {
    const m = buildMapModel(
      dataset(
        [obs('520000', '2020-02-03', 99)],
        [
          region('520000', '贵州省', { level: 'province' }),
          region('450000', '广西壮族自治区', { level: 'province' }),
        ],
      ),
      { type: 'FeatureCollection', features: [feature('520000', 100), feature('450000', 102)] },
    );
    expect(codesOf(m, labelledRows(m))).toEqual(['520000', '450000']);
  });

  it('walks the observations once per model, however many parts of the map ask', () => {
    const m = model();
    const first = labelledRows(m);
    let walked = 0;
    const observations = m.dataset.observations;
    Object.defineProperty(m.dataset, 'observations', {
      get: () => {
        walked++;
        return observations;
      },
    });
    expect(labelledRows(m)).toBe(first);
    expect(walked).toBe(0);
    // Another model (own data, or the insets' moved copy) is found anew.
    const other = model();
    expect(codesOf(other, labelledRows(other))).toEqual(codesOf(m, first));
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('labelText', () => {
  const at = (interpolate: boolean, date: string, lang: 'zh' | 'en' = 'zh') => {
    const m = model();
    const fill = buildTimeline(
      m.dataset,
      LAYER,
      m.rows.map((r) => r.code),
      { interpolate, maxAgeDays: 30 },
    );
    return {
      row: m.rowOf.get('520100') ?? -1,
      day: { model: m, fill, lang, dayIndex: fill.dates.indexOf(date) },
    };
  };

  it('shows the short name and, under it, the figure of the day', () => {
    const { row, day } = at(false, '2020-02-01');
    expect(labelText(day, row)).toBe('贵阳\n80%');
  });

  it('marks an interpolated figure as an estimate with a tilde', () => {
    const { row, day } = at(true, '2020-02-03');
    expect(labelText(day, row)).toMatch(/^贵阳\n~\d/);
  });

  it('shows the name alone on a day before any figure', () => {
    const m = model();
    const fill = buildTimeline(
      m.dataset,
      LAYER,
      m.rows.map((r) => r.code),
      {
        interpolate: false,
        maxAgeDays: 30,
      },
    );
    const row = m.rowOf.get('520300') ?? -1;
    expect(labelText({ model: m, fill, lang: 'en', dayIndex: 0 }, row)).toBe('Zunyi');
  });

  it('uses the English short name in English', () => {
    const { row, day } = at(false, '2020-02-01', 'en');
    expect(labelText(day, row).split('\n')[0]).toBe('Guiyang');
    expect(regionName(day.model, row, 'en')).toBe('Guiyang');
  });

  it('uses the Chinese short name in English for a region with no English name', () => {
    const m = model();
    expect(regionName(m, m.rowOf.get('520102') ?? -1, 'en')).toBe('南明区');
  });
});

describe('anchorRows', () => {
  it('marks every labelled region of a map of a few', () => {
    const m = model();
    expect(anchorRows(m)).toEqual(labelledRows(m));
  });

  it('marks only the units without a polygon on a map of hundreds of regions', () => {
    const codes = Array.from({ length: 130 }, (_, i) => String(520101 + i));
    const m = buildMapModel(
      dataset(
        [obs('520000', '2020-02-03', 99), obs('999001', '2020-02-03', 80)],
        [
          ...codes.map((c) => region(c, c, { level: 'county' })),
          region('999001', '贵安新区', { level: 'county' }),
        ],
      ),
      { type: 'FeatureCollection', features: codes.map((c, i) => feature(c, i)) },
    );
    expect(labelledRows(m)).toHaveLength(131);
    expect(codesOf(m, anchorRows(m))).toEqual(['999001']);
  });
});

describe('shortNameEn', () => {
  it('labels an autonomous prefecture by its place name alone', () => {
    expect(shortNameEn('Qiannan Buyei and Miao Autonomous Prefecture')).toBe('Qiannan');
    expect(shortNameEn('Qiandongnan Miao and Dong Autonomous Prefecture')).toBe('Qiandongnan');
    expect(shortNameEn('Qianxinan Buyei and Miao Autonomous Prefecture')).toBe('Qianxinan');
    expect(shortNameEn('Guangxi Zhuang Autonomous Region')).toBe('Guangxi');
  });

  it('leaves every other name as it is', () => {
    for (const name of ['Guiyang', 'Shaoyang County', "Gui'an New Area", 'Gangbei District', ''])
      expect(shortNameEn(name)).toBe(name);
  });
});
