/**
 * China's boundaries by level, served as files beside the app (counties are 4.5 MB) and fetched
 * only when the Data panel asks for them; each level is read once a page.
 */
import provincesUrl from '../../data/boundaries/provinces.topojson?url';
import prefecturesUrl from '../../data/boundaries/china-prefectures.topojson?url';
import countiesUrl from '../../data/boundaries/china-counties.topojson?url';
import { looksLikeHtml } from '../core/decodeText';
import { regionsFromBoundaryJson, type BoundaryRegions } from '../core/ingest/regionsFromGeoJson';
import type { ChinaLevel } from '../core/shippedBoundaries';

const FILES: Record<ChinaLevel, { url: string; name: string }> = {
  province: { url: provincesUrl, name: 'provinces.topojson' },
  prefecture: { url: prefecturesUrl, name: 'china-prefectures.topojson' },
  county: { url: countiesUrl, name: 'china-counties.topojson' },
};

/**
 * Reads a level's file once; a failure rejects with the file's name as its message (the host
 * lacks the file, or answers it with a page), and the next request tries again.
 */
export function createShippedBoundaries(): (level: ChinaLevel) => Promise<BoundaryRegions> {
  const read = new Map<ChinaLevel, Promise<BoundaryRegions>>();
  return (level) => {
    let layer = read.get(level);
    if (!layer) {
      layer = fetchLayer(FILES[level]);
      layer.catch(() => read.delete(level));
      read.set(level, layer);
    }
    return layer;
  };
}

async function fetchLayer({ url, name }: { url: string; name: string }): Promise<BoundaryRegions> {
  const res = await fetch(url).catch(() => null);
  const text = res?.ok ? await res.text() : null;
  let layer: BoundaryRegions | null = null;
  if (text !== null && !looksLikeHtml(text)) {
    try {
      layer = regionsFromBoundaryJson(JSON.parse(text));
    } catch {
      layer = null;
    }
  }
  if (!layer) throw new Error(name);
  return layer;
}
