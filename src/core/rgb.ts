/** A colour as 0–255 channels, the form deck.gl, the canvas export and the colour tables share. */
export type RGB = readonly [number, number, number];
/** A colour with an alpha channel, 0–255. */
export type RGBA = readonly [number, number, number, number];
