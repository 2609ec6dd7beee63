import { h, labelFor, listen } from './dom';
import { t, type Lang } from './i18n';
import type { Action, ScaleMode } from '../core/appState';
import { MAX_AGE_LIMIT } from '../core/appState';

export interface SettingsView {
  lang: Lang;
  interpolate: boolean;
  maxAgeDays: number;
  scaleMode: ScaleMode;
}

/**
 * How honest time is drawn: whether to draw estimates between two figures
 * (off by default, and always marked as estimates), how long a figure may be
 * carried before it reads "no recent data", and classes or a continuous ramp.
 */
export function createSettingsPanel(dispatch: (a: Action) => void) {
  const interpolate = h('input', { type: 'checkbox', class: 'st-interpolate' });
  const interpolateCaption = h('span', {});
  const maxAge = h('input', {
    type: 'number',
    class: 'st-max-age',
    min: 0,
    max: MAX_AGE_LIMIT,
    step: 1,
    inputmode: 'numeric',
  });
  const maxAgeCaption = h('span', {});
  const scale = h('select', { class: 'st-scale' });
  const scaleCaption = h('span', {});
  const element = h(
    'fieldset',
    { class: 'settings' },
    h('legend', { class: 'sr-only' }),
    h(
      'span',
      { class: 'picker' },
      interpolate,
      labelFor(interpolate, interpolateCaption, 'rmap-interpolate'),
    ),
    h('span', { class: 'picker' }, labelFor(maxAge, maxAgeCaption, 'rmap-max-age'), maxAge),
    h('span', { class: 'picker' }, labelFor(scale, scaleCaption, 'rmap-scale'), scale),
  );
  const legend = element.querySelector('legend') as HTMLLegendElement;

  const commitAge = () => {
    // An empty or half-typed field is not a setting yet; the shown value comes back on render.
    // Out-of-range numbers are clamped by the reducer.
    if (maxAge.value.trim() === '' || !Number.isFinite(Number(maxAge.value))) return;
    dispatch({ type: 'setMaxAge', maxAgeDays: Number(maxAge.value) });
  };
  const off = [
    listen(interpolate, 'change', () =>
      dispatch({ type: 'setInterpolate', interpolate: interpolate.checked }),
    ),
    listen(maxAge, 'change', commitAge),
    listen(maxAge, 'blur', () => {
      maxAge.value = String(lastAge);
    }),
    listen(maxAge, 'keydown', (ev) => {
      if (ev.key === 'Enter') commitAge();
    }),
    listen(scale, 'change', () =>
      dispatch({
        type: 'setScaleMode',
        scaleMode: scale.value === 'continuous' ? 'continuous' : 'bins',
      }),
    ),
  ];

  let key = '';
  let lastAge = 0;
  return {
    element,
    render(view: SettingsView): void {
      if (key !== view.lang) {
        key = view.lang;
        legend.textContent = t('settings', view.lang);
        interpolateCaption.textContent = t('interpolate', view.lang);
        maxAgeCaption.textContent = t('maxAge', view.lang);
        scaleCaption.textContent = t('scaleMode', view.lang);
        scale.replaceChildren(
          h('option', { value: 'bins' }, t('scaleBins', view.lang)),
          h('option', { value: 'continuous' }, t('scaleContinuous', view.lang)),
        );
      }
      if (interpolate.checked !== view.interpolate) interpolate.checked = view.interpolate;
      lastAge = view.maxAgeDays;
      // Never overwrite what the reader is typing; blur puts the setting back if it was not taken.
      const age = String(view.maxAgeDays);
      if (document.activeElement !== maxAge && maxAge.value !== age) maxAge.value = age;
      if (scale.value !== view.scaleMode) scale.value = view.scaleMode;
    },
    destroy() {
      off.forEach((f) => f());
      element.remove();
    },
  };
}
