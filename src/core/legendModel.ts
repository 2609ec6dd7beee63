/**
 * What the legend says, in one place: the map's legend on the page and the legend of every
 * export are drawn from this model, so the two cannot disagree.
 */
import type { ColorScale } from './colorScale';
import { formatNumber } from './format';
import type { Lang } from './lang';
import type { RGB, RGBA } from './rgb';
import { FILL_ALPHA, Status } from './status';
import { STYLE_TOKENS, rgbOf } from './styleTokens';

/** The interface words the legend needs; the caller looks them up in its i18n table. */
export type LegendWord =
  | 'noData'
  | 'observed'
  | 'carried'
  | 'interpolated'
  | 'uncertain'
  | 'stale'
  | 'bound'
  | 'anchorNote'
  | 'eventNote'
  | 'binsNote'
  | 'continuousNote';

/**
 * How a figure's status looks. `fill` swatches take the scale's hue at the status's alpha;
 * the rest are marks drawn by the page's style sheet.
 */
export type StatusKind =
  'observed' | 'carried' | 'interpolated' | 'uncertain' | 'stale' | 'bound' | 'anchor' | 'event';

export interface StatusSwatch {
  kind: StatusKind;
  label: string;
  /** Null for a mark that has no fill colour of its own (bound, anchor, event). */
  color: RGBA | null;
}

export interface LegendInput {
  lang: Lang;
  /** The fill metric's label in `lang`. */
  fillTitle: string;
  colors: ColorScale;
  /** The point metric's label, or null when no points are drawn. */
  pointsTitle: string | null;
  pointUnit: string;
  pointMax: number;
  radius: (v: number) => number;
  pointFill: RGBA;
  pointStroke: RGBA;
}

export interface LegendModel {
  title: string;
  classes: { label: string; color: RGBA }[];
  noData: { label: string; color: RGBA };
  /** How the classes were cut (thresholds or a continuous ramp). */
  note: string;
  statuses: StatusSwatch[];
  points: {
    title: string;
    circles: { value: number; label: string; radius: number }[];
    fill: RGBA;
    stroke: RGBA;
  } | null;
}

/** The statuses whose swatch is the scale's hue at the fill layer's alpha for that status. */
const ALPHA_OF = {
  observed: Status.Observed,
  carried: Status.Carried,
  interpolated: Status.Interpolated,
  uncertain: Status.Uncertain,
} as const;

const FALLBACK_HUE: RGB = rgbOf(STYLE_TOKENS.fallbackHue);

export function legendModel(input: LegendInput, word: (w: LegendWord) => string): LegendModel {
  const { colors, lang } = input;
  // The second-darkest class: dark enough that the fainter statuses still read as that hue.
  const base = colors.legend[Math.max(0, colors.legend.length - 2)]?.color ?? FALLBACK_HUE;
  const tint = (status: keyof typeof ALPHA_OF): RGBA => [
    base[0],
    base[1],
    base[2],
    FILL_ALPHA[ALPHA_OF[status]],
  ];
  const noData = { label: word('noData'), color: colors.noData };
  const circles = niceSteps(input.pointMax).map((value) => ({
    value,
    label: formatNumber(value, lang, input.pointUnit),
    radius: input.radius(value),
  }));
  return {
    title: input.fillTitle,
    classes: colors.legend.map((c) => ({
      label: c.label,
      color: [c.color[0], c.color[1], c.color[2], 255],
    })),
    noData,
    note: word(colors.kind === 'bins' ? 'binsNote' : 'continuousNote'),
    statuses: [
      { kind: 'observed', label: word('observed'), color: tint('observed') },
      { kind: 'carried', label: word('carried'), color: tint('carried') },
      { kind: 'interpolated', label: word('interpolated'), color: tint('interpolated') },
      { kind: 'uncertain', label: word('uncertain'), color: tint('uncertain') },
      { kind: 'stale', label: word('stale'), color: colors.noData },
      { kind: 'bound', label: word('bound'), color: null },
      { kind: 'anchor', label: word('anchorNote'), color: null },
      { kind: 'event', label: word('eventNote'), color: null },
    ],
    points: input.pointsTitle
      ? { title: input.pointsTitle, circles, fill: input.pointFill, stroke: input.pointStroke }
      : null,
  };
}

/** Reference circles for the legend: a tenth, a half and all of the largest round value. */
export function niceSteps(max: number): number[] {
  if (!(max > 0)) return [];
  const p = 10 ** Math.floor(Math.log10(max));
  const top = Math.floor(max / p) * p;
  return [top / 10, top / 2, top].filter((v, i, a) => v > 0 && a.indexOf(v) === i);
}
