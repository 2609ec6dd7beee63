/**
 * Bytes of an uploaded file to text. Files from Chinese offices arrive as UTF-8 (with or without
 * the BOM Excel writes), as GB18030/GBK (Excel's default "CSV" in China) or as UTF-16 ("Unicode
 * text"). A byte-order mark decides; otherwise a strict UTF-8 decode that succeeds means UTF-8,
 * alternate zero bytes mean UTF-16 without a mark, and anything else is read as GB18030, a
 * superset of GBK and GB2312. The guess is shown to the user, who can override it.
 */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'gb18030',
  'utf-16le',
  'utf-16be',
];

export interface EncodingGuess {
  encoding: TextEncodingName;
  bom: boolean;
  why: 'bom' | 'valid_utf8' | 'zero_bytes' | 'not_utf8';
}

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: true, why: 'bom' };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: true, why: 'bom' };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: true, why: 'bom' };
  const sample = bytes.subarray(0, 64 * 1024);
  const zeros = zeroParity(sample);
  if (zeros.odd > sample.length / 8) return { encoding: 'utf-16le', bom: false, why: 'zero_bytes' };
  if (zeros.even > sample.length / 8)
    return { encoding: 'utf-16be', bom: false, why: 'zero_bytes' };
  return validUtf8(sample)
    ? { encoding: 'utf-8', bom: false, why: 'valid_utf8' }
    : { encoding: 'gb18030', bom: false, why: 'not_utf8' };
}

/** Decodes with the given encoding; a byte-order mark is dropped, invalid bytes become U+FFFD. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

/** How many U+FFFD replacement characters a decode produced: a wrong override shows here. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n += 1;
  return n;
}

function zeroParity(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  return { even, odd };
}

function validUtf8(sample: Uint8Array): boolean {
  // A sample cut mid-character must not count against UTF-8: drop up to 3 trailing bytes of an
  // unfinished sequence before the strict decode.
  let end = sample.length;
  for (let k = 1; k <= 3 && end - k >= 0; k += 1) {
    const byte = sample[end - k] ?? 0;
    if ((byte & 0xc0) === 0xc0) {
      end -= k;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
