import { h, listen, setAttr, setText, SVG_NS } from './dom';
import { fillIn, t, type Lang } from './i18n';
import { formatDate } from '../core/format';
import type { AxisBreak, TimeAxis } from '../core/timeAxis';

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
  /**
   * Where the days lie along the track: the chosen episode's days evenly, or the whole period
   * with its empty stretches compressed to breaks. Compared by identity.
   */
  axis: TimeAxis;
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
  const breaks = h('div', { class: 'tl-breaks' });
  const ticks = h('div', { class: 'tl-ticks', 'aria-hidden': 'true' });
  const marks = h('div', { class: 'tl-events', role: 'group' });
  const tip = h('div', { class: 'tl-event-tip', hidden: true });
  const track = h('div', { class: 'tl-track' }, breaks, slider, ticks, marks, tip);
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
    listen(slider, 'input', () => {
      if (!current) return;
      const { axis } = current;
      dispatch({ type: 'setDay', dayIndex: axis.dayAt(Number(slider.value) - axis.range[0]) });
    }),
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
    // The slider's values are positions along the axis, counted from the range's first day:
    // over one episode a value is the day itself.
    const { axis } = view;
    const [lo] = axis.range;
    const max = String(lo + axis.steps);
    const value = String(lo + Math.round(axis.position(view.dayIndex)));
    if (slider.min !== String(lo)) slider.min = String(lo);
    if (slider.max !== max) slider.max = max;
    if (slider.value !== value) slider.value = value;
    setAttr(slider, 'aria-label', t('date', view.lang));
    const shown = formatDate(date, view.lang);
    setAttr(slider, 'aria-valuetext', `${date} · ${shown}`);
    setAttr(element, 'aria-label', t('timeline', view.lang));
    setText(label, shown);
    setAttr(label, 'datetime', date);
    const events = view.events ?? [];
    // Day and event lists are built once per metric and language and compared by identity:
    // a timeline step must not walk them.
    const key = [view.dates.length, axis, view.lang, view.observationDays, events];
    if (!tickKey || key.some((k, i) => k !== tickKey?.[i])) {
      tickKey = key;
      drawMarks(view, { breaks, ticks, marks });
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

/**
 * The breaks, the ticks of days with a figure and the event buttons, each where the slider's
 * thumb is on its day: positions follow the axis.
 */
function drawMarks(
  view: TimelineView,
  { breaks, ticks, marks }: { breaks: HTMLElement; ticks: HTMLElement; marks: HTMLElement },
): void {
  const { axis } = view;
  const [lo, hi] = axis.range;
  const events = view.events ?? [];
  const left = (d: number) => `${100 * axis.at(d)}%`;
  const inRange = (d: number) => d >= lo && d <= hi;
  breaks.replaceChildren(...axis.breaks.map((b) => breakMark(b, view)));
  ticks.replaceChildren(tickMarks(view.observationDays.filter(inRange).map((d) => axis.at(d))));
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
}

// The ticks' coordinate space across the track: a tick at a fraction x of it is drawn at
// x * TICK_SPACE, and the drawing is stretched to the track's width.
const TICK_SPACE = 1000;

/**
 * A tick for each day with a figure, as one path: a day's own element for each of a thousand
 * days made the page lay out a thousand more boxes, a tenth of a second, before the map's
 * first frame.
 */
function tickMarks(positions: readonly number[]): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${TICK_SPACE} 1`);
  svg.setAttribute('preserveAspectRatio', 'none');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', positions.map((x) => `M${(x * TICK_SPACE).toFixed(2)} 0V1`).join(''));
  svg.append(path);
  return svg;
}

/**
 * A compressed stretch of the track, drawn as two slanted strokes across the rail (the usual sign of
 * a broken axis) and named for screen readers and on hover: the days it stands for hold no
 * figure.
 */
function breakMark(b: AxisBreak, view: TimelineView): HTMLElement {
  const from = formatDate(view.dates[b.firstDay] ?? '', view.lang);
  const to = formatDate(view.dates[b.lastDay] ?? '', view.lang);
  const text = fillIn(t('axisBreak', view.lang), { from, to });
  const mark = h('span', { class: 'tl-break', role: 'img', 'aria-label': text, title: text });
  mark.style.left = `${100 * b.from}%`;
  mark.style.width = `${100 * (b.to - b.from)}%`;
  return mark;
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
      return { type: 'setDay', dayIndex: view.axis.range[0] };
    case 'End':
      return { type: 'setDay', dayIndex: view.axis.range[1] };
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
