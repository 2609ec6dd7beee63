/**
 * Sizes of an exported image. Layout happens in CSS pixels (1/96 inch), the unit the
 * browser lays the page out in; an export multiplies by a pixel scale: 1 for the screen,
 * 2 for a sharp copy, dpi / 96 for print at a width in millimetres.
 */

const MM_PER_INCH = 25.4;
const CSS_DPI = 96;
const PRINT_DPI = 300;
/** Chromium and most GPUs refuse canvases or textures wider than this. */
export const MAX_EXPORT_SIDE = 8192;

export type ExportSize =
  { kind: 'screen' } | { kind: 'double' } | { kind: 'print'; widthMm: number; dpi?: number };

export function mmToPx(mm: number, dpi = PRINT_DPI): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

export function pxToMm(px: number, dpi = PRINT_DPI): number {
  return (px / dpi) * MM_PER_INCH;
}

export interface ResolvedSize {
  /** Width the composition is laid out at, in CSS pixels. */
  layoutWidth: number;
  /** Output pixels per layout pixel. */
  pixelScale: number;
  /** Output width in pixels: exactly mmToPx(widthMm, dpi) for print. */
  pixelWidth: number;
  /** Dots per inch to record in the file (96 on screen). */
  dpi: number;
}

/**
 * Where the layout width and the pixel scale come from:
 * - screen and 2×: the width the composition has on screen (map plus legend);
 * - print: the paper width in CSS pixels (so type is as large on paper as on screen),
 *   and dpi / 96 output pixels per CSS pixel.
 * A print width is clamped to what a canvas can hold, never silently: `clamped` says so.
 */
export function resolveExportSize(
  size: ExportSize,
  screenWidth: number,
): ResolvedSize & { clamped: boolean } {
  if (size.kind === 'screen' || size.kind === 'double') {
    const pixelScale = size.kind === 'screen' ? 1 : 2;
    const layoutWidth = Math.max(1, Math.round(screenWidth));
    return {
      layoutWidth,
      pixelScale,
      pixelWidth: layoutWidth * pixelScale,
      dpi: CSS_DPI * pixelScale,
      clamped: false,
    };
  }
  const dpi = size.dpi ?? PRINT_DPI;
  const widthMm = Number.isFinite(size.widthMm) && size.widthMm > 0 ? size.widthMm : 180;
  let pixelWidth = mmToPx(widthMm, dpi);
  let clamped = false;
  if (pixelWidth > MAX_EXPORT_SIDE) {
    pixelWidth = MAX_EXPORT_SIDE;
    clamped = true;
  }
  const layoutWidth = Math.max(1, Math.round((widthMm / MM_PER_INCH) * CSS_DPI));
  return { layoutWidth, pixelScale: pixelWidth / layoutWidth, pixelWidth, dpi, clamped };
}

/**
 * How many times their screen size an export draws the map's labels, circles and lines. The
 * map keeps its on-screen extent in a box of another width on the page; scaling the symbols
 * by the ratio keeps a label as large as the page's own text and a circle as large as the
 * legend's circle for the same value.
 */
export function symbolScaleFor(screenMapWidth: number, pageMapWidth: number): number {
  return Math.max(1, screenMapWidth) / Math.max(1, pageMapWidth);
}
