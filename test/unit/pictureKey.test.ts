import { describe, it, expect } from 'vitest';
import { pictureKey, samePicture } from '../../src/core/pictureKey';

// Days 0–4: the fill shows one thing on 0, another on 1–3 and a third on 4.
const fill = Int32Array.from([0, 1, 1, 1, 4]);
const points = Int32Array.from([0, 0, 0, 3, 3]);
const style = { name: 'a style' };

describe('pictureKey', () => {
  it('gives two days of one run of the fill the same picture', () => {
    const a = pictureKey([style], 1, { fill, points: null }, false);
    const b = pictureKey([style], 3, { fill, points: null }, false);
    expect(samePicture(a, b)).toBe(true);
  });

  it('tells apart days in different runs of the fill', () => {
    const a = pictureKey([style], 0, { fill, points: null }, false);
    const b = pictureKey([style], 1, { fill, points: null }, false);
    expect(samePicture(a, b)).toBe(false);
  });

  it('tells apart days on which the circles change though the fill does not', () => {
    const a = pictureKey([style], 2, { fill, points }, false);
    const b = pictureKey([style], 3, { fill, points }, false);
    expect(samePicture(a, b)).toBe(false);
  });

  it('keeps every day apart while something shows its age', () => {
    const a = pictureKey([style], 1, { fill, points }, true);
    const b = pictureKey([style], 2, { fill, points }, true);
    expect(samePicture(a, b)).toBe(false);
  });

  it('compares what a frame is drawn from by identity', () => {
    const a = pictureKey([style, 'zh'], 1, { fill, points: null }, false);
    expect(samePicture(a, pictureKey([{ ...style }, 'zh'], 1, { fill, points: null }, false))).toBe(
      false,
    );
    expect(samePicture(a, pictureKey([style, 'en'], 1, { fill, points: null }, false))).toBe(false);
    expect(samePicture(a, pictureKey([style, 'zh'], 2, { fill, points: null }, false))).toBe(true);
  });

  it('never matches a missing key: the first frame and one after an export are drawn', () => {
    const a = pictureKey([style], 1, { fill, points: null }, false);
    expect(samePicture(null, a)).toBe(false);
    expect(samePicture(a, null)).toBe(false);
  });

  it('treats keys of different length as different pictures', () => {
    expect(samePicture([1, 2], [1, 2, 3])).toBe(false);
  });
});
