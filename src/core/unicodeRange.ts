/** Inclusive code point ranges, as a CSS `unicode-range` lists them. */
export type CodeRanges = readonly (readonly [number, number])[];

/**
 * Reads a CSS `unicode-range` value: single points (U+4E00), ranges (U+4E00-4E0F) and
 * wildcards (U+4??). A part that does not parse is left out rather than widened.
 */
export function parseUnicodeRange(value: string): [number, number][] {
  const out: [number, number][] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim().toUpperCase();
    const m = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/.exec(part);
    if (!m) continue;
    const [, first = '', last] = m;
    if (first.includes('?')) {
      if (last) continue;
      out.push([parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'F'), 16)]);
    } else {
      const lo = parseInt(first, 16);
      const hi = last ? parseInt(last, 16) : lo;
      if (hi >= lo) out.push([lo, hi]);
    }
  }
  return out;
}

export function coversCodePoint(ranges: CodeRanges, cp: number): boolean {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/**
 * The faces a text needs: each face that holds at least one of its characters, in the
 * order given. Whitespace needs no glyph.
 */
export function facesForText<F extends { ranges: CodeRanges }>(
  text: string,
  faces: readonly F[],
): F[] {
  const points = new Set<number>();
  for (const ch of text) if (!/\s/.test(ch)) points.add(ch.codePointAt(0) ?? 0);
  return faces.filter((f) => [...points].some((cp) => coversCodePoint(f.ranges, cp)));
}
