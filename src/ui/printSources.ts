import { h } from './dom';
import { t, type Lang } from './i18n';
import type { MapModel } from '../core/mapModel';
import { sourcesOnMap } from '../core/credit';
import { formatDate } from '../core/format';

export interface PrintSourcesInput {
  dayIndex: number;
  metric: string;
  points: string | null;
  interpolate: boolean;
  maxAgeDays: number;
  lang: Lang;
}

/**
 * The sources of the figures on the map, listed in full for print only (screen readers
 * and the screen have them in tooltips and the credit line).
 */
export function createPrintSources(model: MapModel) {
  const element = h('section', { class: 'print-sources', 'aria-hidden': 'true' });
  let key = '';
  return {
    element,
    render(s: PrintSourcesInput) {
      const ids = sourcesOnMap(model, s, [s.dayIndex]);
      const next = `${s.lang}|${ids.join(',')}`;
      if (next === key) return;
      key = next;
      const byId = new Map(model.dataset.sources.map((x) => [x.id, x]));
      element.replaceChildren(
        h('h2', {}, t('sources', s.lang)),
        h(
          'ol',
          {},
          ...ids.map((id) => {
            const src = byId.get(id);
            if (!src) return h('li', {}, id);
            const parts = [src.publisher, src.title ? `“${src.title}”` : ''];
            if (src.published) parts.push(formatDate(src.published, s.lang));
            if (src.url) parts.push(src.url);
            return h('li', {}, parts.filter(Boolean).join(t('listSeparator', s.lang)));
          }),
        ),
      );
    },
  };
}
