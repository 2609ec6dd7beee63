import type { RegionSeries } from '../core/regionSeries';
import { formatDate, formatNumber } from '../core/format';
import type { Lang } from './i18n';
import type { TimeAxis } from '../core/timeAxis';
import { SVG_NS } from './dom';

export interface ChartInput {
  series: RegionSeries;
  dates: readonly string[];
  /** The timeline's axis: the days drawn, where each lies, and the breaks between episodes. */
  axis: TimeAxis;
  dayIndex: number;
  unit: string;
  lang: Lang;
  /** Spoken summary of the chart. */
  label: string;
  width?: number;
  height?: number;
}

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/**
 * A small time-series chart: observed figures are marks (a bound is a
 * triangle pointing the way the truth lies), carried stretches are dashed
 * flat lines, interpolated stretches dotted slopes, days past the maximum age
 * a pale band, and the current day a vertical rule.
 */
export interface SeriesChart {
  svg: SVGSVGElement;
  /** Moves the marker of the day shown; a timeline step touches nothing else. */
  showDay(dayIndex: number): void;
}

export function seriesChart(input: ChartInput): SeriesChart {
  const width = input.width ?? 260;
  const height = input.height ?? 110;
  const m = { top: 8, right: 8, bottom: 18, left: 34 };
  const [d0, d1] = input.axis.range;
  const x = (d: number) => m.left + input.axis.at(d) * (width - m.left - m.right);
  const [lo, hi] = yDomain(input.series.extent, input.unit);
  const y = (v: number) =>
    height - m.bottom - ((v - lo) / (hi - lo || 1)) * (height - m.top - m.bottom);
  const inView = (a: number, b: number) => b >= d0 && a <= d1;

  const svg = el('svg', {
    class: 'series-chart',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': input.label,
  });
  svg.append(el('title', {}, input.label));

  svg.append(chartAxis(input, { width, height, m, x, y, lo, hi }));

  for (const [a, b] of input.series.stale) {
    if (!inView(a, b)) continue;
    svg.append(
      el('rect', {
        class: 'stale',
        x: x(a),
        y: m.top,
        width: Math.max(1, x(b) - x(a)),
        height: height - m.top - m.bottom,
      }),
    );
  }
  for (const s of input.series.stretches) {
    if (!inView(s.from, s.to)) continue;
    // A carried figure holds until the day after the stretch, where the next state begins.
    const flat = s.kind !== 'interpolated';
    const end = flat ? s.to + 1 : s.to;
    const toValue = flat ? s.fromValue : s.toValue;
    svg.append(
      el('line', {
        class: s.kind,
        x1: x(s.from),
        y1: y(s.fromValue),
        x2: x(Math.min(end, d1)),
        y2: y(toValue),
      }),
    );
  }
  for (const p of input.series.points) {
    if (p.day < d0 || p.day > d1) continue;
    const cx = x(p.day);
    const cy = y(p.value);
    const mark =
      p.qualifier === 'at_least'
        ? el('path', {
            class: 'point bound',
            d: `M${cx - 4},${cy + 3}L${cx + 4},${cy + 3}L${cx},${cy - 4}Z`,
          })
        : p.qualifier === 'at_most'
          ? el('path', {
              class: 'point bound',
              d: `M${cx - 4},${cy - 3}L${cx + 4},${cy - 3}L${cx},${cy + 4}Z`,
            })
          : el('circle', { class: 'point', cx, cy, r: 3.5 });
    mark.append(
      el(
        'title',
        {},
        `${formatDate(p.date, input.lang)}: ${p.qualifier === 'at_least' ? '≥' : p.qualifier === 'at_most' ? '≤' : p.qualifier === 'about' ? '≈' : ''}${formatNumber(p.value, input.lang, input.unit)}`,
      ),
    );
    svg.append(mark);
  }
  const today = el('line', { class: 'today', y1: m.top, y2: height - m.bottom });
  svg.append(today);
  const showDay = (day: number) => {
    const inRange = day >= d0 && day <= d1;
    today.setAttribute('visibility', inRange ? 'visible' : 'hidden');
    if (!inRange) return;
    today.setAttribute('x1', String(x(day)));
    today.setAttribute('x2', String(x(day)));
  };
  showDay(input.dayIndex);
  return { svg, showDay };
}

interface Frame {
  width: number;
  height: number;
  m: { top: number; right: number; bottom: number; left: number };
  x: (d: number) => number;
  y: (v: number) => number;
  lo: number;
  hi: number;
}

/**
 * The value range at the left, the first and last day at the bottom, and the track's breaks
 * at the same places: two slanted strokes across the date axis.
 */
function chartAxis(input: ChartInput, f: Frame): SVGGElement {
  const { width, height, m, x, y, lo, hi } = f;
  const [d0, d1] = input.axis.range;
  const axis = el('g', { class: 'axis' });
  axis.append(
    el('line', { x1: m.left, x2: width - m.right, y1: height - m.bottom, y2: height - m.bottom }),
    el(
      'text',
      { x: m.left - 4, y: y(hi) + 4, 'text-anchor': 'end' },
      formatNumber(hi, input.lang, input.unit),
    ),
    el(
      'text',
      { x: m.left - 4, y: y(lo) + 4, 'text-anchor': 'end' },
      formatNumber(lo, input.lang, input.unit),
    ),
    el(
      'text',
      { x: m.left, y: height - 4, 'text-anchor': 'start' },
      formatDate(input.dates[d0] ?? '', input.lang),
    ),
    el(
      'text',
      { x: width - m.right, y: height - 4, 'text-anchor': 'end' },
      formatDate(input.dates[d1] ?? '', input.lang),
    ),
  );
  const base = height - m.bottom;
  for (const b of input.axis.breaks) {
    const mid = (x(b.firstDay) + x(b.lastDay)) / 2;
    axis.append(
      el('path', {
        class: 'axis-break',
        d: `M${mid - 4},${base + 4}L${mid - 1},${base - 4}M${mid + 1},${base + 4}L${mid + 4},${base - 4}`,
      }),
    );
  }
  return axis;
}

/** Rates run up to 100 and start at a round ten below the lowest figure; counts start at 0. */
function yDomain(extent: [number, number] | null, unit: string): [number, number] {
  if (unit === '%') {
    const low = extent ? Math.min(extent[0], 100) : 0;
    return [Math.max(0, Math.floor((low - 5) / 10) * 10), Math.max(100, extent?.[1] ?? 100)];
  }
  const top = extent ? extent[1] : 1;
  if (!(top > 0)) return [0, 1];
  const step = 10 ** Math.floor(Math.log10(top));
  return [0, Math.ceil(top / step) * step];
}
