import { metricLabel } from './pickers';
import { safeUrl } from '../core/safeUrl';
import { h, listen } from './dom';
import { fillIn, t, type Lang, type StringKey } from './i18n';
import { seriesChart } from './seriesChart';
import { describeCell, uncertainText, universeText } from './describeCell';
import { layerId } from '../core/layers';
import { regionSeries } from '../core/regionSeries';
import { formatDate, formatSource, formatValue } from '../core/format';
import type { MapModel } from '../core/mapModel';
import type { Timeline } from '../core/timeline';
import type { TimeAxis } from '../core/timeAxis';
import type { DateBasis, Observation } from '../core/types';
import { displayName, otherName } from '../core/displayName';

export interface DetailView {
  model: MapModel;
  /** Timeline row of the pinned region. */
  row: number;
  fill: Timeline;
  metric: string;
  dayIndex: number;
  /** The timeline's axis: the chart spans the same days, with the same breaks. */
  axis: TimeAxis;
  lang: Lang;
  /** Changes whenever what the chart draws changes apart from the day (options, metric). */
  styleKey: string;
}

const BASIS: Record<DateBasis, StringKey> = {
  stated: 'basisStated',
  period_end: 'basisPeriodEnd',
  published: 'basisPublished',
  not_before: 'basisNotBefore',
};

/**
 * The pinned region: its figure today, a small chart of the chosen metric,
 * and every figure the data holds for it, each with its source, how its date
 * is known, the phrase it was copied from and a link where there is one.
 */
