import { describe, it, expect } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/core/urlState';

const known = {
  dates: ['2020-02-01', '2020-02-02', '2020-02-03', '2020-03-31'],
  metrics: ['work_rate', 'prod_rate'],
  pointMetrics: ['workers'],
  regions: ['520100', '522300'],
};

describe('parseUrlState', () => {
  it('an empty query gives the defaults and no notes', () => {
    expect(parseUrlState('', known)).toEqual({ state: DEFAULT_URL_STATE, notes: [], problems: [] });
    expect(parseUrlState('?', known).state).toEqual(DEFAULT_URL_STATE);
  });

  it('reads every parameter, with or without the leading ?', () => {
    const q =
      'date=2020-02-02&metric=prod_rate&points=workers&view=guizhou&region=522300' +
      '&scale=continuous&interpolate=1&maxAge=7&lang=en&embed=1';
    const expected: UrlState = {
      date: '2020-02-02',
      metric: 'prod_rate',
      points: 'workers',
      view: 'guizhou',
      region: '522300',
      scale: 'continuous',
      interpolate: true,
      maxAge: 7,
      lang: 'en',
      embed: true,
    };
    expect(parseUrlState(`?${q}`, known)).toEqual({ state: expected, notes: [], problems: [] });
    expect(parseUrlState(q, known).state).toEqual(expected);
  });

  it('a colour scale, interpolation or maximum age it cannot read falls back, each with a note', () => {
    const r = parseUrlState('scale=log&interpolate=yes&maxAge=-3', known);
    expect(r.state).toEqual(DEFAULT_URL_STATE);
    expect(r.problems).toEqual([
      { param: 'scale', value: 'log', reason: 'unknown-value' },
      { param: 'interpolate', value: 'yes', reason: 'malformed' },
      { param: 'maxAge', value: '-3', reason: 'malformed' },
    ]);
    const tooLong = parseUrlState('maxAge=99999', known);
    expect(tooLong.problems[0]?.reason).toBe('out-of-range');
    expect(tooLong.notes[0]).toBe(
      'maxAge: "99999" is outside the range the map takes; using the default',
    );
    expect(parseUrlState('maxAge=2.5', known).problems[0]?.reason).toBe('malformed');
  });

  it('a malformed date falls back to the default, with a note naming the parameter and value', () => {
    const r = parseUrlState('?date=2020-02-30', known);
    expect(r.state.date).toBeUndefined();
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toContain('date');
    expect(r.notes[0]).toContain('2020-02-30');
    expect(r.problems).toEqual([{ param: 'date', value: '2020-02-30', reason: 'malformed' }]);
  });

  it('a date outside the period of the data falls back, with a note', () => {
    const r = parseUrlState('date=2019-12-31', known);
    expect(r.state.date).toBeUndefined();
    expect(r.problems[0]?.reason).toBe('out-of-range');
  });

  it('any date inside the range is accepted, even one not listed', () => {
    expect(parseUrlState('date=2020-03-15', known).state.date).toBe('2020-03-15');
  });

  it('an unknown metric, point metric, view, region or language falls back, each with its own note', () => {
    const r = parseUrlState('metric=gdp&points=work_rate&view=mars&region=999999&lang=fr', known);
    expect(r.state).toEqual(DEFAULT_URL_STATE);
    expect(r.problems.map((p) => `${p.param}=${p.value}`)).toEqual([
      'metric=gdp',
      'points=work_rate',
      'view=mars',
      'region=999999',
      'lang=fr',
    ]);
    expect(
      r.notes.every((n, i) => n.includes(r.problems[i]!.param) && n.includes(r.problems[i]!.value)),
    ).toBe(true);
  });

  it('a bare metric id opens the layer it stands for, so older and hand-written links still work', () => {
    const k = {
      ...known,
      metrics: ['reopening_rate.above_quota_commerce', 'reopening_rate.merchants'],
      pointMetrics: ['enterprises_resumed.municipal_soes'],
      aliases: new Map([
        ['reopening_rate', 'reopening_rate.above_quota_commerce'],
        ['enterprises_resumed', 'enterprises_resumed.municipal_soes'],
      ]),
    };
    const { state, notes } = parseUrlState('metric=reopening_rate&points=enterprises_resumed', k);
    expect(state.metric).toBe('reopening_rate.above_quota_commerce');
    expect(state.points).toBe('enterprises_resumed.municipal_soes');
    expect(notes).toEqual([]);
    expect(parseUrlState('metric=reopening_rate.merchants', k).state.metric).toBe(
      'reopening_rate.merchants',
    );
  });

  it('a view can be all, guizhou or a region code', () => {
    expect(parseUrlState('view=all', known).state.view).toBe('all');
    expect(parseUrlState('view=520100', known).state.view).toBe('520100');
  });

  it('points=none turns the point layer off explicitly', () => {
    expect(parseUrlState('points=none', known).state.points).toBe('none');
  });

  it('embed reads 1/true/bare as on and 0/false as off; anything else is a note', () => {
    expect(parseUrlState('embed', known).state.embed).toBe(true);
    expect(parseUrlState('embed=true', known).state.embed).toBe(true);
    expect(parseUrlState('embed=0', known).state.embed).toBe(false);
    const r = parseUrlState('embed=maybe', known);
    expect(r.state.embed).toBe(false);
    expect(r.problems[0]).toEqual({ param: 'embed', value: 'maybe', reason: 'malformed' });
  });

  it('an unknown parameter is ignored with a note', () => {
    const r = parseUrlState('utm_source=x&lang=en', known);
    expect(r.state.lang).toBe('en');
    expect(r.notes[0]).toContain('utm_source');
  });

  it('a repeated parameter keeps its first value and notes the others', () => {
    const r = parseUrlState('lang=en&lang=zh', known);
    expect(r.state.lang).toBe('en');
    expect(r.problems).toEqual([{ param: 'lang', value: 'zh', reason: 'repeated' }]);
  });

  it('decodes percent-encoded values', () => {
    const r = parseUrlState('metric=%E5%A4%8D%E5%B7%A5', { ...known, metrics: ['复工'] });
    expect(r.state.metric).toBe('复工');
  });
});

