import {
  INSET_TITLE,
  LOCATOR_DOT,
  LOCATOR_PADDING,
  locatorBox,
  type InsetSketch,
} from '../core/insetLayout';
import { escapeXml, svgNumber as n } from '../core/svgPath';
import type { LocatorShape } from '../core/locatorShape';
import { cssColor, hexColor, STYLE_TOKENS as C } from '../core/styleTokens';
import { cssFont, type Box, type FontSpec } from '../core/exportLayout';
import type { ExportSource } from './source';

/** An inset on an export's map box, in layout pixels: its frame, map, title bar and locator. */
export interface PlacedInset {
  sketch: InsetSketch;
  frame: Box;
  /** Where the inset's map is drawn, under the title bar. */
  view: Box;
  locator: Box;
  /** Layout pixels per CSS pixel of the map on screen. */
  k: number;
}

/** The title's size and its distance from the frame's left edge and top, as the page sets them. */
export const INSET_FONT: FontSpec = { size: 12, weight: 700 };
const TITLE_LEFT = 4;
const TITLE_BASELINE = 13;

/** The insets on screen, placed on the export's map box as the page places them on the map. */
export function placeInsets(src: ExportSource, map: Box): PlacedInset[] {
  if (!src.locator) return [];
  const shape = src.locator;
  const k = map.w / Math.max(1, src.mapElement.clientWidth);
  const box = (r: { x: number; y: number; width: number; height: number }, dx = 0, dy = 0) => ({
    x: map.x + (r.x + dx) * k,
    y: map.y + (r.y + dy) * k,
    w: r.width * k,
    h: r.height * k,
  });
  return src.insets().map((sketch) => {
    const f = sketch.frame.frame;
    return {
      sketch,
      frame: box(f),
      view: box(sketch.frame.view),
      locator: box(locatorBox(f, shape), f.x, f.y),
      k,
    };
  });
}

/** Path data and scale that draw the locator's country inside its box. */
function locatorFit(p: PlacedInset, shape: LocatorShape) {
  const pad = LOCATOR_PADDING * p.k;
  return {
    x: p.locator.x + pad,
    y: p.locator.y + pad,
    scale: (p.locator.w - 2 * pad) / shape.width,
  };
}

/** Paints the insets' frames, names and locators over an export's map (`s`: pixels per layout pixel). */
export function drawInsetFrames(
  ctx: CanvasRenderingContext2D,
  placed: readonly PlacedInset[],
  shape: LocatorShape | null,
  s: number,
): void {
  if (!shape) return;
  const country = new Path2D(shape.path);
  for (const p of placed) {
    const { frame: f, k } = p;
    ctx.save();
    ctx.fillStyle = cssColor(C.paper);
    ctx.fillRect(f.x * s, f.y * s, f.w * s, INSET_TITLE * k * s);
    ctx.strokeStyle = cssColor(C.line);
    ctx.lineWidth = Math.max(1, k * s);
    ctx.strokeRect(f.x * s, f.y * s, f.w * s, f.h * s);
    ctx.beginPath();
    ctx.rect(f.x * s, f.y * s, f.w * s, INSET_TITLE * k * s);
    ctx.clip();
    ctx.fillStyle = cssColor(C.ink);
    ctx.font = cssFont(INSET_FONT, k * s);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(p.sketch.card.title, (f.x + TITLE_LEFT * k) * s, (f.y + TITLE_BASELINE * k) * s);
    ctx.restore();

    const l = p.locator;
    ctx.save();
    ctx.fillStyle = cssColor(C.paper);
    ctx.fillRect(l.x * s, l.y * s, l.w * s, l.h * s);
    ctx.strokeStyle = cssColor(C.hairline);
    ctx.lineWidth = k * s;
    ctx.strokeRect(l.x * s, l.y * s, l.w * s, l.h * s);
    const fit = locatorFit(p, shape);
    ctx.translate(fit.x * s, fit.y * s);
    ctx.scale(fit.scale * s, fit.scale * s);
    ctx.fillStyle = cssColor(C.line);
    ctx.fill(country);
    ctx.beginPath();
    ctx.arc(p.sketch.card.dot[0], p.sketch.card.dot[1], LOCATOR_DOT, 0, Math.PI * 2);
    ctx.fillStyle = cssColor(C.accent);
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = cssColor(C.paper);
    ctx.stroke();
    ctx.restore();
  }
}

/** The insets' frames, names and locators as SVG, over the insets' maps. */
export function insetFramesSvg(
  placed: readonly PlacedInset[],
  shape: LocatorShape | null,
): string[] {
  if (!shape) return [];
  const out: string[] = [];
  for (const p of placed) {
    const { frame: f, k } = p;
    const l = p.locator;
    const fit = locatorFit(p, shape);
    const [dx, dy] = p.sketch.card.dot;
    out.push(
      `<g class="inset-frame" data-inset="${escapeXml(p.sketch.card.key)}">`,
      `<rect x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(INSET_TITLE * k)}" fill="${hexColor(C.paper)}"/>`,
      `<rect x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(f.h)}" fill="none" stroke="${hexColor(C.line)}" stroke-width="${n(k)}"/>`,
      `<text x="${n(f.x + TITLE_LEFT * k)}" y="${n(f.y + TITLE_BASELINE * k)}" font-size="${n(INSET_FONT.size * k)}" font-weight="${INSET_FONT.weight}" fill="${hexColor(C.ink)}">${escapeXml(p.sketch.card.title)}</text>`,
      `<rect x="${n(l.x)}" y="${n(l.y)}" width="${n(l.w)}" height="${n(l.h)}" fill="${hexColor(C.paper)}" stroke="${hexColor(C.hairline)}" stroke-width="${n(k)}"/>`,
      `<g transform="translate(${n(fit.x)} ${n(fit.y)}) scale(${fit.scale.toFixed(4)})">`,
      `<path d="${shape.path}" fill="${hexColor(C.line)}"/>`,
      `<circle cx="${n(dx)}" cy="${n(dy)}" r="${LOCATOR_DOT}" fill="${hexColor(C.accent)}" stroke="${hexColor(C.paper)}" stroke-width="1.5"/>`,
      '</g>',
      '</g>',
    );
  }
  return out;
}
