/**
 * Files in one ZIP archive, stored as they are (no compression): a data folder to download in
 * one piece, which every system's "extract" opens. Names are UTF-8 (flag bit 11) and every
 * file carries the same fixed time, so the same files always give the same bytes.
 */
import { crc32 } from './crc32';

export interface ZipEntry {
  /** Path inside the archive, with `/` between folders. */
  path: string;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
// 1980-01-01 00:00 in MS-DOS form, the earliest the format can say.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zipStore(entries: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
  const utf8 = new TextEncoder();
  const names = entries.map((e) => utf8.encode(e.path));
  const crcs = entries.map((e) => crc32(e.data));
  const localSize = entries.reduce(
    (n, e, i) => n + 30 + (names[i]?.length ?? 0) + e.data.length,
    0,
  );
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  /** The fields a local header and a central entry share, from "version needed" on. */
  const common = (i: number) => {
    const e = entries[i] as ZipEntry;
    u16(20);
    u16(UTF8_NAMES);
    u16(0); // stored
    u16(0);
    u16(DOS_DATE);
    u32(crcs[i] ?? 0);
    u32(e.data.length);
    u32(e.data.length);
    u16(names[i]?.length ?? 0);
    u16(0);
  };
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    u32(LOCAL);
    common(i);
    bytes(names[i] as Uint8Array);
    bytes(e.data);
  });
  const centralStart = at;
  entries.forEach((_, i) => {
    u32(CENTRAL);
    u16(20); // made by: version 2.0
    common(i);
    u16(0); // comment length
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i] ?? 0);
    bytes(names[i] as Uint8Array);
  });
  const centralLength = at - centralStart;
  u32(END);
  u16(0); // this disk
  u16(0); // the disk the directory starts on
  u16(entries.length);
  u16(entries.length);
  u32(centralLength);
  u32(centralStart);
  u16(0); // comment length
  return out;
}
