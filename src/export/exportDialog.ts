import { h, listen, uniqueId } from '../ui/dom';
import { t, type Lang } from '../ui/i18n';
import { frameSchedule } from '../core/frameSchedule';
import type { ExportSize } from '../core/printSize';
import { es } from './exportStrings';
import { animationFieldset, checkedValue, imageFieldset, type Say } from './exportFieldsets';
import { FPS, gifJob, pngJob, svgJob, videoJob, type ExportJob } from './exportJobs';
import type { ExportSource } from './source';

let active: HTMLDialogElement | null = null;

/** The progress bar, its cancel button and the sentence that says how an export ended. */
function progressParts(L: Say, lang: Lang) {
  const progress = h('progress', { max: 1, value: 0 });
  const progressText = h('span', { class: 'progress-text' });
  const cancelButton = h('button', { type: 'button', class: 'ex-cancel' }, L('cancel'));
  const progressRow = h(
    'div',
    { class: 'ex-progress', hidden: true },
    progress,
    progressText,
    cancelButton,
  );
  const message = h('p', { class: 'ex-message', role: 'status', 'aria-live': 'polite' });
  const closeButton = h('button', { type: 'button', class: 'ex-close' }, t('close', lang));
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle('error', error);
  };
  const onProgress = (done: number, total: number) => {
    progress.value = total ? done / total : 0;
    progressText.textContent = total ? `${done} / ${total}` : '';
  };
  return { progressRow, message, closeButton, cancelButton, say, onProgress };
}

/** The days an animation runs between, or null when the dates are not both in the data. */
function dayRange(dates: readonly string[], from: string, to: string) {
  const a = dates.indexOf(from);
  const b = dates.indexOf(to);
  return a < 0 || b < 0 || a > b ? null : { a, b };
}

/** How long a film of these days will be, before it is made. */
function estimate(r: { a: number; b: number }, framesPerDay: number, L: Say): string {
  const s = frameSchedule({
    startDay: r.a,
    endDay: r.b,
    framesPerDay,
    fps: FPS,
    holdEndSeconds: 1,
  });
  return `${s.frames.length} ${L('frames')} · ${(s.durationUs / 1e6).toFixed(1)} ${L('seconds')} · ${FPS} fps`;
}

/**
 * The export dialog: PNG (screen, 2×, print width at 300 dpi) or SVG of the current view,
 * and the timeline as WebM, MP4 or GIF over a date range, with progress and cancel. It is
 * loaded on first use. Whatever happens, the map and its state are left as they were.
 */
export function openExportDialog(src: ExportSource, onClose?: () => void): HTMLDialogElement {
  active?.close();
  const lang: Lang = src.state().lang;
  const dates = src.model.dates;
  const uid = uniqueId('ex');
  const L: Say = (k) => es(k, lang);
  const image = imageFieldset(uid, L, src.mapElement.clientWidth, src.mapElement.clientHeight);
  const anim = animationFieldset(uid, L, dates[0] ?? '', dates[dates.length - 1] ?? '');
  const parts = progressParts(L, lang);
  const dialog = h(
    'dialog',
    { class: 'rmap-dialog export-dialog', 'aria-labelledby': `ex-h-${uid}` },
    h('h2', { id: `ex-h-${uid}` }, L('heading')),
    image.imageBox,
    anim.animBox,
    parts.progressRow,
    parts.message,
    h('div', { class: 'actions' }, parts.closeButton),
  );

  let running: AbortController | null = null;
  const setBusy = (busy: boolean) => {
    image.imageButton.disabled = busy;
    anim.animButton.disabled = busy;
    parts.closeButton.disabled = busy;
    parts.progressRow.hidden = !busy;
  };

  const range = () => dayRange(dates, anim.fromInput.value, anim.toInput.value);
  function updateEstimate() {
    const r = range();
    anim.animButton.disabled = !r || running !== null;
    anim.estimate.textContent = r ? estimate(r, Number(anim.fpdSelect.value), L) : L('badRange');
  }

  async function run<T>(job: ExportJob<T>) {
    running = new AbortController();
    setBusy(true);
    parts.say(L('working'));
    parts.onProgress(0, 0);
    try {
      parts.say(job.done(await job.task(running.signal)));
    } catch (err) {
      const e = err as Error;
      if (running.signal.aborted || e.name === 'AbortError') parts.say(L('cancelled'));
      else parts.say(L('failed') + (e.message || String(e)), true);
    } finally {
      running = null;
      setBusy(false);
      updateEstimate();
    }
  }

  function exportImage() {
    if (checkedValue(image.imageBox, `fmt-${uid}`) === 'svg') return void run(svgJob(src, L));
    const sizeKind = checkedValue(image.imageBox, `size-${uid}`);
    const size: ExportSize =
      sizeKind === 'print'
        ? { kind: 'print', widthMm: Number(image.mmInput.value) || 180, dpi: 300 }
        : { kind: sizeKind === 'double' ? 'double' : 'screen' };
    void run(pngJob(src, size, L));
  }

  function exportAnimation() {
    const r = range();
    if (!r) return parts.say(L('badRange'), true);
    const fmt = checkedValue(anim.animBox, `afmt-${uid}`);
    const span = {
      startDay: r.a,
      endDay: r.b,
      framesPerDay: Number(anim.fpdSelect.value) || 1,
      onProgress: parts.onProgress,
    };
    if (fmt === 'gif') void run(gifJob(src, span, L, lang));
    else void run(videoJob(src, fmt === 'mp4' ? 'mp4' : 'webm', span, L, lang));
  }

  const offs = [
    listen(anim.fromInput, 'change', updateEstimate),
    listen(anim.toInput, 'change', updateEstimate),
    listen(anim.fpdSelect, 'change', updateEstimate),
    listen(image.mmInput, 'focus', () => {
      const r = image.imageBox.querySelector<HTMLInputElement>(
        `input[name="size-${uid}"][value="print"]`,
      );
      if (r) r.checked = true;
    }),
    listen(parts.cancelButton, 'click', () => running?.abort()),
    listen(parts.closeButton, 'click', () => dialog.close()),
    listen(dialog, 'cancel', (ev) => {
      // Escape cancels a running export first; a second Escape closes.
      if (running) {
        ev.preventDefault();
        running.abort();
      }
    }),
    listen(image.imageButton, 'click', exportImage),
    listen(anim.animButton, 'click', exportAnimation),
  ];

  dialog.addEventListener('close', () => {
    running?.abort();
    offs.forEach((f) => f());
    dialog.remove();
    if (active === dialog) active = null;
    onClose?.();
  });
  updateEstimate();
  src.root.append(dialog);
  active = dialog;
  dialog.showModal();
  return dialog;
}
