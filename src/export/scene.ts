import type { CompositionText, LegendEntry } from '../core/exportLayout';
import { creditLine, sourcesOnMap } from '../core/credit';
import { formatDate } from '../core/format';
import { t } from '../ui/i18n';
import type { ExportSource } from './source';

/** Publishers of every figure the map shows on the given days (fill and points). */
function publishersOn(src: ExportSource, days: readonly number[]): string[] {
  const { model } = src;
  const publisher = new Map(model.dataset.sources.map((x) => [x.id, x.publisher]));
  return sourcesOnMap(model, src.state(), days).map((id) => publisher.get(id) ?? id);
}

function legendSections(src: ExportSource): LegendEntry[][] {
  const lang = src.state().lang;
  const l = src.legend();
  const fill: LegendEntry[] = [
    { kind: 'heading', text: l.fillTitle },
    ...l.classes.map((c): LegendEntry => ({ kind: 'swatch', text: c.label, fill: c.color })),
    { kind: 'swatch', text: t('noData', lang), fill: l.noData, hatch: true },
  ];
  const status: LegendEntry[] = [
    { kind: 'swatch', text: t('observed', lang), fill: l.observed },
    { kind: 'swatch', text: t('carried', lang), fill: l.carried },
    { kind: 'swatch', text: t('stale', lang), fill: [255, 255, 255, 0], outline: true },
  ];
  const sections = [fill, status];
  if (l.pointsTitle && l.points.length) {
    sections.push([
      { kind: 'heading', text: l.pointsTitle },
      ...l.points.map((p): LegendEntry => ({
        kind: 'circle',
        text: p.label,
        radius: p.radius,
        fill: l.pointFill,
        stroke: l.pointStroke,
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
    subtitle: `${l.fillTitle} · ${formatDate(date, lang)}`,
    credit: creditLine(publishersOn(src, creditDays), lang),
    attribution: src.attribution,
    legend: legendSections(src),
  };
}

/** Text of the date line alone: what changes from frame to frame of an animation. */
export function subtitleFor(src: ExportSource, day: number): string {
  const s = src.state();
  return `${src.legend().fillTitle} · ${formatDate(src.model.dates[day] ?? s.date, s.lang)}`;
}
