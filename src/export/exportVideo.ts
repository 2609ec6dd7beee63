import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
  type VideoCodec,
} from 'mediabunny';
import { renderAnimation, ExportCancelled, type AnimationOptions } from './animationFrames';
import type { ExportSource } from './source';

export type VideoFormat = 'webm' | 'mp4';

/**
 * Frames handed to the encoder before waiting for it. Quality-mode VP9 looks a few frames
 * ahead: with a queue of two it stalls for seconds a frame; ten keeps it busy without
 * holding much memory.
 */
const MAX_QUEUE = 10;

export interface VideoResult {
  blob: Blob;
  frames: number;
  /** How many frames needed a new map picture (the rest repeat the day before's map). */
  mapDraws: number;
  width: number;
  height: number;
  codec: string;
  mime: string;
  ms: number;
}

interface CodecChoice {
  codec: string;
  /** The container library's name for it. */
  track: VideoCodec;
}

const CANDIDATES: Record<VideoFormat, CodecChoice[]> = {
  webm: [
    { codec: 'vp09.00.10.08', track: 'vp9' },
    { codec: 'vp8', track: 'vp8' },
  ],
  mp4: [
    { codec: 'avc1.640028', track: 'avc' },
    { codec: 'avc1.42E01F', track: 'avc' },
    { codec: 'vp09.00.10.08', track: 'vp9' },
    { codec: 'av01.0.08M.08', track: 'av1' },
  ],
};

export function videoSupported(): boolean {
  return typeof VideoEncoder !== 'undefined' && typeof VideoFrame !== 'undefined';
}

async function pickCodec(
  format: VideoFormat,
  width: number,
  height: number,
  fps: number,
): Promise<{ choice: CodecChoice; config: VideoEncoderConfig } | null> {
  for (const choice of CANDIDATES[format]) {
    const config: VideoEncoderConfig = {
      codec: choice.codec,
      width,
      height,
      framerate: fps,
      // Flat colours and text: a modest bitrate keeps edges clean.
      bitrate: Math.round(Math.min(8e6, Math.max(1e6, width * height * fps * 0.15))),
      latencyMode: 'quality',
      ...(choice.track === 'avc' ? { avc: { format: 'avc' as const } } : {}),
    };
    try {
      const r = await VideoEncoder.isConfigSupported(config);
      if (r.supported) return { choice, config: r.config ?? config };
    } catch {
      // Unknown codec string in this browser: try the next.
    }
  }
  return null;
}

/**
 * The timeline as a video: frames drawn one by one from the timeline state, encoded with
 * WebCodecs and written into WebM (VP9/VP8) or MP4 (H.264, else VP9/AV1).
 */
export async function exportVideo(
  src: ExportSource,
  format: VideoFormat,
  options: AnimationOptions,
): Promise<VideoResult> {
  if (!videoSupported()) {
    throw new Error('this browser has no WebCodecs video encoder (VideoEncoder); use GIF');
  }
  const t0 = performance.now();
  let encoder: VideoEncoder | null = null;
  let failure: Error | null = null;
  let output: Output<WebMOutputFormat | Mp4OutputFormat, BufferTarget> | null = null;
  // Packets go to the container in the encoder's order, one after the other.
  let written: Promise<void> = Promise.resolve();
  let chosen = '';
  let keyEvery = 24;
  // A cancel stops the wait too: a slow encoder can hold many frames, and the reader is told
  // at once that the export stopped.
  const drain = async () => {
    while (encoder && encoder.encodeQueueSize > MAX_QUEUE && !failure && !options.signal?.aborted) {
      await new Promise<void>((resolve) => {
        encoder?.addEventListener('dequeue', () => resolve(), { once: true });
        setTimeout(resolve, 50);
      });
    }
  };
  try {
    const result = await renderAnimation(src, options, {
      async begin(width, height, fps) {
        const picked = await pickCodec(format, width, height, fps);
        if (!picked) throw new Error(`no ${format.toUpperCase()} video encoder in this browser`);
        chosen = picked.config.codec;
        keyEvery = Math.max(1, Math.round(fps * 2));
        output = new Output({
          format:
            format === 'webm'
              ? new WebMOutputFormat()
              : new Mp4OutputFormat({ fastStart: 'in-memory' }),
          target: new BufferTarget(),
        });
        const source = new EncodedVideoPacketSource(picked.choice.track);
        output.addVideoTrack(source, { frameRate: fps });
        await output.start();
        encoder = new VideoEncoder({
          output: (chunk, meta) => {
            written = written
              .then(() => source.add(EncodedPacket.fromEncodedChunk(chunk), meta))
              .catch((e: unknown) => {
                failure ??= e instanceof Error ? e : new Error(String(e));
              });
          },
          error: (e) => {
            failure = e instanceof Error ? e : new Error(String(e));
          },
        });
        encoder.configure(picked.config);
      },
      async frame(canvas, _ctx, spec) {
        if (failure) throw failure;
        if (!encoder) throw new Error('encoder not started');
        const vf = new VideoFrame(canvas, {
          timestamp: spec.timestampUs,
          duration: spec.durationUs,
        });
        try {
          encoder.encode(vf, { keyFrame: spec.index % keyEvery === 0 });
        } finally {
          vf.close();
        }
        await drain();
      },
    });
    const enc = encoder as VideoEncoder | null;
    const out = output as Output<WebMOutputFormat | Mp4OutputFormat, BufferTarget> | null;
    if (!enc || !out) throw new Error('no frames');
    await enc.flush();
    await written;
    if (failure) throw failure;
    await out.finalize();
    const buffer = out.target.buffer;
    if (!buffer) throw new Error('the video container was not written');
    const mime = format === 'webm' ? 'video/webm' : 'video/mp4';
    return {
      blob: new Blob([buffer], { type: mime }),
      frames: result.frames,
      mapDraws: result.mapDraws,
      width: result.width,
      height: result.height,
      codec: chosen,
      mime,
      ms: performance.now() - t0,
    };
  } catch (err) {
    if (options.signal?.aborted) throw new ExportCancelled();
    throw err;
  } finally {
    const enc = encoder as VideoEncoder | null;
    if (enc && enc.state !== 'closed') enc.close();
    const out = output as Output | null;
    // Not awaited: a cancelled output may still wait on writes that will never come, and the
    // reader should hear at once that the export stopped.
    if (out && out.state !== 'finalized' && out.state !== 'canceled')
      void out.cancel().catch(() => undefined);
  }
}
