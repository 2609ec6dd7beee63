import { h, listen, uniqueId } from '../ui/dom';
import { t, type Lang } from '../ui/i18n';
import { exportFileName } from '../core/embedLink';
import { frameSchedule } from '../core/frameSchedule';
import { mmToPx, type ExportSize } from '../core/printSize';
import { download } from '../ui/download';
import { es, mapDrawsNote } from './exportStrings';
import type { ExportSource } from './source';

const FPS = 12;

let active: HTMLDialogElement | null = null;

function radio(name: string, value: string, label: string, checked = false): HTMLLabelElement {
  return h(
    'label',
    { class: 'choice' },
    h('input', { type: 'radio', name, value, checked }),
    label,
  );
}

function checkedValue(root: HTMLElement, name: string): string {
  return (
    (root.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? ''
  );
}

type Say = (k: Parameters<typeof es>[0]) => string;

/** Still image: PNG or SVG, at the screen's size, twice it, or a printed width in mm. */
function imageFieldset(uid: string, L: Say, mapW: number, mapH: number) {
  const mmInput = h('input', {
    type: 'number',
    name: 'mm',
    min: 40,
    max: 600,
    step: 1,
    value: 180,
    class: 'mm',
    'aria-label': `${L('print')} (mm)`,
  });
  const imageBox = h(
    'fieldset',
    { class: 'ex-image' },
    h('legend', {}, L('image')),
    h(
      'div',
      { class: 'row', role: 'radiogroup', 'aria-label': L('format') },
      radio(`fmt-${uid}`, 'png', 'PNG', true),
      radio(`fmt-${uid}`, 'svg', 'SVG'),
    ),
    h(
      'div',
      { class: 'row sizes', role: 'radiogroup', 'aria-label': L('size') },
      radio(`size-${uid}`, 'screen', `${L('screen')} (${mapW}×${mapH})`, true),
      radio(`size-${uid}`, 'double', L('double')),
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name: `size-${uid}`, value: 'print' }),
        `${L('print')} `,
        mmInput,
        ` ${L('mm')}`,
      ),
    ),
    h('p', { class: 'hint' }, L('svgNote')),
  );
  const imageButton = h(
    'button',
    { type: 'button', class: 'primary ex-go-image' },
    L('downloadImage'),
  );
  imageBox.append(imageButton);
  return { imageBox, imageButton, mmInput };
}

/** Animation: a video or GIF format, the dates it runs between and the frames per day. */
function animationFieldset(uid: string, L: Say, first: string, lastDate: string) {
  const fromInput = h('input', {
    type: 'date',
    name: 'from',
    min: first,
    max: lastDate,
    value: first,
  });
  const toInput = h('input', {
    type: 'date',
    name: 'to',
    min: first,
    max: lastDate,
    value: lastDate,
  });
  const fpdSelect = h(
    'select',
    { name: 'fpd' },
    ...[1, 2, 3, 4].map((v) => h('option', { value: v }, String(v))),
  );
  const estimate = h('span', { class: 'hint estimate' });
  const animButton = h(
    'button',
    { type: 'button', class: 'primary ex-go-anim' },
    L('exportAnimation'),
  );
  const canVideo = typeof VideoEncoder !== 'undefined';
  const animBox = h(
    'fieldset',
    { class: 'ex-anim' },
    h('legend', {}, L('animation')),
    h(
      'div',
      { class: 'row', role: 'radiogroup', 'aria-label': L('format') },
      radio(`afmt-${uid}`, 'webm', 'WebM', canVideo),
      radio(`afmt-${uid}`, 'mp4', 'MP4'),
      radio(`afmt-${uid}`, 'gif', 'GIF', !canVideo),
    ),
    h(
      'div',
      { class: 'row' },
      h('label', {}, `${L('from')} `, fromInput),
      h('label', {}, `${L('to')} `, toInput),
      h('label', {}, `${L('framesPerDay')} `, fpdSelect),
    ),
    h('p', {}, estimate),
    canVideo ? null : h('p', { class: 'hint' }, L('noVideo')),
    animButton,
  );
  if (!canVideo) {
    animBox
      .querySelectorAll<HTMLInputElement>(`input[name="afmt-${uid}"]:not([value="gif"])`)
      .forEach((i) => (i.disabled = true));
  }
  return { animBox, animButton, fromInput, toInput, fpdSelect, estimate };
}

/**
 * The export dialog: PNG (screen, 2×, print width at 300 dpi) or SVG of the current view,
 * and the timeline as WebM, MP4 or GIF over a date range, with progress and cancel. It is
 * loaded on first use. Whatever happens, the map and its state are left as they were.
 */
