import { frameSchedule, type FrameSpec } from '../core/frameSchedule';
import type { ExportSize } from '../core/printSize';
import { createCanvas, prepareComposition } from './composePng';
import { drawComposition } from './drawComposition';
import { placeInsets } from './insetOverlay';
import { openMapRaster } from './mapRaster';
import { compositionText, subtitleFor } from './scene';
import type { ExportSource } from './source';

export interface AnimationOptions {
  startDay: number;
  endDay: number;
  framesPerDay: number;
  fps: number;
  size?: ExportSize;
  /** Seconds the last frame is held. */
  holdEndSeconds?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface FrameSink {
  /** Called once the size is known, before the first frame. */
  begin(width: number, height: number, fps: number, total: number): Promise<void> | void;
  /** Takes a drawn frame; the canvas is reused for the next one. */
  frame(
    canvas: HTMLCanvasElement,
    ctx: CanvasRenderingContext2D,
    spec: FrameSpec,
  ): Promise<void> | void;
}

export class ExportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

/** Lets the page paint the progress bar and take a click on Cancel, about ten times a second. */
function makeYield(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    const now = performance.now();
    if (now - last < 80) return;
    last = now;
    await new Promise((r) => setTimeout(r, 0));
  };
}

/** Every day in a range, for the credit: sampled so a long range stays cheap. */
function creditDays(a: number, b: number): number[] {
  const days: number[] = [];
  const step = Math.max(1, Math.floor((b - a) / 200));
  for (let d = a; d <= b; d += step) days.push(d);
  if (days[days.length - 1] !== b) days.push(b);
  return days;
}

/**
 * Renders an animation frame by frame from the timeline: each frame is a pure function of
 * its number (no clock, no screen recording), with the date line, legend, credit and
 * attribution drawn into every frame. The map is put back as it was, whatever happens.
 */
export async function renderAnimation(
  src: ExportSource,
  options: AnimationOptions,
  sink: FrameSink,
): Promise<{
  frames: number;
  mapDraws: number;
  width: number;
  height: number;
  durationUs: number;
}> {
  const last = src.model.dates.length - 1;
  const a = Math.max(0, Math.min(last, Math.min(options.startDay, options.endDay)));
  const b = Math.max(0, Math.min(last, Math.max(options.startDay, options.endDay)));
  const schedule = frameSchedule({
    startDay: a,
    endDay: b,
    framesPerDay: options.framesPerDay,
    fps: options.fps,
    holdEndSeconds: options.holdEndSeconds ?? 1,
  });
  const text = compositionText(src, a, creditDays(a, b));
  const p = await prepareComposition(src, options.size ?? { kind: 'screen' }, text, true);
  const { canvas, ctx } = createCanvas(p.pixelWidth, p.pixelHeight);
  const total = schedule.frames.length;
  const subtitle = p.layout.lines.findIndex((l) => l.role === 'subtitle');
  const pause = makeYield();
  await sink.begin(p.pixelWidth, p.pixelHeight, schedule.fps, total);
  const raster = openMapRaster(src, p.mapRatio, p.symbolScale);
  let mapCanvas: HTMLCanvasElement | null = null;
  let lastKey = '';
  let mapDraws = 0;
  const insets = { placed: placeInsets(src, p.layout.map), shape: src.locator };
  try {
    for (const spec of schedule.frames) {
      if (options.signal?.aborted) throw new ExportCancelled();
      // A day that draws the same map as the frame before (most days: figures are sparse)
      // reuses the map picture still in the canvas; only the date line changes.
      const key = src.mapKey(spec.day, spec.t);
      if (key !== lastKey || !mapCanvas) {
        mapCanvas = await raster.draw({ day: spec.day, t: spec.t });
        lastKey = key;
        mapDraws++;
      }
      const lines = p.layout.lines.slice();
      const line = lines[subtitle];
      if (line) lines[subtitle] = { ...line, text: subtitleFor(src, spec.day) };
      drawComposition(ctx, { ...p.layout, lines }, mapCanvas, p.pixelScale, insets);
      await sink.frame(canvas, ctx, spec);
      options.onProgress?.(spec.index + 1, total);
      await pause();
    }
  } finally {
    raster.close();
  }
  if (options.signal?.aborted) throw new ExportCancelled();
  return {
    frames: total,
    mapDraws,
    width: p.pixelWidth,
    height: p.pixelHeight,
    durationUs: schedule.durationUs,
  };
}
