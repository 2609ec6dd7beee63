/**
 * Episodes: the stretches of the period where figures cluster (the spring 2020
 * reopening, the 2022 waves). The sources are sparse — a few dated figures
 * per region, years apart — so a slider over all ~1,000 days leaves each
 * episode a few pixels wide. An episode rescales the slider to the days that
 * hold figures, found from the data rather than written in by hand.
 */
import { fromDay, toDay } from './dates';
import { MONTHS_EN, type Lang } from './format';

export interface Episode {
  /** Stable id for code and tests: '2020-spring', '2022'. */
  id: string;
  label: Record<Lang, string>;
  /** Indexes into the dates, inclusive, padded a few days either side of the figures. */
  start: number;
  end: number;
  /** Indexes of the first and last day with an observation in the episode. */
  firstObservation: number;
  lastObservation: number;
}

export interface EpisodeOptions {
  /** Observation days further apart than this begin a new episode. */
  gapDays?: number;
  /** Days added before the first and after the last figure, so neither sits on the slider's end. */
  padDays?: number;
}

/** The choice that shows the whole period. */
export const ALL_DATES = 'all';

// The waves in the sources are years apart (2020, 2022) while the figures of
// one year are months apart (Tengzhou in April 2022, Shaoyang in November), so
// a year-long gap separates waves without cutting one year's figures in two.
const EPISODE_GAP_DAYS = 365;
const EPISODE_PAD_DAYS = 3;

// An episode this short fits one season and is named by it; a longer one by its year.
const SEASON_SPAN_DAYS = 92;

type Season = 'spring' | 'summer' | 'autumn' | 'winter';

// Seasons follow the Chinese solar terms (立春 about 4 Feb, 立夏 5 May, 立秋
// 7 Aug, 立冬 7 Nov), rounded to months: the reopening after the Spring
// Festival in February is 春, as the sources call it.
const SEASON_OF_MONTH: Season[] = [
  'winter',
  'spring',
  'spring',
  'spring',
  'summer',
  'summer',
  'summer',
  'autumn',
  'autumn',
  'autumn',
  'winter',
  'winter',
];
const SEASON_ZH: Record<Season, string> = {
  spring: '春',
  summer: '夏',
  autumn: '秋',
  winter: '冬',
};
const SEASON_EN: Record<Season, string> = {
  spring: 'Spring',
  summer: 'Summer',
  autumn: 'Autumn',
  winter: 'Winter',
};

/**
 * Episodes from the days that hold observations. `dates` is the app's axis:
 * consecutive days, so a difference of indexes is a number of days.
 * `observationDays` need not be sorted or unique.
 */
export function findEpisodes(
  dates: readonly string[],
  observationDays: readonly number[],
  options: EpisodeOptions = {},
): Episode[] {
  const gap = options.gapDays ?? EPISODE_GAP_DAYS;
  const pad = Math.max(0, options.padDays ?? EPISODE_PAD_DAYS);
  const days = [...new Set(observationDays)]
    .filter((d) => Number.isInteger(d) && d >= 0 && d < dates.length)
    .sort((a, b) => a - b);
  const groups: [number, number][] = [];
  for (const d of days) {
    const open = groups[groups.length - 1];
    if (open && d - open[1] <= gap) open[1] = d;
    else groups.push([d, d]);
  }

  const last = dates.length - 1;
  const episodes = groups.map(([first, lastObs], i): Episode => {
    // Padding never reaches past the middle of the gap to a neighbour, so episodes never overlap.
    const prev = groups[i - 1];
    const next = groups[i + 1];
    const lo = prev ? Math.floor((prev[1] + first) / 2) + 1 : 0;
    const hi = next ? Math.floor((lastObs + next[0]) / 2) : last;
    const firstDate = dates[first] as string;
    const lastDate = dates[lastObs] as string;
    const named = nameOf(firstDate, lastDate, lastObs - first);
    return {
      id: named.id,
      label: named.label,
      start: Math.max(lo, first - pad),
      end: Math.min(hi, lastObs + pad),
      firstObservation: first,
      lastObservation: lastObs,
    };
  });

  // Two episodes with one name (two waves in one season) are told apart by their months,
  // and by their days when the months are the same too. Ids are then their first days.
  const byMonths = disambiguate(episodes, dates, (e) => e.id, monthsLabel);
  return disambiguate(byMonths, dates, (e) => e.label.en, daysLabel);
}

