import { describe, expect, it } from 'vitest';
import { displayName, otherName } from '../../src/core/displayName';
import { region } from './make';

const guiyang = region('520100', '贵阳市', { nameEn: 'Guiyang' });
const nanming = region('520102', '南明区', { level: 'county' });

describe('a region named in the page language', () => {
  it('is its official name in Chinese and its English name in English', () => {
    expect(displayName(guiyang, 'zh')).toBe('贵阳市');
    expect(displayName(guiyang, 'en')).toBe('Guiyang');
    expect(otherName(guiyang, 'zh')).toBe('Guiyang');
    expect(otherName(guiyang, 'en')).toBe('贵阳市');
  });

  it('keeps its Chinese name in English when it has no English one, and then has no second', () => {
    expect(displayName(nanming, 'en')).toBe('南明区');
    expect(otherName(nanming, 'en')).toBe('');
    expect(otherName(nanming, 'zh')).toBe('');
  });
});
