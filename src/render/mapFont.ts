import { EXPORT_FONT_FAMILY } from '../core/exportLayout';

/** The shipped font, as the map's text layers and the font loader name it. */
export const FONT_FAMILY = `"${EXPORT_FONT_FAMILY}", sans-serif`;
// An atlas drawn at 32 px rather than deck.gl's 64: labels are 13 px, and glyphs shrunk
// five times came out blotchy on screens of one device pixel per CSS pixel.
export const FONT_SETTINGS = { sdf: true, fontSize: 32, buffer: 6, radius: 8 } as const;
