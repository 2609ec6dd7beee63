import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_AGE_DAYS,
  fromUrlState,
  pinnedQuery,
  sameExceptDate,
  stripUndefined,
  toUrlState,
} from '../../src/core/appStateUrl';
import { createAppState, dayIndexOf } from '../../src/core/appState';
import { defaultDate } from '../../src/core/defaultDate';
import { viewBounds } from '../../src/core/viewBounds';
import type { Episode } from '../../src/core/episodes';
import { parseUrlState, type UrlState } from '../../src/core/urlState';
import { embedUrl } from '../../src/core/embedLink';
import { LAYER } from './make';
import { threeCities } from './threeCities';

const model = threeCities;

const defaults: UrlState = {
  date: '2020-02-03',
  metric: 'work_rate',
  points: 'none',
  view: 'all',
  lang: 'zh',
  embed: false,
};

describe('fromUrlState and toUrlState', () => {
  it('a state read from its own URL state names the same view', () => {
    const m = model();
    const s = fromUrlState(
      { ...defaults, view: 'guizhou', region: '520300', lang: 'en' },
      defaults,
      m,
    );
    expect(toUrlState(s)).toEqual({
      date: '2020-02-03',
      metric: 'work_rate',
      points: 'none',
      view: 'guizhou',
      region: '520300',
      scale: 'bins',
      interpolate: false,
      maxAge: DEFAULT_MAX_AGE_DAYS,
      lang: 'en',
      embed: false,
    });
    expect(s.points).toBeNull();
    expect(s.dayIndex).toBe(m.dates.indexOf('2020-02-03'));
  });

  it("a link's colour scale, interpolation and maximum age win over the state it lands on", () => {
    const m = model();
    const prev = { ...fromUrlState(defaults, defaults, m), interpolate: true, maxAgeDays: 7 };
    const u = { ...defaults, scale: 'continuous', interpolate: false, maxAge: 30 } as const;
    const s = fromUrlState(u, defaults, m, prev);
    expect([s.scaleMode, s.interpolate, s.maxAgeDays]).toEqual(['continuous', false, 30]);
  });

  it('keeps what a URL state leaves out (speed, loop, settings) from the state it lands on', () => {
    const m = model();
    const prev = {
      ...fromUrlState(defaults, defaults, m),
      speed: 4,
      loop: true,
      interpolate: true,
      maxAgeDays: 7,
    };
    const s = fromUrlState({ ...defaults, date: '2020-02-01' }, defaults, m, prev);
    expect([s.speed, s.loop, s.interpolate, s.maxAgeDays]).toEqual([4, true, true, 7]);
    expect(s.playing).toBe(false);
  });

  it('places a date the data does not have as createAppState and setDate do: on the nearest day', () => {
    const m = model();
    const ctx = { dates: m.dates, observationDays: [] };
    for (const date of ['2020-01-15', '2020-03-01']) {
      const s = fromUrlState({ ...defaults, date }, defaults, m);
      expect(s.date).toBe(createAppState(ctx, { date }).date);
      expect(s.dayIndex).toBe(dayIndexOf(m.dates, date));
    }
    expect(fromUrlState({ ...defaults, date: '2020-03-01' }, defaults, m).date).toBe('2020-02-05');
  });

  it('starts with the default maximum age when there is no state to keep', () => {
    expect(fromUrlState(defaults, defaults, model()).maxAgeDays).toBe(DEFAULT_MAX_AGE_DAYS);
  });

  it('keeps the chosen episode only while the date is inside it', () => {
    const m = model();
    const early: Episode = {
      id: 'early',
      label: { zh: '早', en: 'Early' },
      start: 0,
      end: 1,
      firstObservation: 0,
      lastObservation: 0,
    };
    const prev = { ...fromUrlState(defaults, defaults, m), episode: 'early' };
    const inside = fromUrlState({ ...defaults, date: '2020-02-02' }, defaults, m, prev, [early]);
    const outside = fromUrlState({ ...defaults, date: '2020-02-05' }, defaults, m, prev, [early]);
    expect(inside.episode).toBe('early');
    expect(outside.episode).toBe('all');
  });
});

