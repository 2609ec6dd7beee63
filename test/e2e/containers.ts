/**
 * Tiny readers for what the exports write, so the tests check the files themselves rather
 * than trusting the encoder: WebM (EBML), MP4 (ISO boxes), GIF and PNG headers.
 */

export interface VideoInfo {
  container: 'webm' | 'mp4';
  codec: string;
  width: number;
  height: number;
  frames: number;
  keyFrames: number;
}

// ---- WebM / Matroska (EBML) ----

function vint(b: Uint8Array, o: number, keepMarker: boolean): { value: number; length: number } {
  const first = b[o] ?? 0;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error(`bad EBML variable-size integer at ${o}`);
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = b[o + i] ?? 0;
    value = value * 256 + byte;
    if (byte !== 0xff) allOnes = false;
  }
  return { value: !keepMarker && allOnes ? -1 : value, length };
}

const MASTER = new Set([
  0x1a45dfa3, // EBML
  0x18538067, // Segment
  0x1654ae6b, // Tracks
  0xae, // TrackEntry
  0xe0, // Video
  0x1f43b675, // Cluster
  0xa0, // BlockGroup
]);

export function readWebm(bytes: Uint8Array): VideoInfo {
  const info: VideoInfo = {
    container: 'webm',
    codec: '',
    width: 0,
    height: 0,
    frames: 0,
    keyFrames: 0,
  };
  let docType = '';
  const uint = (o: number, n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + (bytes[o + i] ?? 0);
    return v;
  };
  const str = (o: number, n: number) =>
    new TextDecoder().decode(bytes.subarray(o, o + n)).replace(/\0+$/, '');
  const walk = (start: number, end: number) => {
    let o = start;
    while (o < end) {
      const id = vint(bytes, o, true);
      const size = vint(bytes, o + id.length, false);
      const body = o + id.length + size.length;
      const bodyEnd = size.value < 0 ? end : Math.min(end, body + size.value);
      switch (id.value) {
        case 0x4282:
          docType = str(body, bodyEnd - body);
          break;
        case 0x86:
          info.codec = str(body, bodyEnd - body);
          break;
        case 0xb0:
          info.width = uint(body, bodyEnd - body);
          break;
        case 0xba:
          info.height = uint(body, bodyEnd - body);
          break;
        case 0xa3: {
          // SimpleBlock: track number (vint), 2-byte timecode, flags (0x80 = key frame).
          const track = vint(bytes, body, false);
          const flags = bytes[body + track.length + 2] ?? 0;
          info.frames++;
          if (flags & 0x80) info.keyFrames++;
          break;
        }
        case 0xa1:
          info.frames++;
          break;
        default:
          if (MASTER.has(id.value)) walk(body, bodyEnd);
      }
      o = bodyEnd;
    }
  };
  if (uint(0, 4) !== 0x1a45dfa3) throw new Error('not an EBML file');
  walk(0, bytes.length);
  if (docType !== 'webm' && docType !== 'matroska')
    throw new Error(`unexpected DocType "${docType}"`);
  return info;
}

// ---- MP4 (ISO base media boxes) ----

export function readMp4(bytes: Uint8Array): VideoInfo {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const info: VideoInfo = {
    container: 'mp4',
    codec: '',
    width: 0,
    height: 0,
    frames: 0,
    keyFrames: 0,
  };
  const type = (o: number) => String.fromCharCode(...bytes.subarray(o, o + 4));
  let sawFtyp = false;
  const walk = (start: number, end: number) => {
    let o = start;
    while (o + 8 <= end) {
      let size = v.getUint32(o);
      const t = type(o + 4);
      let header = 8;
      if (size === 1) {
        size = Number(v.getBigUint64(o + 8));
        header = 16;
      } else if (size === 0) {
        size = end - o;
      }
      if (size < header) throw new Error(`bad box size at ${o}`);
      const body = o + header;
      const boxEnd = Math.min(end, o + size);
      if (t === 'ftyp') sawFtyp = true;
      if (t === 'moov' || t === 'trak' || t === 'mdia' || t === 'minf' || t === 'stbl')
        walk(body, boxEnd);
      if (t === 'stsd') info.codec = type(body + 8 + 4);
      if (t === 'tkhd') {
        info.width = v.getUint32(boxEnd - 8) / 65536;
        info.height = v.getUint32(boxEnd - 4) / 65536;
      }
      if (t === 'stsz') info.frames = v.getUint32(body + 8);
      if (t === 'stss') info.keyFrames = v.getUint32(body + 4);
      o = boxEnd;
    }
  };
  walk(0, bytes.length);
  if (!sawFtyp) throw new Error('no ftyp box: not an MP4 file');
  return info;
}

// ---- GIF ----

export interface GifInfo {
  width: number;
  height: number;
  frames: number;
  /** NETSCAPE2.0 loop count (0 = forever), null without the extension. */
  loop: number | null;
  delaysCs: number[];
}

export function readGif(bytes: Uint8Array): GifInfo {
  const sig = String.fromCharCode(...bytes.subarray(0, 6));
  if (sig !== 'GIF89a' && sig !== 'GIF87a') throw new Error('not a GIF');
  const u16 = (o: number) => (bytes[o] ?? 0) | ((bytes[o + 1] ?? 0) << 8);
  const info: GifInfo = { width: u16(6), height: u16(8), frames: 0, loop: null, delaysCs: [] };
  let o = 13;
  const packed = bytes[10] ?? 0;
  if (packed & 0x80) o += 3 * (1 << ((packed & 7) + 1));
  const skipSubBlocks = () => {
    while (o < bytes.length) {
      const n = bytes[o++] ?? 0;
      if (n === 0) return;
      o += n;
    }
  };
  while (o < bytes.length) {
    const b = bytes[o++];
    if (b === 0x3b) break;
    if (b === 0x21) {
      const label = bytes[o++];
      if (label === 0xf9) info.delaysCs.push(u16(o + 2));
      if (
        label === 0xff &&
        String.fromCharCode(...bytes.subarray(o + 1, o + 12)) === 'NETSCAPE2.0'
      ) {
        info.loop = u16(o + 12 + 2);
      }
      skipSubBlocks();
    } else if (b === 0x2c) {
      info.frames++;
      const flags = bytes[o + 8] ?? 0;
      o += 9;
      if (flags & 0x80) o += 3 * (1 << ((flags & 7) + 1));
      o++; // LZW minimum code size
      skipSubBlocks();
    } else {
      throw new Error(`unexpected GIF block 0x${(b ?? 0).toString(16)} at ${o - 1}`);
    }
  }
  return info;
}

export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!sig.every((s, i) => bytes[i] === s)) throw new Error('not a PNG');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}