export function createDetailPanel(onClose: () => void) {
  const element = h('aside', { class: 'detail', role: 'region' });
  element.hidden = true;
  const heading = h('h2', { class: 'detail-title', tabindex: '-1' });
  const close = h('button', { type: 'button', class: 'detail-close' }, '×');
  const now = h('p', { class: 'detail-now' });
  const chart = h('figure', { class: 'detail-chart' });
  const listTitle = h('h3', {});
  const list = h('ol', { class: 'obs-list' });
  element.append(h('div', { class: 'detail-head' }, heading, close), now, chart, listTitle, list);
  const off = [
    listen(close, 'click', onClose),
    listen(element, 'keydown', (ev) => {
      if (ev.key === 'Escape') onClose();
    }),
  ];
  let listKey = '';
  let chartKey = '';
  let showDay: ((dayIndex: number) => void) | null = null;

  function render(view: DetailView | null): void {
    if (!view) {
      // Written only when it changes: a step with no region pinned would otherwise make the
      // page restyle on every day.
      if (!element.hidden) element.hidden = true;
      listKey = '';
      chartKey = '';
      return;
    }
    const { model, row, lang } = view;
    const region = model.rows[row];
    if (!region) return;
    const wasHidden = element.hidden;
    element.hidden = false;
    const metricName = metricLabel(model.dataset, view.metric, lang);
    const name = displayName(region, lang);
    element.setAttribute('aria-label', `${t('details', lang)}: ${name}`);
    close.setAttribute('aria-label', t('close', lang));
    close.title = t('close', lang);

    const cell = describeCell(model, view.fill, view.dayIndex, row, lang);
    now.replaceChildren(
      ...present<Node | string>(
        h('span', { class: 'detail-metric' }, `${metricName}: `),
        h('strong', {}, cell.value),
        ` · ${cell.status}${cell.date && cell.date !== cell.status ? ` · ${cell.date}` : ''}`,
        cell.universe
          ? h('span', { class: 'detail-universe' }, `${t('universe', lang)}: ${cell.universe}`)
          : null,
        cell.others.length
          ? h(
              'span',
              { class: 'detail-others' },
              `${t('otherFigures', lang)}: `,
              ...cell.others.map((o) => h('span', { class: 'detail-other' }, o)),
            )
          : null,
      ),
    );

    // The chart is drawn once per region, metric and range; a timeline step moves its marker.
    const nextChart = `${row}|${view.styleKey}|${view.axis.range.join('-')}|${lang}`;
    if (nextChart !== chartKey) {
      chartKey = nextChart;
      showDay = drawChart(chart, view, name, metricName);
    }

    showDay?.(view.dayIndex);

    const nextList = `${row}|${lang}`;
    if (nextList !== listKey) {
      listKey = nextList;
      heading.replaceChildren(name, h('span', { class: 'detail-alt' }, otherName(region, lang)));
      const figures = model.dataset.observations
        .filter((o) => o.region === region.code)
        .sort((a, b) => a.date.localeCompare(b.date) || a.row - b.row);
      listTitle.textContent = `${t('allFigures', lang)} (${figures.length})`;
      const lostTo = losers(model);
      list.replaceChildren(...figures.map((o) => figureItem(model, o, lang, lostTo)));
      if (wasHidden) heading.focus({ preventScroll: true });
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

/** Draws the chart of one region's series; returns what moves its marker, if there is a chart. */
function drawChart(
  chart: HTMLElement,
  view: DetailView,
  name: string,
  metricName: string,
): ((dayIndex: number) => void) | null {
  const { model, row, lang } = view;
  const metric = model.dataset.metrics.find((m) => m.id === view.metric);
  const series = regionSeries(view.fill, row, model.dataset.observations);
  const [first, last] = view.axis.range;
  const shown = series.points.filter((p) => p.day >= first && p.day <= last);
  const label = fillIn(t('chartLabel', lang), {
    region: name,
    metric: metricName,
    n: shown.length,
  });
  const drawn = series.points.length
    ? seriesChart({
        series,
        dates: model.dates,
        axis: view.axis,
        dayIndex: view.dayIndex,
        unit: metric?.unit ?? '',
        lang,
        label,
      })
    : null;
  chart.replaceChildren(
    drawn?.svg ?? h('p', { class: 'detail-empty' }, `${metricName}: ${t('noFigures', lang)}`),
    h(
      'figcaption',
      {},
      h('span', { class: 'key-point' }),
      t('chartLegendObserved', lang),
      h('span', { class: 'key-carried' }),
      t('chartLegendCarried', lang),
    ),
  );
  return drawn?.showDay ?? null;
}

function present<T>(...items: (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

/** For each figure that loses a conflict: the reason, in both languages. */
function losers(model: MapModel): Map<Observation, { zh: string; en: string }> {
  const out = new Map<Observation, { zh: string; en: string }>();
  for (const c of model.dataset.conflicts) {
    for (const other of c.others) {
      const o = model.dataset.observations[other.obs];
      if (o) out.set(o, { zh: other.reasonZh, en: other.reasonEn });
    }
  }
  return out;
}

function figureItem(
  model: MapModel,
  o: Observation,
  lang: Lang,
  lostTo: Map<Observation, { zh: string; en: string }>,
): HTMLElement {
  const metric = model.dataset.metrics.find((m) => m.id === o.metric);
  const src = model.dataset.sources.find((s) => s.id === o.source);
  const label = metricLabel(model.dataset, layerId(o.metric, o.universe), lang);
  const when =
    o.dateBasis === 'published'
      ? `${t('noLaterThan', lang)} ${formatDate(o.date, lang)}`
      : o.dateBasis === 'not_before'
        ? uncertainText(o, lang)
        : formatDate(o.date, lang);
  const lost = lostTo.get(o);
  const of =
    o.denominator !== null
      ? ` (${t('denominator', lang)} ${formatValue(o.denominator, 'exact', metric?.unit === '%' ? '' : o.unit, lang)})`
      : '';
  return h(
    'li',
    { class: 'obs-item', 'data-basis': o.dateBasis },
    h(
      'div',
      { class: 'obs-head' },
      h('time', { datetime: o.date }, when),
      ' · ',
      h('span', { class: 'obs-basis' }, t(BASIS[o.dateBasis], lang)),
    ),
    h(
      'div',
      { class: 'obs-value' },
      `${label}: `,
      h('strong', {}, formatValue(o.value, o.qualifier, o.unit, lang)),
      of,
    ),
    o.subset
      ? h(
          'div',
          { class: 'obs-universe' },
          `${t('universe', lang)}: ${universeText(model, o, lang)}`,
        )
      : null,
    o.scope ? h('div', { class: 'obs-scope' }, `${t('scope', lang)}: ${o.scope}`) : null,
    lost
      ? h(
          'div',
          { class: 'obs-hidden' },
          `${t('notOnMap', lang)}: ${(lang === 'zh' ? lost.zh : lost.en) || t('noRuleGiven', lang)}`,
        )
      : null,
    h('blockquote', { class: 'obs-evidence', lang: 'zh' }, `“${o.evidence}”`),
    o.derivation
      ? h('div', { class: 'obs-derivation' }, `${t('derivation', lang)}: ${o.derivation}`)
      : null,
    h(
      'div',
      { class: 'obs-source' },
      `${t('source', lang)}: `,
      formatSource(src, o.source),
      src?.external ? ` (${t('otherReport', lang)})` : '',
      src?.url && safeUrl(src.url, document.baseURI)
        ? h(
            'a',
            {
              href: safeUrl(src.url, document.baseURI) ?? '',
              target: '_blank',
              rel: 'noopener noreferrer',
              class: 'obs-link',
            },
            t('link', lang),
          )
        : null,
    ),
  );
}
