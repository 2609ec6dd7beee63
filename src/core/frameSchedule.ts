/**
 * Which timeline position each frame of an exported animation shows. Frames are a
 * function of the frame number alone, never of the clock, so a slow machine gives the
 * same file as a fast one.
 */

export interface FrameScheduleOptions {
  /** First and last day index shown (inclusive; swapped when given backwards). */
  startDay: number;
  endDay: number;
  /** Video frames per timeline day: 1 steps day by day, more shows each change gradually. */
  framesPerDay: number;
  /** Frames per second of the output. */
  fps: number;
  /** How long the last frame stays, in seconds, so the end can be read. */
  holdEndSeconds?: number;
}

export interface FrameSpec {
  index: number;
  /** Day index shown; with t > 0 the frame lies between `day` and `day + 1`. */
  day: number;
  /** 0 ≤ t < 1: the fraction of the way to the next day. */
  t: number;
  /** Presentation time in microseconds (WebCodecs' unit). */
  timestampUs: number;
  durationUs: number;
}

export interface FrameSchedule {
  frames: FrameSpec[];
  fps: number;
  durationUs: number;
}

const MAX_FRAMES = 20_000;

export function frameSchedule(options: FrameScheduleOptions): FrameSchedule {
  const fps = Number.isFinite(options.fps) && options.fps > 0 ? options.fps : 12;
  const perDay = Math.max(1, Math.min(60, Math.round(options.framesPerDay) || 1));
  let a = Math.max(0, Math.round(options.startDay) || 0);
  let b = Math.max(0, Math.round(options.endDay) || 0);
  if (a > b) [a, b] = [b, a];
  const count = Math.min(MAX_FRAMES, (b - a) * perDay + 1);
  const frameUs = (i: number) => Math.round((i * 1e6) / fps);
  const hold = Math.max(0, options.holdEndSeconds ?? 0) * 1e6;
  const frames: FrameSpec[] = [];
  for (let i = 0; i < count; i++) {
    const day = a + Math.floor(i / perDay);
    const t = (i % perDay) / perDay;
    const timestampUs = frameUs(i);
    const last = i === count - 1;
    frames.push({
      index: i,
      day,
      t,
      timestampUs,
      durationUs: frameUs(i + 1) - timestampUs + (last ? Math.round(hold) : 0),
    });
  }
  const end = frames[frames.length - 1];
  return { frames, fps, durationUs: end ? end.timestampUs + end.durationUs : 0 };
}
