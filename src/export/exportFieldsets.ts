/** The two halves of the export dialog's form: a still image, and the timeline as a film. */
import { h } from '../ui/dom';
import type { es } from './exportStrings';

export type Say = (k: Parameters<typeof es>[0]) => string;

function radio(name: string, value: string, label: string, checked = false): HTMLLabelElement {
  return h(
    'label',
    { class: 'choice' },
    h('input', { type: 'radio', name, value, checked }),
    label,
  );
}

export function checkedValue(root: HTMLElement, name: string): string {
  return (
    (root.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? ''
  );
}

/** Still image: PNG or SVG, at the screen's size, twice it, or a printed width in mm. */
export function imageFieldset(uid: string, L: Say, mapW: number, mapH: number) {
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
export function animationFieldset(uid: string, L: Say, first: string, lastDate: string) {
  const dateInput = (name: string, value: string) =>
    h('input', { type: 'date', name, min: first, max: lastDate, value });
  const fromInput = dateInput('from', first);
  const toInput = dateInput('to', lastDate);
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
