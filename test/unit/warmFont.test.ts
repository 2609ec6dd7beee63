import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmFont } from '../../src/app/warmFont';
import type { BoundaryCollection } from '../../src/core/mapModel';
import { FONT_FAMILY } from '../../src/render/mapFont';

const feature = (code: string, name: string) => ({
  type: 'Feature' as const,
  properties: { code, name, lon: 0, lat: 0 },
  geometry: { type: 'Polygon' as const, coordinates: [] },
});

afterEach(() => vi.unstubAllGlobals());

describe('warmFont', () => {
  it('asks for the map font with every character of the regions’ names, each once', () => {
    const load = vi.fn(() => Promise.resolve([]));
    vi.stubGlobal('document', { fonts: { load } });
    const boundaries = {
      type: 'FeatureCollection',
      features: [feature('520100', '贵阳市'), feature('520300', '遵义市')],
    } as unknown as BoundaryCollection;
    warmFont(boundaries);
    expect(load).toHaveBeenCalledWith(`13px ${FONT_FAMILY}`, '贵阳市遵义');
  });

  it('does nothing where the page has no font loading, and a failed load is no error', async () => {
    vi.stubGlobal('document', {});
    const none = { type: 'FeatureCollection', features: [] } as unknown as BoundaryCollection;
    expect(() => warmFont(none)).not.toThrow();
    // A rejection nobody handles fails the test run.
    vi.stubGlobal('document', { fonts: { load: () => Promise.reject(new Error('offline')) } });
    warmFont(none);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
