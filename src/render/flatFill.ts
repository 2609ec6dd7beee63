import { FillStyleExtension } from '@deck.gl/extensions';
import { TIMELINE_COLOR } from './timelineColorExtension';

/** The patterns a polygon layer can draw over its fill (fillLayers.ts draws them). */
export const PATTERNS = {
  hatch: { type: 'hatch', angle: 45, strokeWidth: 1.5, gap: 4 },
  nodata: { type: 'hatch', angle: -45, strokeWidth: 1, gap: 3 },
  dots: { type: 'dots', radius: 1.2, gap: 4 },
} as const;
export type PatternName = keyof typeof PATTERNS;

// Stable accessors: a new function each step would make deck.gl recompute the attribute.
export const PATTERN_ACCESSORS: Record<PatternName, () => PatternName> = {
  hatch: () => 'hatch',
  nodata: () => 'nodata',
  dots: () => 'dots',
};

const PATTERN = new FillStyleExtension({ pattern: true, proceduralPattern: true });

/**
 * What every flat polygon layer is given (the land, the insets' ground, the choropleth and its
 * patterns), down to its extensions and its vertex layout: deck.gl then draws them all with
 * one program. A software GPU (SwiftShader) spends a few tenths of a second of CPU compiling
 * each program a new map draws; the layers without a pattern carry the pattern's shader turned
 * off, which colours nothing.
 */
export const FLAT_FILL = {
  _normalize: false,
  filled: true,
  pickable: false,
  extensions: [TIMELINE_COLOR, PATTERN],
  fillPatternMapping: PATTERNS,
  fillPatternSizeUnits: 'pixels' as const,
  fillPatternMask: true,
  fillPatternEnabled: false,
  getFillPattern: PATTERN_ACCESSORS.hatch,
  getFillPatternScale: 1,
};
