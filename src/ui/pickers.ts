import { h, listen } from './dom';
import type { Metric } from '../core/types';
import type { Lang } from './i18n';

/** A labelled <select>; its options are rebuilt only when the choices or language change. */
export function createPicker(label: (lang: Lang) => string, onChange: (value: string) => void) {
  const select = h('select', {});
  const caption = h('span', {});
  const element = h('label', { class: 'picker' }, caption, select);
  let key = '';
  const off = listen(select, 'change', () => onChange(select.value));
  return {
    element,
    render(options: { value: string; label: string }[], value: string, lang: Lang) {
      const next = lang + options.map((o) => o.value + o.label).join('|');
      if (next !== key) {
        key = next;
        caption.textContent = label(lang);
        select.replaceChildren(...options.map((o) => h('option', { value: o.value }, o.label)));
      }
      select.value = value;
    },
    destroy() {
      off();
      element.remove();
    },
  };
}

/** A metric's name in the language; an unknown id stands for itself. */
export function metricLabel(metrics: readonly Metric[], id: string, lang: Lang): string {
  const m = metrics.find((x) => x.id === id);
  return m ? (lang === 'zh' ? m.labelZh : m.labelEn) : id;
}

export function metricOptions(metrics: Metric[], lang: Lang, layer: Metric['layer']) {
  return metrics
    .filter((m) => m.layer === layer)
    .map((m) => ({ value: m.id, label: metricLabel(metrics, m.id, lang) }));
}