describe('sameExceptDate', () => {
  it('is true for a timeline step and false when anything else in the view changes', () => {
    const s = fromUrlState(defaults, defaults, model());
    expect(sameExceptDate(s, { ...s, date: '2020-02-04', dayIndex: 3, playing: true })).toBe(true);
    expect(sameExceptDate(s, { ...s, metric: 'prod_rate' })).toBe(false);
    expect(sameExceptDate(s, { ...s, region: '520100' })).toBe(false);
    expect(sameExceptDate(s, { ...s, lang: 'en' })).toBe(false);
  });
});

describe('stripUndefined', () => {
  it('drops absent fields so that spreading never overwrites a default with undefined', () => {
    expect({ a: 1, b: 2, ...stripUndefined({ a: undefined, b: 3 }) }).toEqual({ a: 1, b: 3 });
  });
});

describe('defaultDate', () => {
  it('opens on the first day with the most regions showing a figure, carried ones included', () => {
    // 02-05: the province observed, the three others carried; 02-03 shows three.
    expect(defaultDate(model(), LAYER, 60)).toBe('2020-02-05');
  });

  it('counts a carried figure only while it is younger than the maximum age', () => {
    // With a one-day limit every figure is stale two days on: 02-03 shows two regions,
    // 02-05 and 02-01 one each.
    expect(defaultDate(model(), LAYER, 1)).toBe('2020-02-03');
  });
});

describe('viewBounds', () => {
  it('frames Guizhou by its prefectures, not by the province’s own label point', () => {
    expect(viewBounds(model(), 'guizhou')).toEqual([100, 20, 103, 21]);
  });

  it('frames one region by its code, and gives nothing for an unknown code', () => {
    expect(viewBounds(model(), '450800')).toEqual([110, 20, 111, 21]);
    expect(viewBounds(model(), '999999')).toBeNull();
  });

  it('frames every drawn region for “all”', () => {
    expect(viewBounds(model(), 'all')).toEqual(model().bounds);
  });
});

describe('pinnedQuery: a published link names everything on screen', () => {
  it('names the date, layer, points, view, region and language even when each is the default', () => {
    const m = model();
    const s = fromUrlState({ ...defaults, region: '520300' }, defaults, m);
    const q = new URLSearchParams(pinnedQuery(s));
    expect(q.get('date')).toBe(defaults.date);
    expect(q.get('metric')).toBe('work_rate');
    expect(q.get('points')).toBe('none');
    expect(q.get('view')).toBe('all');
    expect(q.get('region')).toBe('520300');
    expect(q.get('lang')).toBe('zh');
    // The settings change colours and which figures show: an embed keeps its author's.
    expect(q.get('scale')).toBe('bins');
    expect(q.get('interpolate')).toBe('0');
    expect(q.get('maxAge')).toBe(String(DEFAULT_MAX_AGE_DAYS));
  });

  it('reads back as the same view under any later defaults (new figures move the default date)', () => {
    const m = model();
    const s = {
      ...fromUrlState({ ...defaults, lang: 'en', view: 'guizhou' }, defaults, m),
      scaleMode: 'continuous' as const,
      interpolate: true,
      maxAgeDays: 14,
    };
    const later: UrlState = { ...defaults, date: '2020-02-01', lang: 'zh', view: 'all' };
    const known = { dates: m.dates, metrics: ['work_rate'], pointMetrics: [], regions: [] };
    const read = parseUrlState(pinnedQuery(s), known).state;
    const back = fromUrlState({ ...later, ...stripUndefined(read) }, later, m);
    expect(toUrlState(back)).toEqual(toUrlState(s));
  });

  it("keeps the page's ?data= in the embed link, so the embed shows the same dataset", () => {
    const m = model();
    const s = fromUrlState(defaults, defaults, m);
    const url = new URL(
      embedUrl('https://e.org/map/?data=stress/&date=2020-01-01', pinnedQuery(s)),
    );
    expect(url.searchParams.get('data')).toBe('stress/');
    expect(url.searchParams.get('date')).toBe(defaults.date);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.getAll('date')).toHaveLength(1);
  });
});
