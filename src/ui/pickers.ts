import { h, listen } from './dom';
import type { Dataset } from '../core/types';
import { layerLabel, type LayerInfo } from '../core/layers';
import type { Lang } from './i18n';

export interface PickerOption {
  value: string;
  label: string;
  /** Options with the same group sit under one heading (<optgroup>). */
  group?: string;
}

/** A labelled <select>; its options are rebuilt only when the choices or language change. */
export function createPicker(label: (lang: Lang) => string, onChange: (value: string) => void) {
  const select = h('select', {});
  const caption = h('span', {});
  const element = h('label', { class: 'picker' }, caption, select);
  let key = '';
  const off = listen(select, 'change', () => onChange(select.value));
  return {
    element,
    render(options: PickerOption[], value: string, lang: Lang) {
      const next = lang + options.map((o) => `${o.group ?? ''}/${o.value}/${o.label}`).join('|');
      if (next !== key) {
        key = next;
        caption.textContent = label(lang);
        // A dataset with nothing to choose (own data without counts has no circles) shows a
        // disabled "—" rather than an empty list.
        select.replaceChildren(
          ...(options.length > 0 ? grouped(options) : [h('option', { value: '' }, '—')]),
        );
        select.disabled = options.length === 0;
      }
      select.value = value;
    },
    destroy() {
      off();
      element.remove();
    },
  };
}

function grouped(options: PickerOption[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  let group: HTMLElement | null = null;
  let groupName: string | undefined;
  for (const o of options) {
    const option = h('option', { value: o.value }, o.label);
    if (o.group === undefined) {
      group = null;
      out.push(option);
      continue;
    }
    if (!group || o.group !== groupName) {
      groupName = o.group;
      group = h('optgroup', { label: o.group });
      out.push(group);
    }
    group.append(option);
  }
  return out;
}

/**
 * A layer's name in the language, "复工率 · 规上工业企业", so a reader sees what is counted;
 * an unknown id stands for itself.
 */
export function metricLabel(
  dataset: Pick<Dataset, 'metrics' | 'universes'>,
  id: string,
  lang: Lang,
): string {
  return layerLabel(id, dataset, lang);
}

/** Every layer with data, grouped under its metric's name. */
export function metricOptions(layers: readonly LayerInfo[], lang: Lang): PickerOption[] {
  return layers.map((l) => ({
    value: l.id,
    label: layerLabel(l.id, { metrics: [l.metric], universes: [l.universe] }, lang),
    group: lang === 'zh' ? l.metric.labelZh : l.metric.labelEn,
  }));
}
