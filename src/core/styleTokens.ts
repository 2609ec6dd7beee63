import type { RGB, RGBA } from './rgb';

/**
 * Every colour the interface uses, once, named by what it does. The map layers, the legend,
 * the PNG/SVG export and the style sheet (through custom properties) all read this table, so
 * a colour changed here changes everywhere it appears. The data's own colour ramps are not
 * here: they are the data scale, kept with the scale in colorScale.ts.
 *
 * Channels are 0–255. A colour first written in CSS with an opacity keeps that opacity
 * exactly (0.97 is 247.35 of 255), so the page draws the same pixels it did.
 */
const opacity = (o: number) => o * 255;

export const STYLE_TOKENS = {
  // ---- Text and page ----
  /** Body text, headings, dialog text; the export's title and legend labels. */
  ink: [31, 35, 40, 255],
  /** Secondary text: credits, hints, sources; the export's credit and attribution. */
  muted: [91, 100, 112, 255],
  /** Rules and control borders; the frame round the exported map. */
  line: [208, 213, 219, 255],
  /** Focus rings, timeline ticks, the detail chart's series, the primary button. */
  accent: [31, 111, 139, 255],
  /** The ground everything sits on: page, controls, dialogs, the export's background. */
  paper: [255, 255, 255, 255],
  /** Floating panels over the map (tooltip, detail): the map shows faintly through. */
  panel: [255, 255, 255, opacity(0.97)],
  /** The soft shadow under floating panels, menus and notices. */
  shadow: [0, 0, 0, opacity(0.15)],
  /** The deeper shadow under a modal dialog. */
  dialogShadow: [0, 0, 0, opacity(0.2)],
  /** Dims the page behind a modal dialog. */
  backdrop: [20, 24, 28, opacity(0.35)],
  /** A chosen option in the finder, a pressed toggle. */
  highlight: [227, 240, 245, 255],
  /** Faint rules between tooltip sections and table rows. */
  hairline: [238, 238, 238, 255],
  /** The rule beside a quoted piece of evidence in the tooltip. */
  quoteRule: [204, 204, 204, 255],
  /** Darker than muted: quoted evidence, the ring of the legend's anchor swatch. */
  inkSoft: [51, 51, 51, 255],
  /** Table rows whose figure is carried or interpolated. */
  carriedText: [85, 85, 85, 255],
  /** Table rows with no figure or a stale one: lighter than carried, still 5.3:1 on paper. */
  staleText: [107, 107, 107, 255],
  /** Errors and warnings. */
  warning: [164, 0, 0, 255],
  /** The notes strip under the header. */
  notesFill: [255, 247, 224, 255],
  notesLine: [232, 217, 168, 255],
  /** A row of the data panel whose region matched no boundary. */
  unmatchedRow: [255, 244, 229, 255],
  /** The basis of a published figure in the detail panel. */
  publishedText: [138, 90, 0, 255],

  // ---- Detail chart ----
  chartAxis: [153, 153, 153, 255],
  /** The span of days whose figure is too old to show. */
  staleBand: [0, 0, 0, opacity(0.05)],
  /** The line at the day shown. */
  todayLine: [192, 57, 43, 255],

  // ---- Events (timeline marks, map rings and their text) ----
  eventFill: [243, 161, 74, 255],
  /** Event text on the map (its alpha set per event) and the outline of a timeline mark. */
  eventText: [122, 59, 0, 255],
  /** The ring round an event on the map (its alpha set per event) and its legend swatch. */
  eventRing: [179, 89, 0, 255],

  // ---- Legend swatches, drawn in CSS after the map's own marks ----
  /** The border of a swatch; the export's swatch outline. */
  swatchLine: [136, 136, 136, 255],
  /** The export's outline of a swatch that stands for an outlined region. */
  swatchLineStrong: [68, 68, 68, 255],
  swatchNoData: [0, 0, 0, opacity(0.25)],
  swatchUncertain: [40, 40, 40, opacity(0.8)],
  swatchInterpolated: [255, 255, 255, opacity(0.85)],
  swatchPointFill: [214, 96, 39, opacity(0.75)],
  swatchPointLine: [140, 50, 10, 255],

  // ---- The map ----
  sea: [223, 232, 238, 255],
  land: [246, 244, 239, 255],
  provinceBorder: [169, 164, 154, 255],
  regionBorder: [70, 70, 70, 200],
  regionBorderSelected: [20, 20, 20, 255],
  /** Place labels on the map and in the SVG export. */
  labelText: [30, 30, 30, 255],
  /** The halo round a place label; the fill of an anchor dot. */
  halo: [255, 255, 255, 230],
  /** A point (circle) by the status of its figure: observed, interpolated, carried or uncertain. */
  pointFillObserved: [214, 96, 39, 200],
  pointFillInterpolated: [214, 96, 39, 120],
  pointFillFaint: [214, 96, 39, 40],
  pointLine: [140, 50, 10, 230],
  /** The small ring left where a figure is too old to draw at its size. */
  staleLine: [110, 110, 110, 200],
  anchorLine: [50, 50, 50, 220],
  anchorLineSelected: [0, 0, 0, 255],
  /** The white lines over interpolated regions. */
  interpolatedHatch: [255, 255, 255, 200],
  /** The dark lines over regions with nothing to show. */
  noDataHatch: [0, 0, 0, 64],
  /** The dots over regions whose figure's day is known only within bounds. */
  uncertainDots: [40, 40, 40, 200],
  /** Nothing: a circle left empty, a swatch that is only an outline, a fill a shader replaces. */
  transparent: [0, 0, 0, 0],
  /** Hue of the legend's status swatches when the scale has too few classes to lend one. */
  fallbackHue: [80, 120, 160, 255],

  // ---- Export only ----
  /** The hatch over a no-data swatch in the exported legend. */
  exportHatch: [0, 0, 0, opacity(0.3)],
  /** The ground under the attribution line, over the map. */
  attributionGround: [255, 255, 255, opacity(0.8)],
  /** The halo round a place label in the SVG export. */
  exportLabelHalo: [255, 255, 255, opacity(0.9)],
} as const satisfies Record<string, RGBA>;

