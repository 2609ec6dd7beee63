import { h } from './dom';
import { t, type Lang } from './i18n';
import type { ColorScale } from '../core/colorScale';
import { formatNumber } from '../core/format';

export interface LegendInput {
  lang: Lang;
  fillTitle: string;
  colors: ColorScale;
  pointsTitle: string | null;
  pointUnit: string;
  radius: (v: number) => number;
  pointMax: number;
}

const css = (c: readonly number[]) => `rgba(${c[0]},${c[1]},${c[2]},${(c[3] ?? 255) / 255})`;

/**
 * The legend explains colours, sizes and what faded, outlined or hatched regions mean.
 * It is built from the fixed scales, so it never changes while the timeline plays.
 */
export function createLegend() {
  // Focusable: in a short map the legend scrolls, and a keyboard must be able to scroll it.
  const element = h('section', { class: 'legend', tabindex: 0 });
  let key = '';
  return {
    element,
    render(input: LegendInput) {
      const nextKey = [
        input.lang,
        input.fillTitle,
        input.pointsTitle,
        input.pointMax,
        input.colors.legend.length,
        input.colors.kind,
      ].join('|');
      if (nextKey === key) return;
      key = nextKey;
      const { lang, colors } = input;
      const swatch = (fill: string, extra = '') =>
        styled(h('span', { class: `sw ${extra}` }), { background: fill });
      const base = colors.legend[Math.max(0, colors.legend.length - 2)]?.color ?? [80, 120, 160];
      element.setAttribute('aria-label', lang === 'zh' ? '图例' : 'Legend');
      element.replaceChildren(
        h('h2', {}, input.fillTitle),
        h(
          'ul',
          { class: 'lg-classes' },
          ...colors.legend.map((item) => h('li', {}, swatch(css(item.color)), item.label)),
          h('li', {}, swatch(css(colors.noData), 'nodata'), t('noData', lang)),
        ),
        h(
          'p',
          { class: 'lg-note' },
          t(colors.kind === 'bins' ? 'binsNote' : 'continuousNote', lang),
        ),
        h(
          'ul',
          { class: 'lg-status' },
          h('li', {}, swatch(css([...base, 235])), t('observed', lang)),
          h('li', {}, swatch(css([...base, 110])), t('carried', lang)),
          h('li', {}, swatch(css([...base, 165]), 'interp'), t('interpolated', lang)),
          h('li', {}, swatch(css([...base, 150]), 'uncertain'), t('uncertain', lang)),
          h('li', {}, swatch(css(colors.noData), 'nodata'), t('stale', lang)),
          h('li', {}, h('span', { class: 'sw bound' }, '≥'), t('bound', lang)),
          h('li', {}, h('span', { class: 'sw anchor' }), t('anchorNote', lang)),
          h('li', {}, h('span', { class: 'sw event' }), t('eventNote', lang)),
        ),
        ...(input.pointsTitle ? [pointsLegend(input)] : []),
      );
    },
    destroy() {
      element.remove();
    },
  };
}

function pointsLegend(input: LegendInput): HTMLElement {
  const refs = niceSteps(input.pointMax);
  return h(
    'div',
    { class: 'lg-points' },
    h('h2', {}, input.pointsTitle ?? ''),
    h(
      'ul',
      {},
      ...refs.map((v) => {
        const r = input.radius(v);
        return h(
          'li',
          {},
          styled(h('span', { class: 'circle' }), { width: `${2 * r}px`, height: `${2 * r}px` }),
          formatNumber(v, input.lang, input.pointUnit),
        );
      }),
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

function niceSteps(max: number): number[] {
  if (!(max > 0)) return [];
  const p = 10 ** Math.floor(Math.log10(max));
  const top = Math.floor(max / p) * p;
  return [top / 10, top / 2, top].filter((v, i, a) => v > 0 && a.indexOf(v) === i);
}
