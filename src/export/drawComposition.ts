import {
  cssFont,
  type CompositionLayout,
  type CompositionText,
  type LegendEntry,
  type TextLine,
  FONTS,
  type Measure,
} from '../core/exportLayout';
import { cssColor, STYLE_TOKENS as C } from '../core/styleTokens';
import type { LocatorShape } from '../core/locatorShape';
import { drawInsetFrames, type PlacedInset } from './insetOverlay';

/** Every string a composition draws, for font loading. */
export function compositionCharacters(text: CompositionText): string {
  const parts = [text.title, text.subtitle, text.credit, text.attribution];
  for (const s of text.legend) for (const e of s) parts.push(e.text);
  return [...new Set(parts.join('') + '0123456789年月日 ,.·–%≥≤')].join('');
}

/**
 * Waits for the shipped font's faces that cover `chars` (Noto Sans SC comes in unicode-range
 * slices, so each slice loads on demand). Without this a canvas would draw with a fallback.
 */
export async function loadExportFont(chars: string): Promise<void> {
  if (!document.fonts) return;
  await Promise.all([
    document.fonts.load(cssFont(FONTS.title), chars),
    document.fonts.load(cssFont(FONTS.item), chars),
  ]);
}

/** Text widths from a 2D context with the shipped font. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font.size}|${font.weight}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (ctx) {
        ctx.font = cssFont(font);
        w = ctx.measureText(text).width;
      } else {
        w = text.length * font.size * 0.6;
      }
      cache.set(key, w);
    }
    return w;
  };
}

function hatch(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  s: number,
) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = cssColor(C.exportHatch);
  ctx.lineWidth = s;
  for (let d = -h; d < w; d += 4 * s) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + h);
    ctx.lineTo(x + d + h, y);
    ctx.stroke();
  }
  ctx.restore();
}

function drawLine(ctx: CanvasRenderingContext2D, line: TextLine, s: number): void {
  ctx.font = cssFont(line.font, s);
  ctx.textAlign = line.anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle =
    line.role === 'credit' || line.role === 'attribution' ? cssColor(C.muted) : cssColor(C.ink);
  ctx.fillText(line.text, line.x * s, line.y * s);
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  entry: LegendEntry,
  b: { x: number; y: number; w: number; h: number },
  s: number,
) {
  if (entry.kind === 'heading') return;
  const x = b.x * s;
  const y = b.y * s;
  const w = b.w * s;
  const h = b.h * s;
  if (entry.kind === 'circle') {
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, w / 2, 0, Math.PI * 2);
    ctx.fillStyle = cssColor(entry.fill);
    ctx.fill();
    ctx.lineWidth = s;
    ctx.strokeStyle = cssColor(entry.stroke);
    ctx.stroke();
    return;
  }
  ctx.fillStyle = cssColor(entry.fill);
  ctx.fillRect(x, y, w, h);
  if (entry.hatch) hatch(ctx, x, y, w, h, s);
  ctx.lineWidth = (entry.outline ? 1.5 : 1) * s;
  ctx.strokeStyle = cssColor(entry.outline ? C.swatchLineStrong : C.swatchLine);
  ctx.strokeRect(
    x + ctx.lineWidth / 2,
    y + ctx.lineWidth / 2,
    w - ctx.lineWidth,
    h - ctx.lineWidth,
  );
}

/**
 * Paints a composition: white ground, the map raster in its box, then title, date line,
 * legend, attribution and credit as text in the shipped font. `s` is output pixels per
 * layout pixel.
 */
export function drawComposition(
  ctx: CanvasRenderingContext2D,
  layout: CompositionLayout,
  mapImage: CanvasImageSource | null,
  s: number,
  insets: { placed: readonly PlacedInset[]; shape: LocatorShape | null } | null = null,
): void {
  ctx.save();
  ctx.fillStyle = cssColor(C.paper);
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const m = layout.map;
  // The sea: the map's canvas is transparent where no land is drawn, as on screen.
  ctx.fillStyle = cssColor(C.sea);
  ctx.fillRect(m.x * s, m.y * s, m.w * s, m.h * s);
  if (mapImage) {
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(mapImage, m.x * s, m.y * s, m.w * s, m.h * s);
  }
  // The insets' maps are in the map's picture; their frames, names and locators are the page's.
  if (insets) drawInsetFrames(ctx, insets.placed, insets.shape, s);
  ctx.strokeStyle = cssColor(C.line);
  ctx.lineWidth = Math.max(1, s);
  ctx.strokeRect(m.x * s, m.y * s, m.w * s, m.h * s);
  const a = layout.attributionBox;
  ctx.fillStyle = cssColor(C.attributionGround);
  ctx.fillRect(a.x * s, a.y * s, a.w * s, a.h * s);
  for (const p of layout.legend.entries) {
    drawMark(ctx, p.entry, p.mark, s);
    drawLine(ctx, p.text, s);
  }
  for (const line of layout.lines) drawLine(ctx, line, s);
  ctx.restore();
}
