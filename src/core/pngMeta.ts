/**
 * Small PNG chunk work: record the print resolution (pHYs) so a layout program places a
 * 300 dpi export at its intended size, and read a PNG's pixel size back.
 */

import { concatBytes } from './concatBytes';
import { crc32 } from './crc32';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Width and height from the IHDR chunk, or null for something that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || !isPng(bytes)) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** Dots per inch stored in pHYs, or null when there is none. */
export function pngDpi(bytes: Uint8Array): number | null {
  if (!isPng(bytes)) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 8;
  while (o + 12 <= bytes.length) {
    const len = v.getUint32(o);
    const type = String.fromCharCode(...bytes.subarray(o + 4, o + 8));
    if (type === 'pHYs' && len === 9 && bytes[o + 16] === 1) {
      return Math.round(v.getUint32(o + 8) * 0.0254 * 100) / 100;
    }
    if (type === 'IDAT') return null;
    o += 12 + len;
  }
  return null;
}

/** A copy of the PNG with a pHYs chunk for `dpi` right after IHDR (any older pHYs dropped). */
export function withPngDpi(bytes: Uint8Array, dpi: number): Uint8Array {
  if (!isPng(bytes) || !(dpi > 0)) return bytes;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ihdrEnd = 8 + 12 + v.getUint32(8);
  const ppm = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const cv = new DataView(chunk.buffer);
  cv.setUint32(0, 9);
  chunk.set([112, 72, 89, 115], 4); // 'pHYs'
  cv.setUint32(8, ppm);
  cv.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  cv.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Copy the rest, leaving out an existing pHYs.
  const parts: Uint8Array[] = [bytes.subarray(0, ihdrEnd), chunk];
  let o = ihdrEnd;
  while (o + 12 <= bytes.length) {
    const len = v.getUint32(o);
    const type = String.fromCharCode(...bytes.subarray(o + 4, o + 8));
    if (type !== 'pHYs') parts.push(bytes.subarray(o, o + 12 + len));
    o += 12 + len;
  }
  return concatBytes(parts);
}
