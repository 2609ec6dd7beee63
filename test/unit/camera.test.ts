import { describe, it, expect } from 'vitest';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  formatCamera,
  normalizeCamera,
  parseCenter,
  parseZoom,
  sameCamera,
} from '../../src/core/camera';
import { createAppState, reduce, type Action, type AppState } from '../../src/core/appState';
import { sameExceptCamera, sameExceptDate } from '../../src/core/appStateUrl';
import { parseUrlState, serializeUrlState } from '../../src/core/urlState';
import { createSession } from '../../src/core/session';
import { threeCities } from './threeCities';

const known = { dates: ['2020-02-01', '2020-03-31'], metrics: [], pointMetrics: [], regions: [] };
const camera = { lon: 106.7123, lat: 26.5801, zoom: 6.5 };

describe('camera values', () => {
  it('rounds the centre to 4 decimals and the zoom to 2, and clamps them to what the map shows', () => {
    expect(normalizeCamera({ lon: 106.712345, lat: 26.58009, zoom: 6.499 })).toEqual({
      lon: 106.7123,
      lat: 26.5801,
      zoom: 6.5,
    });
    expect(normalizeCamera({ lon: 200, lat: -90, zoom: 30 })).toEqual({
      lon: 180,
      lat: -85.0511,
      zoom: MAX_ZOOM,
    });
    expect(normalizeCamera({ lon: -0.00001, lat: 0, zoom: 0 })).toEqual({
      lon: 0,
      lat: 0,
      zoom: MIN_ZOOM,
    });
    expect(normalizeCamera({ lon: NaN, lat: 0, zoom: 3 })).toBeNull();
    expect(normalizeCamera({ lon: 0, lat: Infinity, zoom: 3 })).toBeNull();
  });

  it('reads only plain numbers: two for the centre, one for the zoom', () => {
    expect(parseCenter('106.7,26.5')).toEqual({ lon: 106.7, lat: 26.5 });
    expect(parseCenter('-1.5,+2')).toEqual({ lon: -1.5, lat: 2 });
    for (const bad of ['', '106.7', '1,2,3', 'a,b', '1e3,2', '0x10,2', ',', 'Infinity,1', '1 2']) {
      expect(parseCenter(bad)).toBeNull();
    }
    expect(parseZoom('6.25')).toBe(6.25);
    for (const bad of ['', 'x', '6z', '1e1', 'NaN']) expect(parseZoom(bad)).toBeNull();
  });

  it('compares cameras as a link rounds them', () => {
    expect(sameCamera(camera, { lon: 106.71234, lat: 26.58011, zoom: 6.501 })).toBe(true);
    expect(sameCamera(camera, { ...camera, zoom: 6.6 })).toBe(false);
    expect(sameCamera(null, undefined)).toBe(true);
    expect(sameCamera(camera, null)).toBe(false);
    expect(formatCamera(camera)).toEqual({ center: '106.7123,26.5801', zoom: '6.5' });
  });
});

describe('the camera in the address', () => {
  it('writes center=lon,lat&zoom=z after the view, and reads it back as the same camera', () => {
    const q = serializeUrlState({ view: 'guizhou', camera, lang: 'en', embed: false });
    expect(q).toBe('view=guizhou&center=106.7123,26.5801&zoom=6.5&lang=en');
    const back = parseUrlState(q, known);
    expect(back.problems).toEqual([]);
    expect(back.state.camera).toEqual(camera);
    expect(serializeUrlState(back.state)).toBe(q);
    // A comma written as %2C (URLSearchParams does) reads the same.
    expect(parseUrlState('center=106.7123%2C26.5801&zoom=6.5', known).state.camera).toEqual(camera);
  });

  it('rounds and clamps a hand-written camera instead of refusing it', () => {
    const r = parseUrlState('center=250.123456,26.5&zoom=40', known);
    expect(r.state.camera).toEqual({ lon: 180, lat: 26.5, zoom: MAX_ZOOM });
    expect(r.problems).toEqual([]);
  });

  it('a malformed centre or zoom is not used, with a note naming it', () => {
    const r = parseUrlState('center=east&zoom=5', known);
    expect(r.state.camera).toBeUndefined();
    expect(r.problems).toContainEqual({ param: 'center', value: 'east', reason: 'malformed' });
    const z = parseUrlState('center=106,26&zoom=far', known);
    expect(z.state.camera).toBeUndefined();
    expect(z.problems).toContainEqual({ param: 'zoom', value: 'far', reason: 'malformed' });
    expect(z.notes.join(' ')).toContain('zoom: "far" is not well-formed');
  });

  it('half a camera is not used, with a note saying both are needed', () => {
    const r = parseUrlState('zoom=5', known);
    expect(r.state.camera).toBeUndefined();
    expect(r.problems).toEqual([{ param: 'zoom', value: '5', reason: 'incomplete' }]);
    expect(r.notes[0]).toMatch(/needs both center and zoom/);
    expect(parseUrlState('center=106,26', known).problems).toEqual([
      { param: 'center', value: '106,26', reason: 'incomplete' },
    ]);
  });
});

describe('the camera in the state', () => {
  const ctx = { dates: ['2020-02-01', '2020-02-02'], observationDays: [] };
  const run = (s: AppState, ...actions: Action[]) =>
    actions.reduce((acc, a) => reduce(acc, a, ctx), s);
  const start = createAppState(ctx, { view: 'guizhou' });

  it('a move of the map sets it, rounded; the same camera again changes nothing', () => {
    const moved = run(start, { type: 'setCamera', camera: { ...camera, lon: 106.71231 } });
    expect(moved.camera).toEqual(camera);
    expect(run(moved, { type: 'setCamera', camera })).toBe(moved);
    expect(run(moved, { type: 'setCamera', camera: null }).camera).toBeUndefined();
  });

  it('choosing a view, or a region with its view, replaces it; a click on a region does not', () => {
    const moved = run(start, { type: 'setCamera', camera });
    expect(run(moved, { type: 'setView', view: 'all' }).camera).toBeUndefined();
    // The same view again frames it again.
    expect(run(moved, { type: 'setView', view: 'guizhou' }).camera).toBeUndefined();
    expect(run(moved, { type: 'select', region: '520100', view: '520100' }).camera).toBeUndefined();
    expect(run(moved, { type: 'select', region: '520100' }).camera).toEqual(camera);
  });

  it('a move is not a timeline step, but it is a change of the camera alone', () => {
    const moved = run(start, { type: 'setCamera', camera });
    expect(sameExceptDate(start, moved)).toBe(false);
    expect(sameExceptCamera(start, moved)).toBe(true);
    expect(sameExceptCamera(start, run(start, { type: 'setLang', lang: 'en' }))).toBe(false);
  });

  it('a session opens a link on its camera, writes it back, and update({ view }) clears it', () => {
    const s = createSession(threeCities(), 'view=guizhou&center=106.7123,26.5801&zoom=6.5');
    expect(s.initial.camera).toEqual(camera);
    expect(s.queryOf(s.initial)).toContain('center=106.7123,26.5801&zoom=6.5');
    expect(s.patch(s.initial, { lang: 'en' }).camera).toEqual(camera);
    expect(s.patch(s.initial, { view: 'all' }).camera).toBeUndefined();
    expect(s.fromQuery('view=all', s.initial).state.camera).toBeUndefined();
  });
});
