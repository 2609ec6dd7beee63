import { h, listen } from './dom';
import { t, type Lang } from './i18n';
import { formatDate } from '../core/format';

export type TimelineAction =
  | { type: 'setDay'; dayIndex: number }
  | { type: 'step'; delta: number }
  | { type: 'jumpObservation'; direction: 1 | -1 }
  | { type: 'play' }
  | { type: 'pause' };

export interface TimelineView {
  dates: string[];
  dayIndex: number;
  playing: boolean;
  lang: Lang;
  /** Days (indexes into `dates`) on which some region has an observation: marked on the track. */
  observationDays: number[];
}

/**
 * The date slider with play/pause. It is an ARIA slider whose value text carries the ISO
 * date, so a screen reader and a test read the same thing the eye does.
 */
export function createTimelineControl(dispatch: (a: TimelineAction) => void) {
  const play = h('button', { type: 'button', class: 'tl-play' });
  const slider = h('input', { type: 'range', class: 'tl-slider', min: 0, step: 1 });
  const label = h('output', { class: 'tl-date' });
  const ticks = h('div', { class: 'tl-ticks', 'aria-hidden': 'true' });
  const track = h('div', { class: 'tl-track' }, slider, ticks);
  const element = h('div', { class: 'timeline', role: 'group' }, play, track, label);
  let current: TimelineView | null = null;
  let tickKey = '';

  const off = [
    listen(play, 'click', () => dispatch({ type: current?.playing ? 'pause' : 'play' })),
    listen(slider, 'input', () => dispatch({ type: 'setDay', dayIndex: Number(slider.value) })),
    listen(slider, 'keydown', (ev) => {
      const action = keyAction(ev.key, current);
      if (!action) return;
      ev.preventDefault();
      dispatch(action);
    }),
  ];

  function render(view: TimelineView): void {
    current = view;
    const date = view.dates[view.dayIndex] ?? '';
    const name = view.playing ? t('pause', view.lang) : t('play', view.lang);
    play.textContent = view.playing ? '❚❚ ' + name : '▶ ' + name;
    play.setAttribute('aria-label', name);
    play.setAttribute('aria-pressed', String(view.playing));
    slider.max = String(Math.max(0, view.dates.length - 1));
    slider.value = String(view.dayIndex);
    slider.setAttribute('aria-label', t('date', view.lang));
    slider.setAttribute('aria-valuetext', `${date} · ${formatDate(date, view.lang)}`);
    element.setAttribute('aria-label', t('timeline', view.lang));
    label.textContent = formatDate(date, view.lang);
    label.setAttribute('datetime', date);
    const key = `${view.dates.length}|${view.observationDays.join(',')}`;
    if (key !== tickKey) {
      tickKey = key;
      const span = Math.max(1, view.dates.length - 1);
      ticks.replaceChildren(
        ...view.observationDays.map((d) => {
          const mark = h('span', { class: 'tl-tick' });
          mark.style.left = `${(100 * d) / span}%`;
          return mark;
        }),
      );
    }
  }

  return {
    element,
    render,
    destroy() {
      off.forEach((f) => f());
      element.remove();
    },
  };
}

function keyAction(key: string, view: TimelineView | null): TimelineAction | null {
  if (!view) return null;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return { type: 'step', delta: -1 };
    case 'ArrowRight':
    case 'ArrowUp':
      return { type: 'step', delta: 1 };
    case 'PageUp':
      return { type: 'jumpObservation', direction: -1 };
    case 'PageDown':
      return { type: 'jumpObservation', direction: 1 };
    case 'Home':
      return { type: 'setDay', dayIndex: 0 };
    case 'End':
      return { type: 'setDay', dayIndex: view.dates.length - 1 };
    case ' ':
      return { type: view.playing ? 'pause' : 'play' };
    default:
      return null;
  }
}
