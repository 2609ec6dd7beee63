import { describe, expect, it } from 'vitest';
import { createSession, MAX_PRESETS } from '../../src/core/session';
import { buildMapModel } from '../../src/core/mapModel';
import { LAYER, dataset, obs, region } from './make';
import { feature, threeCities } from './threeCities';

const model = threeCities;

/** The three cities with two more figures two years later: two episodes, the first busier. */
function spreadOut() {
  const m = threeCities();
  const extra = [obs('520100', '2022-04-14', 97), obs('520300', '2022-04-14', 98)];
  return buildMapModel(
    { ...m.dataset, observations: [...m.dataset.observations, ...extra] },
    { type: 'FeatureCollection', features: m.features },
  );
}

describe('createSession', () => {
  it('opens an empty query on the defaults, whose address is empty', () => {
    const s = createSession(model(), '');
    expect(s.initial.metric).toBe(LAYER);
    expect(s.initial.date).toBe(s.defaults.date);
    expect(s.initial.view).toBe('all');
    expect(s.queryOf(s.initial)).toBe('');
    expect(s.queryProblems).toEqual([]);
  });

  it('opens on the episode with the most figures, not on the whole period', () => {
    const s = createSession(spreadOut(), '');
    expect(s.episodes.map((e) => e.id)).toEqual(['2020-spring', '2022-spring']);
    expect(s.initial.episode).toBe('2020-spring');
  });

  it('opens a link to a day outside that episode on the whole period', () => {
    const s = createSession(spreadOut(), 'date=2022-04-14');
    expect(s.initial.episode).toBe('all');
    expect(s.fromQuery('date=2022-04-14').state.episode).toBe('all');
  });

  it('opens a link on the view it names and reads it back to the same address', () => {
    const s = createSession(model(), 'view=guizhou&region=520300&lang=en&date=2020-02-03');
    expect([s.initial.view, s.initial.region, s.initial.lang, s.initial.date]).toEqual([
      'guizhou',
      '520300',
      'en',
      '2020-02-03',
    ]);
    const again = s.fromQuery(s.queryOf(s.initial));
    expect(again.state).toEqual(s.initial);
    expect(again.query).toBe(s.queryOf(s.initial));
  });

  it('notes what in a link it could not use, and opens on the default for it', () => {
    const s = createSession(model(), 'view=atlantis');
    expect(s.initial.view).toBe('all');
    expect(s.queryProblems.length).toBe(1);
  });

  it('keeps the session settings a link does not name when reading a link later', () => {
    const s = createSession(model(), '');
    const prev = { ...s.initial, speed: 4, loop: true };
    const next = s.fromQuery('date=2020-02-01', prev).state;
    expect([next.speed, next.loop, next.date]).toEqual([4, true, '2020-02-01']);
  });

  it('lists Guizhou as one view and every prefecture and city, and presets the cities outside it', () => {
    const s = createSession(model(), '');
    expect(s.finderRegions.map((r) => [r.code, r.view])).toEqual(
      expect.arrayContaining([
        ['520000', 'guizhou'],
        ['520100', '520100'],
        ['450800', '450800'],
      ]),
    );
    expect(s.cities.map((r) => r.code)).toEqual(['450800']);
  });

  it('presets no city when there are more than a list offers, and the finder still reaches each', () => {
    const codes = Array.from({ length: MAX_PRESETS + 1 }, (_, i) => String(450100 + i * 100));
    const m = buildMapModel(
      dataset(
        codes.map((c) => obs(c, '2020-02-01', 60)),
        codes.map((c) => region(c, `城${c}`)),
      ),
      { type: 'FeatureCollection', features: codes.map((c, i) => feature(c, 100 + i * 2)) },
    );
    const s = createSession(m, '');
    expect(s.cities).toEqual([]);
    expect(s.finderRegions.map((r) => r.code)).toEqual(expect.arrayContaining(codes));
    const fewer = createSession(threeCities(), '');
    expect(fewer.cities.length).toBeGreaterThan(0);
  });

  it('steps the reducer over the data’s own days and stops a jump at the days with a figure', () => {
    const s = createSession(model(), '');
    expect(s.ctx.dates).toEqual(s.model.dates);
    expect(s.observationDays.map((d) => s.model.dates[d])).toEqual([
      '2020-02-01',
      '2020-02-03',
      '2020-02-05',
    ]);
    const start = s.reducer(s.initial, { type: 'setDay', dayIndex: 0 });
    const jumped = s.reducer(start, { type: 'jumpObservation', direction: 1 });
    expect(jumped.date).toBe('2020-02-03');
  });

  it('gives the timeline’s events in the language asked for', () => {
    const s = createSession(model(), '');
    expect(s.trackEvents('zh').length).toBe(s.placedEvents.length);
    expect(s.trackEvents('en').map((e) => e.id)).toEqual(s.trackEvents('zh').map((e) => e.id));
  });
});

describe('session.patch', () => {
  it('changes only what the patch names, as a link with those parameters would', () => {
    const s = createSession(model(), '');
    const prev = { ...s.initial, speed: 2 };
    const next = s.patch(prev, { view: 'guizhou', date: '2020-02-01' });
    expect([next.view, next.date, next.metric, next.speed]).toEqual([
      'guizhou',
      '2020-02-01',
      prev.metric,
      2,
    ]);
  });
});
