import { describe, it, expect } from 'vitest';
import { coversCodePoint, facesForText, parseUnicodeRange } from '../../src/core/unicodeRange';

describe('parseUnicodeRange', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4E00, U+4E01-4E0F, u+5??')).toEqual([
      [0x4e00, 0x4e00],
      [0x4e01, 0x4e0f],
      [0x500, 0x5ff],
    ]);
  });

  it('leaves out a part that does not parse instead of widening the range', () => {
    expect(parseUnicodeRange('U+4E00-, bogus, U+0041')).toEqual([[0x41, 0x41]]);
    expect(parseUnicodeRange('U+4E0F-4E00')).toEqual([]);
  });
});

describe('facesForText', () => {
  const latin = { id: 'latin', ranges: parseUnicodeRange('U+0000-00FF') };
  const cjkA = { id: 'a', ranges: parseUnicodeRange('U+590D, U+5DE5') };
  const cjkB = { id: 'b', ranges: parseUnicodeRange('U+5730, U+56FE') };
  const unused = { id: 'c', ranges: parseUnicodeRange('U+9F99') };

  it('keeps every face that holds a character of the text, and only those', () => {
    expect(facesForText('复工 map', [latin, cjkA, cjkB, unused]).map((f) => f.id)).toEqual([
      'latin',
      'a',
    ]);
    expect(facesForText('复工复产地图', [latin, cjkA, cjkB, unused]).map((f) => f.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('needs no face for whitespace alone', () => {
    expect(facesForText(' \n\t', [latin])).toEqual([]);
  });

  it('tells whether a range holds a code point', () => {
    expect(coversCodePoint(cjkA.ranges, 0x590d)).toBe(true);
    expect(coversCodePoint(cjkA.ranges, 0x590e)).toBe(false);
  });
});
