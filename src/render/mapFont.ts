import { EXPORT_FONT_FAMILY } from '../core/exportLayout';

/** The shipped font, as the map's text layers and the font loader name it. */
export const FONT_FAMILY = `"${EXPORT_FONT_FAMILY}", sans-serif`;
// An atlas drawn at 32 px rather than deck.gl's 64: labels are 13 px, and glyphs shrunk
// five times came out blotchy on screens of one device pixel per CSS pixel.
export const FONT_SETTINGS = {
  sdf: true,
  fontSize: 32,
  buffer: 6,
  radius: 8,
  cutoff: 0.25,
} as const;
/**
 * Everything a glyph of the text layers is drawn with: the layers pass these, and the glyphs
 * drawn ahead (sdfGlyphs.ts) are found by them.
 */
export const GLYPH_SETTINGS = {
  ...FONT_SETTINGS,
  fontFamily: FONT_FAMILY,
  fontWeight: 'normal',
} as const;

/** The region labels' size in pixels, and the width of the white halo around each glyph. */
export const LABEL_SIZE = 13;
export const LABEL_HALO = 3;

/**
 * Loads the shipped font's files that hold these characters, at the labels' size; resolves at
 * once where the page has no font loading.
 */
export function loadMapFont(characters: string): Promise<unknown> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  return document.fonts.load(`${LABEL_SIZE}px ${FONT_FAMILY}`, characters);
}
