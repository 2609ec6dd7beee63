import { describe, expect, it } from 'vitest';
import { labelCharacters } from '../../src/core/labelCharacters';
import { formatValue } from '../../src/core/format';
import { dataset, obs, region } from './make';
import type { Qualifier } from '../../src/core/types';

const model = () => {
  const d = dataset(
    [
      obs('450800', '2020-03-01', 96),
      obs('450800', '2020-03-01', 1200, { unit: '家' }),
      obs('450800', '2020-03-01', 5000, { unit: '人' }),
    ],
    [region('450800', '贵港市', { short: '贵港', nameEn: 'Guigang' })],
  );
  d.events.push({
    id: 'e1',
    date: '2020-02-10',
    region: '450800',
    textZh: '企业有序复工',
    textEn: 'Firms resume in order',
  } as (typeof d.events)[number]);
  return { rows: d.regions, dataset: d };
};

describe('labelCharacters', () => {
  it('covers region names and event texts in both languages', () => {
    const chars = new Set(labelCharacters(model()));
    for (const c of '贵港市Guigang企业有序复工Firms resume in order') expect(chars).toContain(c);
  });

  it('covers every value a label can show, bounds and approximations included', () => {
    const chars = new Set(labelCharacters(model()));
    const qualifiers: Qualifier[] = ['exact', 'at_least', 'at_most', 'about'];
    for (const lang of ['zh', 'en'] as const)
      for (const q of qualifiers)
        for (const [v, unit] of [
          [96.5, '%'],
          [109431, '家'],
          [1.2e8, '人'],
        ] as const)
          for (const c of formatValue(v, q, unit, lang))
            expect(chars, `${formatValue(v, q, unit, lang)} (${lang})`).toContain(c);
    expect(chars).toContain('…');
  });

  it('lists each character once, so the glyph atlas holds no duplicates', () => {
    const text = labelCharacters(model());
    expect([...new Set(text)].join('')).toBe(text);
  });
});
