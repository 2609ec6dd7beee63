import { describe, it, expect } from 'vitest';
import { formatNumber, formatValue } from '../../src/core/format';
import { DEFAULT_URL_STATE, parseUrlState } from '../../src/core/urlState';
import { t, type Lang } from '../../src/ui/i18n';

const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('names every object has are plain words in data and links', () => {
  it.each(KEYS)('a unit %s prints as nothing extra, never as a function', (unit) => {
    for (const lang of ['zh', 'en'] as const) {
      const s = formatNumber(5, lang, unit);
      expect(s).not.toMatch(/function|\[object|native code/);
      expect(formatValue(5, 'exact', unit, lang)).not.toMatch(/function|\[object/);
    }
    expect(formatNumber(5, 'en', unit)).toBe('5');
  });

  it.each(KEYS)('a link naming %s as metric, points, view, region or lang is refused', (k) => {
    const known = {
      dates: ['2020-03-01'],
      metrics: ['rate'],
      pointMetrics: [],
      regions: ['520100'],
    };
    const query = ['metric', 'points', 'view', 'region', 'lang']
      .map((p) => `${p}=${encodeURIComponent(k)}`)
      .join('&');
    const { state, problems } = parseUrlState(query, known);
    expect(problems.map((p) => p.reason)).toEqual(Array(5).fill('unknown-value'));
    expect(state).toEqual(DEFAULT_URL_STATE);
  });

  it('translates only the two languages', () => {
    expect(t('title', 'en')).toBe('Work resumption map');
    expect(t('title', 'constructor' as Lang)).toBe('复工复产地图');
    expect(t('title', '__proto__' as Lang)).toBe('复工复产地图');
  });
});