describe('serializeUrlState', () => {
  const defaults: UrlState = {
    ...DEFAULT_URL_STATE,
    date: '2020-03-31',
    metric: 'work_rate',
    points: 'workers',
  };

  it('omits everything that equals the defaults', () => {
    expect(serializeUrlState(defaults, defaults)).toBe('');
    expect(serializeUrlState({ ...defaults, lang: 'en' }, defaults)).toBe('lang=en');
  });

  it('writes parameters in the fixed order date, metric, points, view, region, lang, embed', () => {
    const s: UrlState = {
      embed: true,
      lang: 'en',
      region: '520100',
      view: 'guizhou',
      points: 'none',
      metric: 'prod_rate',
      date: '2020-02-02',
    };
    expect(serializeUrlState(s, defaults)).toBe(
      'date=2020-02-02&metric=prod_rate&points=none&view=guizhou&region=520100&lang=en&embed=1',
    );
  });

  it('leaves out the default settings, and names any other', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(
      serializeUrlState({
        ...DEFAULT_URL_STATE,
        scale: 'continuous',
        interpolate: true,
        maxAge: 14,
      }),
    ).toBe('scale=continuous&interpolate=1&maxAge=14');
  });

  it('omits parameters that are not set', () => {
    expect(serializeUrlState({ view: 'all', lang: 'zh', embed: false })).toBe('');
    expect(serializeUrlState({ view: '520100', lang: 'zh', embed: false })).toBe('view=520100');
  });

  it('round-trips through parseUrlState', () => {
    const s: UrlState = {
      date: '2020-02-03',
      metric: 'prod_rate',
      points: 'none',
      view: '522300',
      region: '520100',
      scale: 'continuous',
      interpolate: true,
      maxAge: 0,
      lang: 'en',
      embed: true,
    };
    const back = parseUrlState(serializeUrlState(s), known);
    expect(back.state).toEqual(s);
    expect(back.notes).toEqual([]);
  });

  it('encodes values that need it', () => {
    expect(serializeUrlState({ view: 'all', lang: 'zh', embed: false, metric: 'a&b' })).toBe(
      'metric=a%26b',
    );
  });
});
