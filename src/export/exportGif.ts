import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { renderAnimation, ExportCancelled, type AnimationOptions } from './animationFrames';
import type { ExportSource } from './source';

export interface GifResult {
  blob: Blob;
  frames: number;
  mapDraws: number;
  width: number;
  height: number;
  ms: number;
}

/**
 * The timeline as an animated GIF (loops forever), frame by frame like the video. Each
 * frame gets its own 256-colour palette, so the map's colours stay true as they change.
 */
export async function exportGif(src: ExportSource, options: AnimationOptions): Promise<GifResult> {
  const t0 = performance.now();
  const gif = GIFEncoder();
  let width = 0;
  let height = 0;
  try {
    const result = await renderAnimation(src, options, {
      begin(w, h) {
        width = w;
        height = h;
      },
      frame(_canvas, ctx, spec) {
        const { data } = ctx.getImageData(0, 0, width, height);
        const palette = quantize(data, 256);
        const index = applyPalette(data, palette);
        gif.writeFrame(index, width, height, {
          palette,
          delay: spec.durationUs / 1000,
          ...(spec.index === 0 ? { repeat: 0 } : {}),
        });
      },
    });
    gif.finish();
    return {
      blob: new Blob([gif.bytes() as BlobPart], { type: 'image/gif' }),
      frames: result.frames,
      mapDraws: result.mapDraws,
      width,
      height,
      ms: performance.now() - t0,
    };
  } catch (err) {
    if (options.signal?.aborted) throw new ExportCancelled();
    throw err;
  }
}
