import type { ExportFrame, ExportSource } from './source';

export interface MapRaster {
  /** Draws a timeline position and gives the map canvas once it shows it, ready to copy from. */
  draw(frame: Omit<ExportFrame, 'symbolScale'>): Promise<HTMLCanvasElement>;
  /** Puts the pixel ratio and the drawn day back as they were. Safe to call twice. */
  close(): void;
}

/** Largest canvas side WebGL renders here (viewport and renderbuffer limits). */
function maxSide(canvas: HTMLCanvasElement): number {
  const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
  if (!gl) return 4096;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null;
  const rb = gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number | null;
  return Math.min(8192, dims?.[0] ?? 4096, dims?.[1] ?? 4096, rb ?? 4096);
}

/**
 * Renders the map for an export at `ratio` device pixels per CSS pixel, from the same
 * camera: the extent stays the one on screen, only sharper, and labels, circles and lines
 * `symbolScale` times their screen size. Restores everything on close.
 */
export function openMapRaster(src: ExportSource, ratio: number, symbolScale = 1): MapRaster {
  const canvas = src.map.getCanvas();
  const cssW = Math.max(1, src.mapElement.clientWidth);
  const cssH = Math.max(1, src.mapElement.clientHeight);
  const limit = maxSide(canvas);
  const wanted = Math.min(ratio, limit / cssW, limit / cssH);
  const previous = src.getPixelRatio();
  const changed = Math.abs(wanted - previous) > 1e-3;
  let open = true;
  if (changed) src.setPixelRatio(wanted);
  return {
    async draw(frame) {
      await src.drawFrame({ ...frame, symbolScale });
      return src.map.getCanvas();
    },
    close() {
      if (!open) return;
      open = false;
      if (changed) src.setPixelRatio(previous);
      void src.drawFrame(null);
    },
  };
}
