import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmGlyphs } from '../../src/app/warmGlyphs';
import type { GlyphSettings, SdfGlyphs } from '../../src/render/sdfGlyphs';

const SETTINGS: GlyphSettings = {
  fontFamily: 'sans-serif',
  fontWeight: 'normal',
  fontSize: 32,
  buffer: 6,
  radius: 8,
  cutoff: 0.25,
};

/** Glyphs that only note what was drawn ahead, with which settings. */
function noting() {
  const drawn: [GlyphSettings, string][] = [];
  const glyphs: SdfGlyphs = {
    drawAhead: (settings, char) => void drawn.push([settings, char]),
    renderer: () => {
      throw new Error('not drawn here');
    },
  };
  return { glyphs, drawn };
}

describe('warmGlyphs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws each character once with the labels’ settings, none in the caller’s task', () => {
    const { glyphs, drawn } = noting();
    warmGlyphs(glyphs, SETTINGS, '贵阳市遵义市', new AbortController().signal);
    expect(drawn).toEqual([]);
    vi.runAllTimers();
    expect(drawn.map(([, c]) => c)).toEqual(['贵', '阳', '市', '遵', '义']);
    expect(drawn.every(([s]) => s === SETTINGS)).toBe(true);
  });

  it('stops once its signal aborts: the labels draw what is left themselves', () => {
    const { glyphs, drawn } = noting();
    const stop = new AbortController();
    warmGlyphs(glyphs, SETTINGS, '贵阳市', stop.signal);
    stop.abort();
    vi.runAllTimers();
    expect(drawn).toEqual([]);
  });
});