export type StyleToken = keyof typeof STYLE_TOKENS;

/** Channels without the alpha, for colours whose alpha is set elsewhere. */
export function rgbOf(c: RGBA): RGB {
  return [c[0], c[1], c[2]];
}

const alphaText = (a: number) => String(Math.round((a / 255) * 1000) / 1000);

/**
 * A CSS colour: `rgb(r g b)`, or `rgb(r g b / a)` when it is not opaque. The page's style
 * sheet, its legend swatches and the canvas export all write colours this way.
 */
export function cssColor(c: RGB | RGBA): string {
  const rgb = `${c[0]} ${c[1]} ${c[2]}`;
  const alpha = (c as readonly number[])[3] ?? 255;
  return alpha >= 255 ? `rgb(${rgb})` : `rgb(${rgb} / ${alphaText(alpha)})`;
}

/**
 * `#rrggbb`, ignoring alpha: for places that take an opaque colour in its oldest spelling
 * (MapLibre's style, SVG presentation attributes read by editors).
 */
export function hexColor(c: RGB | RGBA): string {
  return `#${[c[0], c[1], c[2]].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** `--rmap-` and the token's name in kebab case: `inkSoft` is `--rmap-ink-soft`. */
export function customPropertyName(name: StyleToken): string {
  return `--rmap-${name.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`;
}

/** One custom property per token, for the style sheet, which names no colour itself. */
export function cssCustomProperties(): readonly (readonly [string, string])[] {
  return (Object.keys(STYLE_TOKENS) as StyleToken[]).map(
    (name) => [customPropertyName(name), cssColor(STYLE_TOKENS[name])] as const,
  );
}
