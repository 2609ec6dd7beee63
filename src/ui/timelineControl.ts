import { h, listen, setAttr, setText } from './dom';
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
  /** The days the slider spans (the chosen episode), inclusive; the whole period when absent. */
  range?: readonly [number, number];
  /** Dated events, marked on the track with their text on hover. */
  events?: readonly TimelineEvent[];
}

export interface TimelineEvent {
  id: string;
  dayIndex: number;
  text: string;
}

/**
 * The date slider with play/pause. It is an ARIA slider whose value text carries the ISO
 * date, so a screen reader and a test read the same thing the eye does.
 */
export function createTimelineControl(
  dispatch: (a: TimelineAction) => void,
  /** Further controls placed before and after the track, and in a row below it. */
  slots: { before?: Node[]; after?: Node[]; below?: Node[] } = {},
) {
  const [play, playIcon, playName] = playButton();
  const slider = h('input', { type: 'range', class: 'tl-slider', min: 0, step: 1 });
  const label = h('output', { class: 'tl-date' });
  const ticks = h('div', { class: 'tl-ticks', 'aria-hidden': 'true' });
  const marks = h('div', { class: 'tl-events', role: 'group' });
  const tip = h('div', { class: 'tl-event-tip', hidden: true });
  const track = h('div', { class: 'tl-track' }, slider, ticks, marks, tip);
  const element = h(
    'div',
    { class: 'timeline', role: 'group' },
    play,
    ...(slots.before ?? []),
    track,
    ...(slots.after ?? []),
    label,
    ...(slots.below ?? []),
  );
  let current: TimelineView | null = null;
  let tickKey: unknown[] | null = null;

  const off = [
    listen(play, 'click', () => dispatch({ type: current?.playing ? 'pause' : 'play' })),
    listen(slider, 'input', () => dispatch({ type: 'setDay', dayIndex: Number(slider.value) })),
    listen(slider, 'keydown', (ev) => {
      const action = keyAction(ev.key, current);
      if (!action) return;
      ev.preventDefault();
      dispatch(action);
    }),
    // An event's text shows on hover and on keyboard focus; a click goes to its day.
    listen(marks, 'pointerover', (ev) => showTip(ev.target)),
    listen(marks, 'focusin', (ev) => showTip(ev.target)),
    listen(marks, 'pointerout', () => (tip.hidden = true)),
    listen(marks, 'focusout', () => (tip.hidden = true)),
    listen(marks, 'click', (ev) => {
      const mark = (ev.target as HTMLElement).closest<HTMLElement>('.tl-event');
      if (mark) dispatch({ type: 'setDay', dayIndex: Number(mark.dataset.day) });
    }),
  ];

  function showTip(target: EventTarget | null): void {
    const mark = (target as HTMLElement | null)?.closest<HTMLElement>('.tl-event');
    if (!mark) return;
    tip.textContent = mark.getAttribute('aria-label') ?? '';
    tip.style.left = mark.style.left;
    tip.hidden = false;
  }

  function render(view: TimelineView): void {
    current = view;
    const date = view.dates[view.dayIndex] ?? '';
    const name = view.playing ? t('pause', view.lang) : t('play', view.lang);
    setText(playIcon, view.playing ? '❚❚ ' : '▶ ');
    setText(playName, name);
    setAttr(play, 'aria-label', name);
    setAttr(play, 'aria-pressed', String(view.playing));
    const [lo, hi] = view.range ?? [0, Math.max(0, view.dates.length - 1)];
    if (slider.min !== String(lo)) slider.min = String(lo);
    if (slider.max !== String(hi)) slider.max = String(hi);
    if (slider.value !== String(view.dayIndex)) slider.value = String(view.dayIndex);
    setAttr(slider, 'aria-label', t('date', view.lang));
    const shown = formatDate(date, view.lang);
    setAttr(slider, 'aria-valuetext', `${date} · ${shown}`);
    setAttr(element, 'aria-label', t('timeline', view.lang));
    setText(label, shown);
    setAttr(label, 'datetime', date);
    const events = view.events ?? [];
    // Day and event lists are built once per metric and language and compared by identity:
    // a timeline step must not walk them.
    const key = [view.dates.length, lo, hi, view.lang, view.observationDays, events];
    if (!tickKey || key.some((k, i) => k !== tickKey?.[i])) {
      tickKey = key;
      // Marks sit where the slider's thumb is on that day: positions follow the range.
      const span = Math.max(1, hi - lo);
      const left = (d: number) => `${(100 * (d - lo)) / span}%`;
      const inRange = (d: number) => d >= lo && d <= hi;
      ticks.replaceChildren(
        ...view.observationDays.filter(inRange).map((d) => {
          const mark = h('span', { class: 'tl-tick' });
          mark.style.left = left(d);
          return mark;
        }),
      );
      marks.setAttribute('aria-label', t('event', view.lang));
      marks.replaceChildren(
        ...events
          .filter((e) => inRange(e.dayIndex))
          .map((e) => {
            const when = formatDate(view.dates[e.dayIndex] ?? '', view.lang);
            const text = `${when}${view.lang === 'zh' ? '：' : ': '}${e.text}`;
            const mark = h('button', {
              type: 'button',
              class: 'tl-event',
              'data-day': e.dayIndex,
              'data-event': e.id,
              'aria-label': text,
              title: text,
            });
            mark.style.left = left(e.dayIndex);
            return mark;
          }),
      );
      tip.hidden = true;
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
      return { type: 'setDay', dayIndex: view.range?.[0] ?? 0 };
    case 'End':
      return { type: 'setDay', dayIndex: view.range?.[1] ?? view.dates.length - 1 };
    case ' ':
      return { type: view.playing ? 'pause' : 'play' };
    default:
      return null;
  }
}

/** The play button with its icon and name apart: a phone shows the icon alone. */
function playButton(): [HTMLButtonElement, HTMLElement, HTMLElement] {
  const icon = h('span', { class: 'tl-play-icon', 'aria-hidden': 'true' });
  const name = h('span', { class: 'tl-play-name' });
  return [h('button', { type: 'button', class: 'tl-play' }, icon, name), icon, name];
}
