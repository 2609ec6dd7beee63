import type { MapModel } from '../core/mapModel';
import type { Timeline } from '../core/timeline';
import { Status } from '../core/status';
import type { Observation, Source } from '../core/types';
import { formatDate, formatSource, formatValue } from '../core/format';
import { t, type Lang } from './i18n';

/** What one region shows for one layer on one day, in words: shared by tooltip, labels and table. */
export interface CellText {
  value: string;
  status: string;
  date: string;
  source: string;
  /** What the figure counts: the universe, and the subset the source counted where it did. */
  universe: string;
  observation: Observation | null;
  sourceRecord: Source | null;
  /** Other figures for the same region, layer and day that the map does not show, and why. */
  others: string[];
}

const EMPTY = {
  value: '—',
  date: '',
  source: '',
  universe: '',
  observation: null,
  sourceRecord: null,
  others: [],
};

export function describeCell(
  model: MapModel,
  timeline: Timeline,
  dayIndex: number,
  row: number,
  lang: Lang,
): CellText {
  const i = dayIndex * timeline.regions.length + row;
  const status = (timeline.status[i] ?? Status.None) as Status;
  const obsIndex = timeline.obs[i] ?? -1;
  const obs = model.dataset.observations[obsIndex] ?? null;
  if (status === Status.None || !obs) return { ...EMPTY, status: t('noData', lang) };
  const value = timeline.values[i] ?? NaN;
  const age = timeline.age[i] ?? 0;
  const shown = formatValue(value, obs.qualifier, obs.unit, lang);
  const src = model.dataset.sources.find((s) => s.id === obs.source) ?? null;
  return {
    value: status === Status.Stale ? '—' : status === Status.Interpolated ? `~${shown}` : shown,
    status: statusText(status, age, obs, lang),
    date: dateText(obs, lang),
    source: formatSource(src, obs.source) + (src?.external ? ` (${t('otherReport', lang)})` : ''),
    universe: universeText(model, obs, lang),
    observation: obs,
    sourceRecord: src,
    others: otherFigures(model, obsIndex, lang),
  };
}

function statusText(status: Status, age: number, obs: Observation, lang: Lang): string {
  const days = `${age} ${t('daysOld', lang)}`;
  switch (status) {
    case Status.Observed:
      return t('observed', lang);
    case Status.Carried:
      return `${t('carried', lang)} (${days})`;
    case Status.Interpolated:
      return t('interpolated', lang);
    case Status.Uncertain:
      return uncertainText(obs, lang);
    default:
      return `${t('stale', lang)} (${days})`;
  }
}

/** "日期不确定：不早于2020年4月26日" / "Date uncertain: on or after 26 Apr 2020". */
export function uncertainText(obs: Observation, lang: Lang): string {
  const sep = lang === 'zh' ? '：' : ': ';
  const gap = lang === 'zh' ? '' : ' ';
  const latest = obs.dateLatest
    ? `${t('andNoLaterThan', lang)}${gap}${formatDate(obs.dateLatest, lang)}`
    : '';
  return (
    `${t('uncertain', lang)}${sep}${t('onOrAfter', lang)}${gap}${formatDate(obs.date, lang)}` +
    (latest ? `${lang === 'zh' ? '' : ' '}${latest}` : '')
  );
}

function dateText(obs: Observation, lang: Lang): string {
  if (obs.dateBasis === 'not_before') return uncertainText(obs, lang);
  const basis =
    obs.dateBasis === 'published'
      ? `${t('noLaterThan', lang)} `
      : obs.dateBasis === 'period_end'
        ? `${t('periodEnd', lang)} `
        : '';
  return `${t('asOf', lang)} ${basis}${formatDate(obs.date, lang)}`;
}

/** "规模以上工业企业（应复工复产的）" / "above-scale industrial firms, of firms due to resume". */
export function universeText(
  model: Pick<MapModel, 'dataset'>,
  obs: Pick<Observation, 'universe' | 'subset'>,
  lang: Lang,
): string {
  const u = model.dataset.universes.find((x) => x.id === obs.universe);
  const s = model.dataset.subsets.find((x) => x.id === obs.subset);
  const ul = u ? (lang === 'zh' ? u.labelZh : u.labelEn) : obs.universe;
  if (!s) return ul;
  return lang === 'zh' ? `${ul}（${s.labelZh}）` : `${ul}, ${s.labelEn}`;
}

function otherFigures(model: MapModel, obsIndex: number, lang: Lang): string[] {
  const conflict = model.dataset.conflicts.find((c) => c.shown === obsIndex);
  if (!conflict) return [];
  return conflict.others.map((other) => {
    const o = model.dataset.observations[other.obs];
    if (!o) return '';
    const reason = (lang === 'zh' ? other.reasonZh : other.reasonEn) || t('noRuleGiven', lang);
    const value = formatValue(o.value, o.qualifier, o.unit, lang);
    return `${value} · ${universeText(model, o, lang)} · ${o.scope} — ${reason}`;
  });
}
