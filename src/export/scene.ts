import type { CompositionText, LegendEntry } from '../core/exportLayout';
import { creditLine, mapAttribution, sourceName, sourcesOnMap } from '../core/credit';
import { formatDate } from '../core/format';
import { t } from '../ui/i18n';
import type { LegendModel } from '../core/legendModel';
import { STYLE_TOKENS } from '../core/styleTokens';
import type { ExportSource } from './source';

/** The sources, by name, of every figure the map shows on the given days (fill and points). */
function publishersOn(src: ExportSource, days: readonly number[]): string[] {
  const { model } = src;
  const publisher = new Map(model.dataset.sources.map((x) => [x.id, sourceName(x)]));
  return sourcesOnMap(model, src.state(), days).map((id) => publisher.get(id) ?? id);
}

/** Statuses an export's legend explains: the page's hatching and marks are not drawn in an export. */
const EXPORT_STATUSES = new Set(['observed', 'carried', 'stale']);

function legendSections(l: LegendModel): LegendEntry[][] {
  const fill: LegendEntry[] = [
    { kind: 'heading', text: l.title },
    ...l.classes.map((c): LegendEntry => ({ kind: 'swatch', text: c.label, fill: c.color })),
    { kind: 'swatch', text: l.noData.label, fill: l.noData.color, hatch: true },
  ];
  const status = l.statuses
    .filter((x) => EXPORT_STATUSES.has(x.kind))
    .map((x): LegendEntry =>
      // A stale region is drawn outlined and unfilled on the exported map.
      x.kind === 'stale' || !x.color
        ? { kind: 'swatch', text: x.label, fill: STYLE_TOKENS.transparent, outline: true }
        : { kind: 'swatch', text: x.label, fill: x.color },
    );
  const sections = [fill, status];
  const points = l.points;
  if (points && points.circles.length) {
    sections.push([
      { kind: 'heading', text: points.title },
      ...points.circles.map((p): LegendEntry => ({
        kind: 'circle',
        text: p.label,
        radius: p.radius,
        fill: points.fill,
        stroke: points.stroke,
      })),
    ]);
  }
  return sections;
}

/**
 * The words and legend of an export. `creditDays` are the days whose sources the credit
 * names: the day shown for a still, the whole range for an animation (so the layout is the
 * same in every frame).
 */
export function compositionText(
  src: ExportSource,
  day: number,
  creditDays: readonly number[] = [day],
): CompositionText {
  const s = src.state();
  const lang = s.lang;
  const date = src.model.dates[day] ?? s.date;
  const l = src.legend();
  return {
    title: t('title', lang),
    subtitle: `${l.title} · ${formatDate(date, lang)}`,
    credit: creditLine(publishersOn(src, creditDays), lang, { boundaries: src.credit.boundaries }),
    attribution: mapAttribution(src.credit),
    legend: legendSections(l),
  };
}

/** Text of the date line alone: what changes from frame to frame of an animation. */
export function subtitleFor(src: ExportSource, day: number): string {
  const s = src.state();
  return `${src.legend().title} · ${formatDate(src.model.dates[day] ?? s.date, s.lang)}`;
}
