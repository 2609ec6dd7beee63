import { describe, it, expect } from 'vitest';
import { pngDpi, pngSize, withPngDpi } from '../../src/core/pngMeta';

// A 1×1 red PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('PNG metadata', () => {
  it('reads the pixel size', () => {
    expect(pngSize(PNG)).toEqual({ width: 1, height: 1 });
    expect(pngSize(new Uint8Array(30))).toBeNull();
  });
  it('records 300 dpi in a pHYs chunk right after IHDR, once', () => {
    expect(pngDpi(PNG)).toBeNull();
    const out = withPngDpi(PNG, 300);
    expect(out.length).toBe(PNG.length + 21);
    expect(pngDpi(out)).toBeCloseTo(300, 0);
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('pHYs');
    const again = withPngDpi(out, 150);
    expect(again.length).toBe(out.length);
    expect(pngDpi(again)).toBeCloseTo(150, 0);
    expect(pngSize(again)).toEqual({ width: 1, height: 1 });
  });
});
