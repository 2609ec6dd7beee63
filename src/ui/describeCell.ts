import type { MapModel } from '../core/mapModel';
import type { Timeline } from '../core/timeline';
import type { Observation, Source } from '../core/types';
import { formatDate, formatSource, formatValue } from '../core/format';
import { t, type Lang } from './i18n';

/** What one region shows for one metric on one day, in words: shared by tooltip, labels and table. */
export interface CellText {
  value: string;
  status: string;
  date: string;
  source: string;
  observation: Observation | null;
  sourceRecord: Source | null;
}

export function describeCell(
  model: MapModel,
  timeline: Timeline,
  dayIndex: number,
  row: number,
  lang: Lang,
): CellText {
  const i = dayIndex * timeline.regions.length + row;
  const status = timeline.status[i] ?? 0;
  const obs = model.dataset.observations[timeline.obs[i] ?? -1] ?? null;
  if (status === 0 || !obs) {
    return {
      value: '—',
      status: t('noData', lang),
      date: '',
      source: '',
      observation: null,
      sourceRecord: null,
    };
  }
  const value = timeline.values[i] ?? NaN;
  const age = timeline.age[i] ?? 0;
  const shown = formatValue(value, obs.qualifier, obs.unit, lang);
  const statusText =
    status === 1
      ? t('observed', lang)
      : status === 2
        ? `${t('carried', lang)} (${lang === 'zh' ? `${age} ${t('daysOld', lang)}` : `${age} ${t('daysOld', lang)}`})`
        : status === 3
          ? t('interpolated', lang)
          : `${t('stale', lang)} (${age} ${t('daysOld', lang)})`;
  const basis =
    obs.dateBasis === 'published'
      ? `${t('noLaterThan', lang)} `
      : obs.dateBasis === 'period_end'
        ? `${t('periodEnd', lang)} `
        : '';
  const src = model.dataset.sources.find((s) => s.id === obs.source) ?? null;
  return {
    value: status === 4 ? '—' : status === 3 ? `~${shown}` : shown,
    status: statusText,
    date: `${t('asOf', lang)} ${basis}${formatDate(obs.date, lang)}`,
    source: formatSource(src, obs.source),
    observation: obs,
    sourceRecord: src,
  };
}
