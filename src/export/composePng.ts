import {
  compositionWidthFor,
  layoutComposition,
  type CompositionLayout,
  type CompositionText,
} from '../core/exportLayout';
import { resolveExportSize, symbolScaleFor, type ExportSize } from '../core/printSize';
import { withPngDpi } from '../core/pngMeta';
import {
  canvasMeasure,
  compositionCharacters,
  drawComposition,
  loadExportFont,
} from './drawComposition';
import { placeInsets } from './insetOverlay';
import { openMapRaster } from './mapRaster';
import { compositionText } from './scene';
import type { ExportSource } from './source';

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  dpi: number;
  /** The requested print width did not fit a canvas and was reduced. */
  clamped: boolean;
}

export interface Prepared {
  text: CompositionText;
  layout: CompositionLayout;
  pixelScale: number;
  pixelWidth: number;
  pixelHeight: number;
  dpi: number;
  clamped: boolean;
  /** Device pixels per CSS pixel of the on-screen map that fill the map box exactly. */
  mapRatio: number;
  /** The map's labels and symbols against the screen's: page text and legend size over the map's. */
  symbolScale: number;
}

/** Lays a composition out for a size, after the shipped font has loaded. */
export async function prepareComposition(
  src: ExportSource,
  size: ExportSize,
  text: CompositionText,
  evenPixels = false,
): Promise<Prepared> {
  const insetTitles = src.insets().map((i) => i.card.title);
  await loadExportFont(compositionCharacters(text) + insetTitles.join(''));
  const measure = canvasMeasure();
  const mapW = Math.max(1, src.mapElement.clientWidth);
  const mapH = Math.max(1, src.mapElement.clientHeight);
  const r = resolveExportSize(size, compositionWidthFor(mapW, text.legend, measure));
  const layout = layoutComposition({
    ...text,
    width: r.layoutWidth,
    mapAspect: mapH / mapW,
    measure,
  });
  let pixelWidth = r.pixelWidth;
  let pixelHeight = Math.round(layout.height * r.pixelScale);
  // Video encoders want even sizes (4:2:0 chroma).
  if (evenPixels) {
    pixelWidth -= pixelWidth % 2;
    pixelHeight += pixelHeight % 2;
  }
  return {
    text,
    layout,
    pixelScale: r.pixelScale,
    pixelWidth,
    pixelHeight,
    dpi: r.dpi,
    clamped: r.clamped,
    mapRatio: (layout.map.w * r.pixelScale) / mapW,
    symbolScale: symbolScaleFor(mapW, layout.map.w),
  };
}

export function createCanvas(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: false });
  if (!ctx) throw new Error('2D canvas unavailable');
  return { canvas, ctx };
}

function toBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded'))),
      type,
    ),
  );
}

/**
 * The current view as a PNG: title, date, map, legend, credit and attribution, at screen
 * size, 2×, or a print width at 300 dpi (recorded in the file's pHYs chunk). The map is
 * redrawn at the needed resolution and put back as it was.
 */
export async function composePng(src: ExportSource, size: ExportSize): Promise<PngResult> {
  const day = src.state().dayIndex;
  const p = await prepareComposition(src, size, compositionText(src, day));
  const { canvas, ctx } = createCanvas(p.pixelWidth, p.pixelHeight);
  const raster = openMapRaster(src, p.mapRatio, p.symbolScale);
  try {
    const mapCanvas = await raster.draw({ day, t: 0 });
    drawComposition(ctx, p.layout, mapCanvas, p.pixelScale, {
      placed: placeInsets(src, p.layout.map),
      shape: src.locator,
    });
  } finally {
    raster.close();
  }
  const png = new Uint8Array(await (await toBlob(canvas, 'image/png')).arrayBuffer());
  const blob = new Blob([withPngDpi(png, p.dpi) as BlobPart], { type: 'image/png' });
  return { blob, width: p.pixelWidth, height: p.pixelHeight, dpi: p.dpi, clamped: p.clamped };
}
