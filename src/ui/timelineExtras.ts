import { h, labelFor, listen } from './dom';
import { t, type Lang } from './i18n';
import type { Action } from '../core/appState';
import { ALL_DATES, type Episode } from '../core/episodes';

/** Playback speeds offered: half a step to eight steps per tick of the base rate. */
const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 8];

export interface TimelineExtrasView {
  lang: Lang;
  speed: number;
  loop: boolean;
  episode: string;
  episodes: readonly Episode[];
}

/**
 * The controls around the slider: step a day, jump to the previous or next
 * day that holds a figure, speed, loop, and the episode that rescales the
 * slider. Each is a native control with a visible or spoken name, so it works
 * from the keyboard with no extra handling.
 */
export function createTimelineExtras(dispatch: (a: Action) => void) {
  const button = (cls: string, text: string) => h('button', { type: 'button', class: cls }, text);
  const back = button('tl-step-back', '‹');
  const forward = button('tl-step-forward', '›');
  const prevObs = button('tl-prev-obs', '⇤');
  const nextObs = button('tl-next-obs', '⇥');
  const speed = h('select', { class: 'tl-speed' });
  const speedCaption = h('span', {});
  const loop = h('input', { type: 'checkbox', class: 'tl-loop' });
  const loopCaption = h('span', {});
  const episode = h('select', { class: 'tl-episode' });
  const episodeCaption = h('span', {});

  /** Before the slider: back a figure, back a day. */
  const before = h('div', { class: 'tl-nav' }, prevObs, back);
  /** After the slider: forward a day, forward a figure. */
  const after = h('div', { class: 'tl-nav' }, forward, nextObs);
  /** A row of options under the slider. */
  const options = h(
    'div',
    { class: 'tl-options' },
    h('span', { class: 'picker' }, labelFor(episode, episodeCaption, 'rmap-episode'), episode),
    h('span', { class: 'picker' }, labelFor(speed, speedCaption, 'rmap-speed'), speed),
    h('span', { class: 'picker' }, loop, labelFor(loop, loopCaption, 'rmap-loop')),
  );

  const off = [
    listen(back, 'click', () => dispatch({ type: 'step', delta: -1 })),
    listen(forward, 'click', () => dispatch({ type: 'step', delta: 1 })),
    listen(prevObs, 'click', () => dispatch({ type: 'jumpObservation', direction: -1 })),
    listen(nextObs, 'click', () => dispatch({ type: 'jumpObservation', direction: 1 })),
    listen(speed, 'change', () => dispatch({ type: 'setSpeed', speed: Number(speed.value) })),
    listen(loop, 'change', () => dispatch({ type: 'toggleLoop' })),
    listen(episode, 'change', () => dispatch({ type: 'setEpisode', episode: episode.value })),
  ];

  let shownLang: Lang | null = null;
  let shownEpisodes: TimelineExtrasView['episodes'] | null = null;
  function render(view: TimelineExtrasView): void {
    const { lang } = view;
    // The episode list is built once per dataset: compared by identity, never walked per step.
    if (lang !== shownLang || view.episodes !== shownEpisodes) {
      shownLang = lang;
      shownEpisodes = view.episodes;
      const name = (el: HTMLElement, k: Parameters<typeof t>[0]) => {
        el.setAttribute('aria-label', t(k, lang));
        el.title = t(k, lang);
      };
      name(back, 'stepBack');
      name(forward, 'stepForward');
      name(prevObs, 'prevObservation');
      name(nextObs, 'nextObservation');
      speedCaption.textContent = t('speed', lang);
      loopCaption.textContent = t('loop', lang);
      episodeCaption.textContent = t('episode', lang);
      speed.replaceChildren(
        ...SPEEDS.map((v) => h('option', { value: String(v) }, `${String(v)}×`)),
      );
      episode.replaceChildren(
        h('option', { value: ALL_DATES }, t('allDates', lang)),
        ...view.episodes.map((e) => h('option', { value: e.id }, e.label[lang])),
      );
    }
    // A speed set elsewhere (an embedding page) that is not offered shows as the nearest one.
    const speedValue = String(nearest(SPEEDS, view.speed));
    if (speed.value !== speedValue) speed.value = speedValue;
    if (loop.checked !== view.loop) loop.checked = view.loop;
    const episodeValue = view.episodes.some((e) => e.id === view.episode)
      ? view.episode
      : ALL_DATES;
    if (episode.value !== episodeValue) episode.value = episodeValue;
  }

  return {
    before,
    after,
    options,
    render,
    destroy() {
      off.forEach((f) => f());
      before.remove();
      after.remove();
      options.remove();
    },
  };
}

function nearest(list: readonly number[], v: number): number {
  let best = list[0] ?? v;
  for (const x of list) if (Math.abs(x - v) < Math.abs(best - v)) best = x;
  return best;
}
