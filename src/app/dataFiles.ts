import regionsUrl from '../../data/regions.csv?url';
import sourcesUrl from '../../data/sources.csv?url';
import metricsUrl from '../../data/metrics.csv?url';
import universesUrl from '../../data/universes.csv?url';
import subsetsUrl from '../../data/subsets.csv?url';
import precedenceUrl from '../../data/precedence.csv?url';
import observationsUrl from '../../data/observations.csv?url';
import eventsUrl from '../../data/events.csv?url';
import boundariesUrl from '../../data/boundaries/regions.geojson?url';
import provincesUrl from '../../data/boundaries/provinces.geojson?url';

/** Where each input file lives. A report page may point any of them elsewhere. */
export interface DataFiles {
  regions: string;
  sources: string;
  metrics: string;
  universes: string;
  subsets: string;
  observations: string;
  precedence: string;
  events: string;
  boundaries: string;
  provinces: string;
}

/** The embedded default dataset: shipped with the app, served from its own origin. */
export const DEFAULT_FILES: DataFiles = {
  regions: regionsUrl,
  sources: sourcesUrl,
  metrics: metricsUrl,
  universes: universesUrl,
  subsets: subsetsUrl,
  observations: observationsUrl,
  precedence: precedenceUrl,
  events: eventsUrl,
  boundaries: boundariesUrl,
  provinces: provincesUrl,
};

export interface LoadedTexts {
  regions: string;
  sources: string;
  metrics: string;
  universes: string;
  subsets: string;
  observations: string;
  precedence: string;
  events: string;
  boundaries: GeoJSON.FeatureCollection;
  provinces: GeoJSON.FeatureCollection;
}

export async function fetchDataFiles(files: DataFiles, signal?: AbortSignal): Promise<LoadedTexts> {
  const text = async (url: string, name: string): Promise<string> => {
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status} for ${url}`);
    return res.text();
  };
  const json = async (url: string, name: string): Promise<GeoJSON.FeatureCollection> => {
    const body = await text(url, name);
    try {
      return JSON.parse(body) as GeoJSON.FeatureCollection;
    } catch (err) {
      throw new Error(`${name}: not valid JSON (${(err as Error).message})`);
    }
  };
  const [
    regions,
    sources,
    metrics,
    universes,
    subsets,
    observations,
    precedence,
    events,
    boundaries,
    provinces,
  ] = await Promise.all([
    text(files.regions, 'regions.csv'),
    text(files.sources, 'sources.csv'),
    text(files.metrics, 'metrics.csv'),
    text(files.universes, 'universes.csv'),
    text(files.subsets, 'subsets.csv'),
    text(files.observations, 'observations.csv'),
    text(files.precedence, 'precedence.csv'),
    text(files.events, 'events.csv'),
    json(files.boundaries, 'regions.geojson'),
    json(files.provinces, 'provinces.geojson'),
  ]);
  return {
    regions,
    sources,
    metrics,
    universes,
    subsets,
    observations,
    precedence,
    events,
    boundaries,
    provinces,
  };
}
