/**
 * Where the title, the date line, the map, the legend, the source credit and the map
 * attribution go in an exported picture (PNG, SVG, every video and GIF frame). Pure: text
 * widths come from a `measure` function, so the same layout serves the canvas, the SVG and
 * the unit tests. All numbers are CSS pixels; an export multiplies them by its pixel scale.
 */

import type { RGBA } from './rgb';
export type { RGBA };

export const EXPORT_FONT_FAMILY = 'Noto Sans SC';

export interface FontSpec {
  size: number;
  weight: 400 | 700;
}

export const FONTS = {
  title: { size: 20, weight: 700 },
  subtitle: { size: 14, weight: 400 },
  heading: { size: 12.5, weight: 700 },
  item: { size: 12, weight: 400 },
  credit: { size: 10.5, weight: 400 },
  attribution: { size: 9.5, weight: 400 },
} as const satisfies Record<string, FontSpec>;

/** The CSS/canvas font shorthand for a spec. */
export function cssFont(font: FontSpec, scale = 1): string {
  return `${font.weight} ${font.size * scale}px "${EXPORT_FONT_FAMILY}", sans-serif`;
}

export type LegendEntry =
  | { kind: 'heading'; text: string }
  | { kind: 'swatch'; text: string; fill: RGBA; hatch?: boolean; outline?: boolean }
  | { kind: 'circle'; text: string; radius: number; fill: RGBA; stroke: RGBA };

export interface CompositionText {
  title: string;
  /** The metric and the date, e.g. "复工率 · 2020年3月1日". */
  subtitle: string;
  credit: string;
  attribution: string;
  /** Sections stay together: in a side legend one under another, below the map side by side. */
  legend: LegendEntry[][];
}

export type Measure = (text: string, font: FontSpec) => number;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  font: FontSpec;
  anchor: 'start' | 'end';
  role: 'title' | 'subtitle' | 'credit' | 'attribution';
}

export interface PlacedEntry {
  entry: LegendEntry;
  /** The mark (swatch or circle) box; zero-size for a heading. */
  mark: Box;
  text: TextLine;
}

export interface CompositionLayout {
  width: number;
  height: number;
  map: Box;
  legend: Box & { side: boolean; entries: PlacedEntry[] };
  attributionBox: Box;
  lines: TextLine[];
}

const PAD = 12;
const GAP = 16;
const SWATCH_W = 18;
const SWATCH_H = 12;
const MARK_GAP = 6;
const ROW_H = 18;
/** A map narrower than this gets its legend below, not beside it. */
const SIDE_LEGEND_MIN_MAP = 400;
const LEGEND_MIN = 140;
const LEGEND_MAX = 260;

const lineHeight = (f: FontSpec) => Math.ceil(f.size * 1.4);

// CJK characters break anywhere; Latin words at spaces.
const TOKENS =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g;

/** Greedy line breaking; a single token wider than the line stays whole on its own line. */
export function wrapText(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: Measure,
): string[] {
  const tokens = text.match(TOKENS) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line && !/^\s+$/.test(tok) && measure(next.trimEnd(), font) > maxWidth) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function entrySize(e: LegendEntry, measure: Measure): { w: number; h: number; markW: number } {
  if (e.kind === 'heading')
    return { w: measure(e.text, FONTS.heading), h: lineHeight(FONTS.heading) + 2, markW: 0 };
  const markW = e.kind === 'circle' ? Math.max(SWATCH_W, 2 * e.radius) : SWATCH_W;
  const h = e.kind === 'circle' ? Math.max(ROW_H, 2 * e.radius + 4) : ROW_H;
  return { w: markW + MARK_GAP + measure(e.text, FONTS.item), h, markW };
}

function sectionSize(section: LegendEntry[], measure: Measure): { w: number; h: number } {
  let w = 0;
  let h = 0;
  for (const e of section) {
    const s = entrySize(e, measure);
    w = Math.max(w, s.w);
    h += s.h;
  }
  return { w: Math.ceil(w), h };
}

/** Width of a legend column beside the map, padding included. */
export function legendColumnWidth(legend: LegendEntry[][], measure: Measure): number {
  const w = Math.max(0, ...legend.map((s) => sectionSize(s, measure).w));
  return Math.min(LEGEND_MAX, Math.max(LEGEND_MIN, w + 2 * PAD));
}

/** The composition width that keeps the map at its on-screen width (no resampling). */
export function compositionWidthFor(
  mapWidth: number,
  legend: LegendEntry[][],
  measure: Measure,
): number {
  return mapWidth >= SIDE_LEGEND_MIN_MAP ? mapWidth + legendColumnWidth(legend, measure) : mapWidth;
}

