import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { crc32 } from '../../src/core/crc32';
import { zipStore } from '../../src/core/zipStore';

const utf8 = new TextEncoder();

/** The archive's entries as its central directory lists them, each read from its local header. */
function unzip(zip: Uint8Array): { path: string; data: Uint8Array; crc: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  expect(view.getUint32(end + 12, true)).toBe(end - at);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    expect(view.getUint16(at + 8, true) & 0x0800).toBe(0x0800);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const path = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const size = view.getUint32(local + 22, true);
    const start = local + 30 + view.getUint16(local + 26, true);
    out.push({
      path,
      data: zip.subarray(start, start + size),
      crc: view.getUint32(local + 14, true),
    });
    at += 46 + nameLength;
  }
  return out;
}

describe('zipStore', () => {
  it('lists every file under its UTF-8 path with its bytes and checksum, in order', () => {
    const files = [
      { path: 'regions.csv', data: utf8.encode('code,name\n520100,贵阳市\n') },
      { path: 'boundaries/regions.topojson', data: utf8.encode('{}') },
      { path: '数据/空.csv', data: new Uint8Array() },
    ];
    const back = unzip(zipStore(files));
    expect(back.map((e) => e.path)).toEqual(files.map((f) => f.path));
    back.forEach((e, i) => {
      expect([...e.data]).toEqual([...(files[i]?.data ?? [])]);
      expect(e.crc).toBe(crc32(e.data));
    });
  });

  it('opens in another ZIP reader as the same files', () => {
    const files = [
      { path: 'observations.csv', data: utf8.encode('id,value\no1,96\n') },
      { path: 'boundaries/regions.topojson', data: utf8.encode('{"type":"FeatureCollection"}') },
    ];
    const read = unzipSync(zipStore(files));
    expect(Object.keys(read)).toEqual(files.map((f) => f.path));
    for (const f of files) expect([...(read[f.path] ?? [])]).toEqual([...f.data]);
  });

  it('gives the same bytes for the same files', () => {
    const files = [{ path: 'a.csv', data: utf8.encode('x\n') }];
    expect([...zipStore(files)]).toEqual([...zipStore(files)]);
  });
});
