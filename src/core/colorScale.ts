/**
 * Colour and size scales fixed over the whole period: a colour means the same
 * figure on every day, so the legend never changes while the timeline plays.
 */
import { scaleSequential, scaleSqrt, scaleThreshold } from 'd3-scale';

import type { RGB } from './rgb';
export type { RGB };
import type { RGBA } from './rgb';
export type { RGBA };

/**
 * Class edges for rates in percent. Resumption figures bunch near the top, so
 * the classes narrow towards 100: 84, 96 and 100 all differ. 99.95 rather than
 * 100 puts a rounded 99.96 with the complete ones and 99.9 without.
 */
export const RATE_THRESHOLDS: readonly number[] = [60, 80, 90, 95, 99.95];

// ColorBrewer YlGnBu, the six darker steps of the 7-class scheme: sequential,
// readable with the common colour-vision deficiencies and in greyscale. The
// palest step is left out so the lowest class stays distinct from no data.
export const PALETTE: readonly RGB[] = [
  [199, 233, 180],
  [127, 205, 187],
  [65, 182, 196],
  [29, 145, 192],
  [34, 94, 168],
  [12, 44, 132],
];

/** Neutral grey, half transparent: reads as absent, not as a low figure. */
export const NO_DATA: RGBA = [189, 189, 189, 120];

export interface LegendItem {
  label: string;
  color: RGB;
  /** Lowest value of the class (inclusive); absent for the open lowest class. */
  from?: number;
  /** Upper edge of the class (exclusive); absent for the open highest class. */
  to?: number;
}

export interface ColorScale {
  kind: 'bins' | 'continuous';
  domain: [number, number];
  /** The colour for a value; NaN gets the no-data grey (callers should check the status first). */
  color(v: number): RGB;
  noData: RGBA;
  legend: LegendItem[];
}

export interface ColorScaleOptions {
  /** Class edges for 'bins'; one fewer than the palette. */
  thresholds?: readonly number[];
  /** Appended to legend labels. */
  unit?: string;
}

export function createColorScale(
  kind: 'bins' | 'continuous',
  domain: [number, number],
  options: ColorScaleOptions = {},
): ColorScale {
  const unit = options.unit ?? '%';
  const noDataRgb: RGB = [NO_DATA[0], NO_DATA[1], NO_DATA[2]];
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);

  if (kind === 'bins') {
    const thresholds = options.thresholds ?? RATE_THRESHOLDS;
    const colors = pickColors(thresholds.length + 1);
    const scale = scaleThreshold<number, RGB>()
      .domain([...thresholds])
      .range(colors);
    return {
      kind,
      domain: [lo, hi],
      color: (v) => (Number.isNaN(v) ? noDataRgb : copy(scale(v))),
      noData: [...NO_DATA],
      legend: binLegend(thresholds, colors, unit),
    };
  }

  const scale = scaleSequential<RGB>(interpolatePalette).domain([lo, hi]).clamp(true);
  const steps = PALETTE.length;
  const legend: LegendItem[] = PALETTE.map((_, i) => {
    const v = lo === hi ? lo : lo + ((hi - lo) * i) / (steps - 1);
    return { label: `${trim(v)}${unit}`, color: copy(scale(v)), from: v };
  });
  return {
    kind,
    domain: [lo, hi],
    color: (v) => (Number.isNaN(v) ? noDataRgb : scale(v)),
    noData: [...NO_DATA],
    legend,
  };
}

/** Linear in RGB between neighbouring palette steps; t outside [0, 1] is clamped. */
export function interpolatePalette(t: number): RGB {
  const x = Math.min(1, Math.max(0, Number.isNaN(t) ? 0 : t)) * (PALETTE.length - 1);
  const i = Math.min(PALETTE.length - 2, Math.floor(x));
  const f = x - i;
  const a = PALETTE[i] as RGB;
  const b = PALETTE[i + 1] as RGB;
  return [
    Math.round(a[0] + (b[0] - a[0]) * f),
    Math.round(a[1] + (b[1] - a[1]) * f),
    Math.round(a[2] + (b[2] - a[2]) * f),
  ];
}

function pickColors(n: number): RGB[] {
  if (n === PALETTE.length) return PALETTE.map(copy);
  return Array.from({ length: n }, (_, i) => interpolatePalette(n === 1 ? 1 : i / (n - 1)));
}

function binLegend(thresholds: readonly number[], colors: RGB[], unit: string): LegendItem[] {
  const lastEdge = thresholds[thresholds.length - 1];
  // An edge just under 100 marks "complete": its class is 100, the one below "<100".
  const completeAt = lastEdge !== undefined && lastEdge > 99.5 && lastEdge < 100;
  return colors.map((color, i) => {
    const from = thresholds[i - 1];
    const to = thresholds[i];
    const shownTo =
      completeAt && i === thresholds.length - 1 ? '<100' : to !== undefined ? trim(to) : '';
    let label: string;
    if (from === undefined) label = `<${trim(to ?? 0)}${unit}`;
    else if (to === undefined) label = completeAt ? `100${unit}` : `≥${trim(from)}${unit}`;
    else label = `${trim(from)}–${shownTo}${unit}`;
    const item: LegendItem = { label, color };
    if (from !== undefined) item.from = from;
    if (to !== undefined) item.to = to;
    return item;
  });
}

/**
 * Circle radius in pixels with the area proportional to the value, 0 at 0.
 * Fixed by the largest value of the whole period, like the colours.
 */
export function createSizeScale(maxValue: number, maxRadiusPx = 28): (v: number) => number {
  if (!(maxValue > 0) || !Number.isFinite(maxValue)) return () => 0;
  const scale = scaleSqrt().domain([0, maxValue]).range([0, maxRadiusPx]).clamp(true);
  return (v) => (Number.isFinite(v) && v > 0 ? scale(v) : 0);
}

function copy(c: RGB): RGB {
  return [c[0], c[1], c[2]];
}

function trim(v: number): string {
  return String(Math.round(v * 100) / 100);
}
