/**
 * What the export dialog's two buttons do: each job draws, downloads, and says in a sentence
 * what it made. The encoders load on first use.
 */
import type { Lang } from '../ui/i18n';
import { exportFileName } from '../core/embedLink';
import { mmToPx, type ExportSize } from '../core/printSize';
import { download } from '../ui/download';
import { mapDrawsNote } from './exportStrings';
import type { Say } from './exportFieldsets';
import type { ExportSource } from './source';
import type { PngResult } from './composePng';
import type { SvgResult } from './composeSvg';
import type { GifResult } from './exportGif';
import type { VideoResult } from './exportVideo';

/** A piece of work the dialog runs with progress and cancel, and how its result is told. */
export interface ExportJob<T = unknown> {
  task(signal: AbortSignal): Promise<T>;
  done(result: T): string;
}

export const FPS = 12;

export function svgJob(src: ExportSource, L: Say): ExportJob<SvgResult> {
  const s = src.state();
  return {
    async task() {
      const { composeSvg } = await import('./composeSvg');
      const r = await composeSvg(src);
      download(r.blob, exportFileName({ date: s.date, metric: s.metric }, 'svg'));
      return r;
    },
    done: (r) => `${L('done')}: SVG ${r.width}×${r.height}`,
  };
}

export function pngJob(src: ExportSource, size: ExportSize, L: Say) {
  const s = src.state();
  const suffix =
    size.kind === 'print' ? `${size.widthMm}mm-300dpi` : size.kind === 'double' ? '2x' : '';
  const job: ExportJob<PngResult> = {
    async task() {
      const { composePng } = await import('./composePng');
      const r = await composePng(src, size);
      download(r.blob, exportFileName({ date: s.date, metric: s.metric, suffix }, 'png'));
      return r;
    },
    done: (r) =>
      `${L('done')}: PNG ${r.width}×${r.height} px` +
      (size.kind === 'print'
        ? ` (${size.widthMm} mm, ${r.dpi} dpi ≈ ${mmToPx(size.widthMm)} px)`
        : '') +
      (r.clamped ? L('clamped') : ''),
  };
  return job;
}

export interface AnimationRange {
  startDay: number;
  endDay: number;
  framesPerDay: number;
  onProgress(done: number, total: number): void;
}

/** The file's name and the sentence that tells a finished film, whatever its format. */
function film(src: ExportSource, range: AnimationRange, ext: string, L: Say, lang: Lang) {
  const dates = src.model.dates;
  const name = exportFileName(
    { date: `${dates[range.startDay]}--${dates[range.endDay]}`, metric: src.state().metric },
    ext,
  );
  const tell = (what: string, r: GifResult | VideoResult) =>
    `${L('done')}: ${what} ${r.width}×${r.height}, ${r.frames} ${L('frames')}, ` +
    `${(r.ms / 1000).toFixed(1)} ${L('seconds')} ${mapDrawsNote(r.mapDraws, lang)}`;
  return { name, tell, opts: { ...range, fps: FPS } };
}

export function gifJob(src: ExportSource, range: AnimationRange, L: Say, lang: Lang) {
  const { name, tell, opts } = film(src, range, 'gif', L, lang);
  const job: ExportJob<GifResult> = {
    async task(signal) {
      const { exportGif } = await import('./exportGif');
      const g = await exportGif(src, { ...opts, signal });
      download(g.blob, name);
      return g;
    },
    done: (g) => tell('GIF', g),
  };
  return job;
}

export function videoJob(
  src: ExportSource,
  format: 'webm' | 'mp4',
  range: AnimationRange,
  L: Say,
  lang: Lang,
) {
  const { name, tell, opts } = film(src, range, format, L, lang);
  const job: ExportJob<VideoResult> = {
    async task(signal) {
      const { exportVideo } = await import('./exportVideo');
      const v = await exportVideo(src, format, { ...opts, signal });
      download(v.blob, name);
      return v;
    },
    done: (v) => tell(`${format.toUpperCase()} (${v.codec})`, v),
  };
  return job;
}
