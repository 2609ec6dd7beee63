import { h } from './dom';
import type { CellText } from './describeCell';
import { t, type Lang } from './i18n';

export interface TooltipContent {
  region: string;
  rows: { metric: string; cell: CellText }[];
  lang: Lang;
}

/** A hover card: value, date and its basis, status and source for each shown metric. */
export function createTooltip(parent: HTMLElement) {
  const el = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  parent.append(el);
  return {
    show(content: TooltipContent, x: number, y: number) {
      const { lang } = content;
      el.replaceChildren(
        h('div', { class: 'tt-region' }, content.region),
        ...content.rows.map(({ metric, cell }) =>
          h(
            'div',
            { class: 'tt-metric' },
            h('div', { class: 'tt-value' }, `${metric}: `, h('strong', {}, cell.value)),
            cell.universe
              ? h('div', { class: 'tt-line' }, `${t('universe', lang)}: ${cell.universe}`)
              : null,
            h('div', { class: 'tt-line' }, `${t('status', lang)}: ${cell.status}`),
            cell.date && cell.date !== cell.status
              ? h('div', { class: 'tt-line' }, cell.date)
              : null,
            cell.observation
              ? h(
                  'blockquote',
                  { class: 'tt-evidence', lang: 'zh' },
                  `“${cell.observation.evidence}”`,
                )
              : null,
            cell.source
              ? h('div', { class: 'tt-source' }, `${t('source', lang)}: ${cell.source}`)
              : null,
            cell.others.length
              ? h(
                  'div',
                  { class: 'tt-others' },
                  h('div', {}, `${t('otherFigures', lang)}:`),
                  ...cell.others.map((o) => h('div', { class: 'tt-other' }, o)),
                )
              : null,
          ),
        ),
      );
      el.hidden = false;
      const box = parent.getBoundingClientRect();
      const left = Math.min(x + 14, box.width - el.offsetWidth - 6);
      const top = Math.min(y + 14, box.height - el.offsetHeight - 6);
      el.style.left = `${Math.max(4, left)}px`;
      el.style.top = `${Math.max(4, top)}px`;
    },
    hide() {
      if (!el.hidden) el.hidden = true;
    },
    destroy() {
      el.remove();
    },
  };
}