export function openExportDialog(src: ExportSource, onClose?: () => void): HTMLDialogElement {
  active?.close();
  const state = src.state();
  const lang: Lang = state.lang;
  const dates = src.model.dates;
  const first = dates[0] ?? '';
  const lastDate = dates[dates.length - 1] ?? '';
  const uid = uniqueId('ex');
  const L = (k: Parameters<typeof es>[0]) => es(k, lang);
  const mapW = src.mapElement.clientWidth;
  const mapH = src.mapElement.clientHeight;

  const { imageBox, imageButton, mmInput } = imageFieldset(uid, L, mapW, mapH);

  const { animBox, animButton, fromInput, toInput, fpdSelect, estimate } = animationFieldset(
    uid,
    L,
    first,
    lastDate,
  );

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
  const dialog = h(
    'dialog',
    { class: 'rmap-dialog export-dialog', 'aria-labelledby': `ex-h-${uid}` },
    h('h2', { id: `ex-h-${uid}` }, L('heading')),
    imageBox,
    animBox,
    progressRow,
    message,
    h('div', { class: 'actions' }, closeButton),
  );

  let running: AbortController | null = null;
  const setBusy = (busy: boolean) => {
    imageButton.disabled = busy;
    animButton.disabled = busy;
    closeButton.disabled = busy;
    progressRow.hidden = !busy;
  };
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle('error', error);
  };

  function range(): { a: number; b: number } | null {
    const a = dates.indexOf(fromInput.value);
    const b = dates.indexOf(toInput.value);
    if (a < 0 || b < 0 || a > b) return null;
    return { a, b };
  }
  function updateEstimate() {
    const r = range();
    if (!r) {
      estimate.textContent = L('badRange');
      animButton.disabled = true;
      return;
    }
    if (!running) animButton.disabled = false;
    const s = frameSchedule({
      startDay: r.a,
      endDay: r.b,
      framesPerDay: Number(fpdSelect.value),
      fps: FPS,
      holdEndSeconds: 1,
    });
    estimate.textContent = `${s.frames.length} ${L('frames')} · ${(s.durationUs / 1e6).toFixed(1)} ${L('seconds')} · ${FPS} fps`;
  }

  async function run<T>(task: (signal: AbortSignal) => Promise<T>, done: (r: T) => string) {
    running = new AbortController();
    setBusy(true);
    say(L('working'));
    progress.value = 0;
    progressText.textContent = '';
    try {
      const r = await task(running.signal);
      say(done(r));
    } catch (err) {
      const e = err as Error;
      if (running.signal.aborted || e.name === 'AbortError') say(L('cancelled'));
      else say(L('failed') + (e.message || String(e)), true);
    } finally {
      running = null;
      setBusy(false);
      updateEstimate();
    }
  }

  const onProgress = (done: number, total: number) => {
    progress.value = total ? done / total : 0;
    progressText.textContent = `${done} / ${total}`;
  };

  const offs = [
    listen(fromInput, 'change', updateEstimate),
    listen(toInput, 'change', updateEstimate),
    listen(fpdSelect, 'change', updateEstimate),
    listen(mmInput, 'focus', () => {
      const r = imageBox.querySelector<HTMLInputElement>(
        `input[name="size-${uid}"][value="print"]`,
      );
      if (r) r.checked = true;
    }),
    listen(cancelButton, 'click', () => running?.abort()),
    listen(closeButton, 'click', () => dialog.close()),
    listen(dialog, 'cancel', (ev) => {
      // Escape cancels a running export first; a second Escape closes.
      if (running) {
        ev.preventDefault();
        running.abort();
      }
    }),
    listen(imageButton, 'click', () => {
      const fmt = checkedValue(imageBox, `fmt-${uid}`);
      const sizeKind = checkedValue(imageBox, `size-${uid}`);
      const s = src.state();
      if (fmt === 'svg') {
        void run(
          async () => {
            const { composeSvg } = await import('./composeSvg');
            const r = await composeSvg(src);
            download(r.blob, exportFileName({ date: s.date, metric: s.metric }, 'svg'));
            return r;
          },
          (r) => `${L('done')}: SVG ${r.width}×${r.height}`,
        );
        return;
      }
      const size: ExportSize =
        sizeKind === 'print'
          ? { kind: 'print', widthMm: Number(mmInput.value) || 180, dpi: 300 }
          : { kind: sizeKind === 'double' ? 'double' : 'screen' };
      void run(
        async () => {
          const { composePng } = await import('./composePng');
          const r = await composePng(src, size);
          const suffix =
            size.kind === 'print' ? `${size.widthMm}mm-300dpi` : size.kind === 'double' ? '2x' : '';
          download(r.blob, exportFileName({ date: s.date, metric: s.metric, suffix }, 'png'));
          return r;
        },
        (r) =>
          `${L('done')}: PNG ${r.width}×${r.height} px` +
          (size.kind === 'print'
            ? ` (${size.widthMm} mm, ${r.dpi} dpi ≈ ${mmToPx(size.widthMm)} px)`
            : '') +
          (r.clamped ? L('clamped') : ''),
      );
    }),
    listen(animButton, 'click', () => {
      const r = range();
      if (!r) return say(L('badRange'), true);
      const fmt = checkedValue(animBox, `afmt-${uid}`);
      const s = src.state();
      const opts = {
        startDay: r.a,
        endDay: r.b,
        framesPerDay: Number(fpdSelect.value) || 1,
        fps: FPS,
        onProgress,
      };
      const name = (ext: string) =>
        exportFileName({ date: `${dates[r.a]}--${dates[r.b]}`, metric: s.metric }, ext);
      if (fmt === 'gif') {
        void run(
          async (signal) => {
            const { exportGif } = await import('./exportGif');
            const g = await exportGif(src, { ...opts, signal });
            download(g.blob, name('gif'));
            return g;
          },
          (g) =>
            `${L('done')}: GIF ${g.width}×${g.height}, ${g.frames} ${L('frames')}, ${(g.ms / 1000).toFixed(1)} ${L('seconds')} ${mapDrawsNote(g.mapDraws, lang)}`,
        );
        return;
      }
      const format = fmt === 'mp4' ? 'mp4' : 'webm';
      void run(
        async (signal) => {
          const { exportVideo } = await import('./exportVideo');
          const v = await exportVideo(src, format, { ...opts, signal });
          download(v.blob, name(format));
          return v;
        },
        (v) =>
          `${L('done')}: ${format.toUpperCase()} (${v.codec}) ${v.width}×${v.height}, ${v.frames} ${L('frames')}, ${(v.ms / 1000).toFixed(1)} ${L('seconds')} ${mapDrawsNote(v.mapDraws, lang)}`,
      );
    }),
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
