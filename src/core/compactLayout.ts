/**
 * When the map's box is too small for the full header and timeline: a phone in portrait
 * (narrow) or in landscape (short). Then the pickers and settings fold into one menu, the
 * legend shrinks to a line and the timeline gives the slider the width.
 */
export interface CompactLayout {
  compact: boolean;
  /** Short as a landscape phone: the timeline keeps one row to leave the map its height. */
  short: boolean;
}

/** The widest box that folds its controls. */
export const COMPACT_MAX_WIDTH = 640;
/** A box this short folds them too, up to a landscape phone's width. */
export const SHORT_MAX_HEIGHT = 500;
export const SHORT_MAX_WIDTH = 960;

export function compactLayout(width: number, height: number): CompactLayout {
  const short = height <= SHORT_MAX_HEIGHT && width <= SHORT_MAX_WIDTH;
  return { compact: width <= COMPACT_MAX_WIDTH || short, short };
}
