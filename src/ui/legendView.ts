import { h, listen, uniqueId } from './dom';
import { t, type Lang } from './i18n';
import type { LegendModel, StatusKind } from '../core/legendModel';
import { cssColor } from '../core/styleTokens';

/** The page's style-sheet class of each status swatch (hatching, outline, marks). */
const STATUS_CLASS: Record<StatusKind, string> = {
  observed: '',
  carried: '',
  interpolated: 'interp',
  uncertain: 'uncertain',
  stale: 'nodata',
  bound: 'bound',
  anchor: 'anchor',
  event: 'event',
};

/**
 * The legend explains colours, sizes and what faded, outlined or hatched regions mean.
 * It is built from the fixed scales, so it never changes while the timeline plays.
 */
export function createLegend() {
  // Focusable: in a short map the legend scrolls, and a keyboard must be able to scroll it.
  const element = h('section', { class: 'legend', tabindex: 0 });
  const content = h('div', { class: 'lg-body', id: uniqueId('rmap-legend') });
  // On a phone the legend is one line of colours; this button shows the rest.
  const toggle = h('button', {
    type: 'button',
    class: 'lg-toggle',
    'aria-expanded': 'false',
    'aria-controls': content.id,
  });
  element.append(toggle, content);
  const offToggle = listen(toggle, 'click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    element.classList.toggle('expanded', open);
  });
  let key = '';
  return {
    element,
    render(legend: LegendModel, lang: Lang) {
      const nextKey = `${lang}|${JSON.stringify(legend)}`;
      if (nextKey === key) return;
      key = nextKey;
      toggle.textContent = t('legend', lang);
      toggle.setAttribute('aria-label', t('showLegend', lang));
      const swatch = (fill: string, extra = '') =>
        styled(h('span', { class: `sw ${extra}` }), { background: fill });
      element.setAttribute('aria-label', t('legend', lang));
      content.replaceChildren(
        h('h2', {}, legend.title),
        h(
          'ul',
          { class: 'lg-classes' },
          ...legend.classes.map((item) => h('li', {}, swatch(cssColor(item.color)), item.label)),
          h('li', {}, swatch(cssColor(legend.noData.color), 'nodata'), legend.noData.label),
        ),
        h('p', { class: 'lg-note' }, legend.note),
        h(
          'ul',
          { class: 'lg-status' },
          ...legend.statuses.map((x) => {
            const cls = STATUS_CLASS[x.kind];
            const mark = x.color
              ? swatch(cssColor(x.color), cls)
              : h('span', { class: `sw ${cls}` }, x.kind === 'bound' ? '≥' : null);
            return h('li', {}, mark, x.label);
          }),
        ),
        ...(legend.points ? [pointsLegend(legend.points)] : []),
      );
    },
    destroy() {
      offToggle();
      element.remove();
    },
  };
}

function pointsLegend(points: NonNullable<LegendModel['points']>): HTMLElement {
  return h(
    'div',
    { class: 'lg-points' },
    h('h2', {}, points.title),
    h(
      'ul',
      {},
      ...points.circles.map(({ radius: r, label }) =>
        h(
          'li',
          {},
          styled(h('span', { class: 'circle' }), { width: `${2 * r}px`, height: `${2 * r}px` }),
          label,
        ),
      ),
    ),
  );
}

/**
 * Sets computed styles through the CSSOM: a `style` attribute would need 'unsafe-inline'
 * under a strict Content-Security-Policy, a property set from script does not.
 */
function styled<E extends HTMLElement>(el: E, styles: Record<string, string>): E {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value);
  return el;
}
