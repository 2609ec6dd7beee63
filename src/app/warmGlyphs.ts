import type { GlyphSettings, SdfGlyphs } from '../render/sdfGlyphs';
import { inSlices } from './inSlices';

/**
 * Draws the glyphs of these characters ahead while the page waits for a large file, so the
 * map's labels find them drawn (render/sdfGlyphs.ts). Stops when `signal` aborts: the labels
 * draw what is left themselves.
 */
export function warmGlyphs(
  glyphs: SdfGlyphs,
  settings: GlyphSettings,
  characters: string,
  signal: AbortSignal,
): void {
  const chars = [...new Set(characters)];
  inSlices(chars.length, (i) => glyphs.drawAhead(settings, chars[i]!), signal);
}