function disambiguate(
  episodes: Episode[],
  dates: readonly string[],
  key: (e: Episode) => string,
  relabel: (a: string, b: string) => Record<Lang, string>,
): Episode[] {
  const count = new Map<string, number>();
  for (const e of episodes) count.set(key(e), (count.get(key(e)) ?? 0) + 1);
  return episodes.map((e) => {
    if ((count.get(key(e)) ?? 0) < 2) return e;
    const a = dates[e.firstObservation] as string;
    const b = dates[e.lastObservation] as string;
    return { ...e, id: a, label: relabel(a, b) };
  });
}

/** The episode that holds a day (padding included), or null. */
export function episodeAt(episodes: readonly Episode[], dayIndex: number): Episode | null {
  return episodes.find((e) => dayIndex >= e.start && dayIndex <= e.end) ?? null;
}

/**
 * The episode that holds the most figures (each observation counts, on its day): where the
 * map opens, so a reader first sees the stretch the sources are about rather than a period
 * that is mostly empty. Ties go to the earlier episode; null when there are none.
 */
export function busiestEpisode(
  episodes: readonly Episode[],
  figureDays: ArrayLike<number>,
): Episode | null {
  let best: Episode | null = null;
  let most = 0;
  for (const e of episodes) {
    let n = 0;
    for (let i = 0; i < figureDays.length; i++) {
      const d = figureDays[i] ?? -1;
      if (d >= e.start && d <= e.end) n++;
    }
    if (n > most) [best, most] = [e, n];
  }
  return best;
}

/** The slider's range for a choice: an episode's days, or the whole period for anything else. */
export function episodeRange(
  episodes: readonly Episode[],
  id: string | undefined,
  dayCount: number,
): [number, number] {
  const e = id === undefined || id === ALL_DATES ? undefined : episodes.find((x) => x.id === id);
  if (e) return [e.start, e.end];
  return [0, Math.max(0, dayCount - 1)];
}

function nameOf(
  firstDate: string,
  lastDate: string,
  span: number,
): { id: string; label: Record<Lang, string> } {
  const y1 = firstDate.slice(0, 4);
  const y2 = lastDate.slice(0, 4);
  if (span <= SEASON_SPAN_DAYS) {
    const mid = midpoint(firstDate, lastDate);
    const season = SEASON_OF_MONTH[Number(mid.slice(5, 7)) - 1] as Season;
    const year = mid.slice(0, 4);
    return {
      id: `${year}-${season}`,
      label: { zh: `${year}年${SEASON_ZH[season]}`, en: `${SEASON_EN[season]} ${year}` },
    };
  }
  if (y1 === y2) return { id: y1, label: { zh: y1, en: y1 } };
  return { id: `${y1}-${y2}`, label: { zh: `${y1}–${y2}`, en: `${y1}–${y2}` } };
}

function monthsLabel(a: string, b: string): Record<Lang, string> {
  const [ya, ma] = [a.slice(0, 4), Number(a.slice(5, 7))];
  const [yb, mb] = [b.slice(0, 4), Number(b.slice(5, 7))];
  const en = (m: number) => MONTHS_EN[m - 1] ?? '';
  if (ya !== yb) {
    return {
      zh: `${ya}年${ma}月–${yb}年${mb}月`,
      en: `${en(ma)} ${ya}–${en(mb)} ${yb}`,
    };
  }
  if (ma === mb) return { zh: `${ya}年${ma}月`, en: `${en(ma)} ${ya}` };
  return { zh: `${ya}年${ma}–${mb}月`, en: `${en(ma)}–${en(mb)} ${ya}` };
}

function daysLabel(a: string, b: string): Record<Lang, string> {
  const zh = (iso: string) => `${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
  const en = (iso: string) => `${+iso.slice(8, 10)} ${MONTHS_EN[+iso.slice(5, 7) - 1] ?? ''}`;
  const y = (iso: string) => iso.slice(0, 4);
  if (a === b) return { zh: `${y(a)}年${zh(a)}`, en: `${en(a)} ${y(a)}` };
  return { zh: `${y(a)}年${zh(a)}–${y(b)}年${zh(b)}`, en: `${en(a)} ${y(a)} – ${en(b)} ${y(b)}` };
}

function midpoint(a: string, b: string): string {
  return fromDay(Math.floor((toDay(a) + toDay(b)) / 2));
}
