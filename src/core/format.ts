/**
 * Numbers, values, dates and ages as readers of each language expect them:
 * 10.9万 in Chinese, 109,431 in English. A qualifier always shows (≥, ≈, ≤),
 * because a bound printed as a plain number would claim more than the source.
 */
import { isIsoDate } from './dates';
import type { Qualifier, Source } from './types';

import type { Lang } from './lang';

export type { Lang };

/** What an unknown value looks like: a dash, never 0. */
export const UNKNOWN = '—';

export const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const PREFIX: Record<Qualifier, string> = { exact: '', at_least: '≥', about: '≈', at_most: '≤' };

/** Splits 万人 into ×10⁴ and 人, so 45 万人 and 450000 人 print alike. */
function splitUnit(unit: string): { factor: number; base: string } {
  if (unit.startsWith('万亿')) return { factor: 1e12, base: unit.slice(2) };
  if (unit.startsWith('亿')) return { factor: 1e8, base: unit.slice(1) };
  if (unit.startsWith('万')) return { factor: 1e4, base: unit.slice(1) };
  return { factor: 1, base: unit };
}

// Counting words (人, 家, 个, 户) are dropped in English: the metric label says what is counted.
// A Map, not an object literal: a unit read from the data ("constructor", "__proto__")
// must never find a property every object has.
const EN_UNITS: ReadonlyMap<string, string> = new Map([
  ['%', '%'],
  ['吨', ' t'],
  ['吨/年', ' t/yr'],
  ['千瓦时', ' kWh'],
  ['公里', ' km'],
]);

function fixed(v: number, digits: number, grouping: boolean): string {
  return new Intl.NumberFormat('en-US', {
    maximumFractionDigits: digits,
    useGrouping: grouping,
  }).format(v);
}

/**
 * Three significant figures in 万 or 亿, never fewer than the integer digits:
 * 21400 → 2.14万, 109431 → 10.9万, 11510000 → 1151万.
 */
function zhScaled(v: number, scale: number, word: string): string {
  const x = v / scale;
  const abs = Math.abs(x);
  const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  return `${fixed(x, digits, false)}${word}`;
}

function zhNumber(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e8) return zhScaled(v, 1e8, '亿');
  if (abs >= 1e4) return zhScaled(v, 1e4, '万');
  return fixed(v, 2, false);
}

function enMoney(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e9) return `CNY ${fixed(v / 1e9, 2, true)} bn`;
  if (abs >= 1e6) return `CNY ${fixed(v / 1e6, 2, true)} m`;
  return `CNY ${fixed(v, 2, true)}`;
}

/**
 * A number in its unit: zh 10.9万人, 12.5亿元, 1330家, 96%; en 109,431,
 * CNY 1.25 bn, 96%. A unit like 万人 or 亿元 multiplies the value first.
 */
export function formatNumber(v: number, lang: Lang, unit = ''): string {
  if (!Number.isFinite(v)) return UNKNOWN;
  const { factor, base } = splitUnit(unit);
  const total = v * factor;
  if (base === '%') return `${fixed(v, 2, lang === 'en')}%`;
  if (lang === 'zh') return `${zhNumber(total)}${base}`;
  if (base === '元') return enMoney(total);
  return `${fixed(total, 2, true)}${EN_UNITS.get(base) ?? ''}`;
}

/** A value with its qualifier: ≥60%, ≈45万人 / ≈450,000, ≤… */
export function formatValue(v: number, qualifier: Qualifier, unit: string, lang: Lang): string {
  if (!Number.isFinite(v)) return UNKNOWN;
  return `${PREFIX[qualifier]}${formatNumber(v, lang, unit)}`;
}

/** 2020年3月1日 / 1 Mar 2020; anything that is not a date is returned as given. */
export function formatDate(iso: string, lang: Lang): string {
  if (!isIsoDate(iso)) return iso;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1] ?? ''} ${y}`;
}

/** How old a carried figure is, relative to the day shown (not to today). */
export function formatAge(days: number, lang: Lang): string {
  if (!Number.isFinite(days) || days < 0) return UNKNOWN;
  const n = Math.round(days);
  if (lang === 'zh') return n === 0 ? '当天' : `${n}天前`;
  if (n === 0) return 'same day';
  return n === 1 ? '1 day earlier' : `${fixed(n, 0, true)} days earlier`;
}

/** A source as tooltips, tables and the detail panel cite it: publisher《title》 date; its id if unknown. */
export function formatSource(src: Source | null | undefined, id: string): string {
  return src ? `${src.publisher}《${src.title}》${src.published ? ` ${src.published}` : ''}` : id;
}