function placeSection(
  section: LegendEntry[],
  x: number,
  y: number,
  measure: Measure,
  out: PlacedEntry[],
): number {
  let cy = y;
  for (const entry of section) {
    const s = entrySize(entry, measure);
    if (entry.kind === 'heading') {
      out.push({
        entry,
        mark: { x, y: cy, w: 0, h: 0 },
        text: {
          text: entry.text,
          x,
          y: cy + FONTS.heading.size * 1.05,
          font: FONTS.heading,
          anchor: 'start',
          role: 'subtitle',
        },
      });
    } else {
      const mid = cy + s.h / 2;
      const mark =
        entry.kind === 'circle'
          ? {
              x: x + s.markW / 2 - entry.radius,
              y: mid - entry.radius,
              w: 2 * entry.radius,
              h: 2 * entry.radius,
            }
          : { x, y: mid - SWATCH_H / 2, w: SWATCH_W, h: SWATCH_H };
      out.push({
        entry,
        mark,
        text: {
          text: entry.text,
          x: x + s.markW + MARK_GAP,
          y: mid + FONTS.item.size * 0.36,
          font: FONTS.item,
          anchor: 'start',
          role: 'subtitle',
        },
      });
    }
    cy += s.h;
  }
  return cy - y;
}

export interface LayoutInput extends CompositionText {
  /** Total width in CSS pixels. */
  width: number;
  /** Height ÷ width of the map as it is on screen: the exported map shows the same extent. */
  mapAspect: number;
  measure: Measure;
}

export function layoutComposition(input: LayoutInput): CompositionLayout {
  const { measure } = input;
  const width = Math.max(120, Math.round(input.width));
  const inner = width - 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD;
  const addLines = (text: string, font: FontSpec, role: TextLine['role']) => {
    for (const t of wrapText(text, inner, font, measure)) {
      lines.push({ text: t, x: PAD, y: y + font.size * 1.05, font, anchor: 'start', role });
      y += lineHeight(font);
    }
  };
  addLines(input.title, FONTS.title, 'title');
  addLines(input.subtitle, FONTS.subtitle, 'subtitle');
  y += 6;

  const aspect = Number.isFinite(input.mapAspect) && input.mapAspect > 0 ? input.mapAspect : 0.75;
  const legendW = legendColumnWidth(input.legend, measure);
  const side = width - legendW >= SIDE_LEGEND_MIN_MAP;
  const entries: PlacedEntry[] = [];
  let map: Box;
  let legend: Box;
  if (side) {
    const mapW = width - legendW;
    map = { x: 0, y, w: mapW, h: Math.round(mapW * aspect) };
    let ly = y + 4;
    for (const section of input.legend) {
      ly += placeSection(section, mapW + PAD, ly, measure, entries) + 8;
    }
    legend = { x: mapW, y, w: legendW, h: Math.max(0, ly - y) };
    y += Math.max(map.h, legend.h);
  } else {
    map = { x: 0, y, w: width, h: Math.round(width * aspect) };
    y += map.h + 8;
    // Sections side by side, wrapping to a new row when the next one does not fit.
    const top = y;
    let x = PAD;
    let rowH = 0;
    for (const section of input.legend) {
      const s = sectionSize(section, measure);
      if (x > PAD && x + s.w > width - PAD) {
        x = PAD;
        y += rowH + 8;
        rowH = 0;
      }
      placeSection(section, x, y, measure, entries);
      x += s.w + GAP;
      rowH = Math.max(rowH, s.h);
    }
    y += rowH;
    legend = { x: 0, y: top, w: width, h: y - top };
  }

  // Attribution inside the map's bottom-right corner, as MapLibre shows it on screen.
  const attrW = Math.min(map.w - 8, measure(input.attribution, FONTS.attribution) + 8);
  const attrH = lineHeight(FONTS.attribution) + 2;
  const attributionBox = { x: map.x + map.w - attrW, y: map.y + map.h - attrH, w: attrW, h: attrH };
  lines.push({
    text: input.attribution,
    x: map.x + map.w - 4,
    y: attributionBox.y + attrH / 2 + FONTS.attribution.size * 0.36,
    font: FONTS.attribution,
    anchor: 'end',
    role: 'attribution',
  });

  y += 8;
  addLines(input.credit, FONTS.credit, 'credit');
  const height = Math.ceil(y + PAD - 4);
  return { width, height, map, legend: { ...legend, side, entries }, attributionBox, lines };
}
