/**
 * The data check: the shipped files in data/ must pass every rule the app
 * relies on to be honest — each figure traceable to a source phrase that says
 * it, on a real date, for a region the map can draw.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDataset, type DataFile } from '../../src/core/parseDataset';
import { evidenceContainsValue } from '../../src/core/evidence';
import { joinRegions } from '../../src/core/joinRegions';
import { readTopology } from '../../src/core/readBoundaries';
import type { Topology } from 'topojson-specification';
import { isIsoDate } from '../../src/core/dates';
import { buildMapModel, type BoundaryCollection } from '../../src/core/mapModel';
import { DEFAULT_FILL_LAYER, listLayers, splitLayerId } from '../../src/core/layers';
import { Status } from '../../src/core/status';
import type { Dataset, InputIssue, Observation } from '../../src/core/types';
import { formatEn } from './englishIssues';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES: Record<DataFile, string> = {
  regions: 'data/regions.csv',
  sources: 'data/sources.csv',
  metrics: 'data/metrics.csv',
  universes: 'data/universes.csv',
  subsets: 'data/subsets.csv',
  observations: 'data/observations.csv',
  precedence: 'data/precedence.csv',
  events: 'data/events.csv',
};
const BOUNDARIES = 'data/boundaries/regions.topojson';
const MAX_EVIDENCE = 60;
// Mainland China with a margin: a label point outside is a swapped or mistyped coordinate.
const CHINA = { west: 73, east: 136, south: 18, north: 54 };

function read(path: string): string {
  const full = ROOT + path;
  if (!existsSync(full)) throw new Error(`${path} does not exist (yet)`);
  return readFileSync(full, 'utf8');
}

type Ring = [number, number][];
interface Feature {
  properties: { code?: unknown; name?: unknown; lon?: unknown; lat?: unknown };
  geometry: { type: string; coordinates: unknown } | null;
}

let loaded: { dataset: Dataset; issues: InputIssue[] } | null = null;
function data(): { dataset: Dataset; issues: InputIssue[] } {
  loaded ??= buildDataset(
    {
      regions: read(FILES.regions),
      sources: read(FILES.sources),
      metrics: read(FILES.metrics),
      universes: read(FILES.universes),
      subsets: read(FILES.subsets),
      observations: read(FILES.observations),
      precedence: read(FILES.precedence),
      ...(existsSync(ROOT + FILES.events) ? { events: read(FILES.events) } : {}),
    },
    FILES,
  );
  return loaded;
}

function features(): Feature[] {
  const layer = readTopology(JSON.parse(read(BOUNDARIES)) as Topology);
  if (!layer) throw new Error(`${BOUNDARIES} holds no collection of polygons`);
  return layer.features as Feature[];
}

/** Issues of one file about one field, as messages: an empty list reads as a pass. */
function issuesAbout(file: DataFile, ...fields: string[]): string[] {
  return data()
    .issues.filter(
      (i) => i.file === FILES[file] && (fields.length === 0 || fields.includes(i.field)),
    )
    .map(formatEn);
}

const where = (o: Observation) => `${FILES.observations} row ${o.row}`;

function polygons(geometry: Feature['geometry']): Ring[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToRing(x: number, y: number, ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j] as [number, number];
    const [bx, by] = ring[i] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** Inside the shape, or within ~2 km of its edge (simplified boundaries move edges a little). */
function nearlyInside(x: number, y: number, geometry: Feature['geometry']): boolean {
  const polys = polygons(geometry);
  const inside = polys.some(
    ([outer, ...holes]) => outer && inRing(x, y, outer) && !holes.some((h) => inRing(x, y, h)),
  );
  if (inside) return true;
  return polys.some((rings) => rings.some((r) => distanceToRing(x, y, r) < 0.02));
}

describe('data check: files parse', () => {
  it('regions.csv has no problems', () => expect(issuesAbout('regions')).toEqual([]));
  it('sources.csv has no problems', () => expect(issuesAbout('sources')).toEqual([]));
  it('metrics.csv has no problems', () => expect(issuesAbout('metrics')).toEqual([]));
  it('observations.csv has no problems', () => expect(issuesAbout('observations')).toEqual([]));
  it('events.csv has no problems', () => expect(issuesAbout('events')).toEqual([]));
  it('there are observations at all', () =>
    expect(data().dataset.observations.length).toBeGreaterThan(0));
  // The app reads a region without one (own data names its regions in Chinese only); the
  // shipped map gives every region its English name.
  it('every shipped region has an English name', () =>
    expect(
      data()
        .dataset.regions.filter((r) => r.nameEn === '')
        .map((r) => r.code),
    ).toEqual([]));
});

describe('data check: observations', () => {
  it("every observation's region exists in regions.csv", () =>
    expect(issuesAbout('observations', 'region')).toEqual([]));
  it("every observation's metric exists in metrics.csv", () =>
    expect(issuesAbout('observations', 'metric')).toEqual([]));
  it("every observation's source exists in sources.csv", () =>
    expect(issuesAbout('observations', 'source')).toEqual([]));
  it('every observation date is a real YYYY-MM-DD day', () =>
    expect(issuesAbout('observations', 'date', 'date_basis')).toEqual([]));
  it('every value and denominator is a plain finite number', () =>
    expect(issuesAbout('observations', 'value', 'denominator')).toEqual([]));
  it('every qualifier is exact, at_least, about or at_most', () =>
    expect(issuesAbout('observations', 'qualifier')).toEqual([]));
  it('every observation is in the unit of its metric', () =>
    expect(issuesAbout('observations', 'unit')).toEqual([]));

  it(`every evidence phrase is at most ${MAX_EVIDENCE} characters`, () => {
    const long = data()
      .dataset.observations.filter((o) => [...o.evidence].length > MAX_EVIDENCE)
      .map((o) => `${where(o)}: ${[...o.evidence].length} characters`);
    expect(long).toEqual([]);
  });

  it('the evidence phrase states the value, unless a derivation says how it follows', () => {
    const missing = data()
      .dataset.observations.filter(
        (o) => o.derivation === '' && !evidenceContainsValue(o.evidence, o.value, o.unit),
      )
      .map((o) => `${where(o)}: ${o.value} not found in "${o.evidence}"`);
    expect(missing).toEqual([]);
  });

  it('a rate derived from a count has a denominator stated on the count row of the same region, date and source', () => {
    const { dataset } = data();
    const kind = new Map(dataset.metrics.map((m) => [m.id, m.kind]));
    const key = (o: Observation) => `${o.region}|${o.date}|${o.source}`;
    const counts = new Map<string, Observation[]>();
    for (const o of dataset.observations) {
      if (kind.get(o.metric) !== 'count') continue;
      counts.set(key(o), [...(counts.get(key(o)) ?? []), o]);
    }
    const bad: string[] = [];
    for (const o of dataset.observations) {
      if (kind.get(o.metric) !== 'rate' || o.unit !== '%' || o.derivation === '') continue;
      const siblings = counts.get(key(o));
      if (!siblings) continue; // derived from something other than a count of this source
      // The rate is rounded as the source would round it: to the decimals it is written with.
      const decimals = (String(o.value).split('.')[1] ?? '').length;
      const tolerance = 0.5 * 10 ** -decimals + 1e-9;
      const fits = siblings.some(
        (c) =>
          c.denominator !== null &&
          Math.abs((100 * c.value) / c.denominator - o.value) <= tolerance,
      );
      if (!fits) {
        bad.push(
          `${where(o)}: ${o.value}% derived, but no count row of ${key(o)} has a denominator giving it ` +
            `(${siblings.map((c) => `row ${c.row}: ${c.value}/${c.denominator ?? '—'}`).join(', ')})`,
        );
      }
    }
    expect(bad).toEqual([]);
  });

  it('a count is not larger than the total it is stated out of', () => {
    const { dataset } = data();
    const kind = new Map(dataset.metrics.map((m) => [m.id, m.kind]));
    const bad = dataset.observations
      .filter(
        (o) => kind.get(o.metric) === 'count' && o.denominator !== null && o.value > o.denominator,
      )
      .map((o) => `${where(o)}: ${o.value} > ${o.denominator}`);
    expect(bad).toEqual([]);
  });

  it('rates shown on the choropleth lie between 0 and 100 percent', () => {
    const { dataset } = data();
    const mapped = new Set(
      dataset.metrics.filter((m) => m.layer === 'choropleth' && m.unit === '%').map((m) => m.id),
    );
    const bad = dataset.observations
      .filter((o) => mapped.has(o.metric) && !(o.value >= 0 && o.value <= 100))
      .map((o) => `${where(o)}: ${o.value}%`);
    expect(bad).toEqual([]);
  });

  it('no figure is dated after the source that reports it was published', () => {
    const { dataset } = data();
    const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
    const bad = dataset.observations
      .filter((o) => {
        const p = published.get(o.source) ?? '';
        return p !== '' && o.date > p;
      })
      .map(
        (o) =>
          `${where(o)}: ${o.date} is after ${o.source} was published (${published.get(o.source)})`,
      );
    expect(bad).toEqual([]);
  });

  it('a figure dated by publication carries its source’s publication date', () => {
    const { dataset } = data();
    const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
    const bad = dataset.observations
      .filter((o) => o.dateBasis === 'published' && published.get(o.source) !== o.date)
      .map(
        (o) =>
          `${where(o)}: date ${o.date}, but ${o.source} published "${published.get(o.source) ?? ''}"`,
      );
    expect(bad).toEqual([]);
  });
});

describe('data check: like with like', () => {
  it('universes.csv, subsets.csv and precedence.csv have no problems', () => {
    expect(issuesAbout('universes')).toEqual([]);
    expect(issuesAbout('subsets')).toEqual([]);
    expect(issuesAbout('precedence')).toEqual([]);
  });

  it('every observation has a universe of universes.csv, and a subset of subsets.csv or none', () =>
    expect(issuesAbout('observations', 'universe', 'subset', 'id')).toEqual([]));

  it('a bounded date keeps its bounds in order', () =>
    expect(issuesAbout('observations', 'date_latest')).toEqual([]));

  it('every source says whether it is an article or another report', () => {
    const { dataset } = data();
    const bad = dataset.sources
      .filter((s) => s.external !== !/^s\d{3}$/.test(s.id))
      .map((s) => `${s.id}: external=${s.external}`);
    expect(bad).toEqual([]);
  });

  it('no layer shows two universes: each figure a timeline draws is of its layer', () => {
    const model = buildMapModel(data().dataset, { type: 'FeatureCollection', features: [] });
    const bad: string[] = [];
    for (const layer of listLayers(model.dataset)) {
      const t = model.timeline(layer.id, { interpolate: true, maxAgeDays: 60 });
      for (const i of new Set(t.obs)) {
        const o = model.dataset.observations[i];
        if (o && (o.metric !== layer.metric.id || o.universe !== layer.universe.id))
          bad.push(`${layer.id} draws ${o.id} (${o.metric}.${o.universe})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('on the default layer every region with a figure of that universe is coloured on some day', () => {
    const { dataset } = data();
    const model = buildMapModel(dataset, {
      type: 'FeatureCollection',
      features: features() as BoundaryCollection['features'],
    });
    const t = model.timeline(DEFAULT_FILL_LAYER, { interpolate: false, maxAgeDays: 60 });
    const R = t.regions.length;
    const { metric, universe } = splitLayerId(DEFAULT_FILL_LAYER);
    const withFigure = new Set(
      dataset.observations
        .filter((o) => o.metric === metric && o.universe === universe)
        .map((o) => o.region),
    );
    const uncoloured = [...withFigure].filter((code) => {
      const r = t.regions.indexOf(code);
      if (r < 0 || r >= model.features.length) return false; // provinces and point-only units
      for (let d = 0; d < t.dates.length; d++) {
        const s = t.status[d * R + r] ?? Status.None;
        if (s !== Status.None && s !== Status.Stale) return false;
      }
      return true;
    });
    expect(uncoloured).toEqual([]);
  });
});

describe('data check: references and ids', () => {
  it('no region code, source id, metric id or event id is repeated', () => {
    const repeats = data()
      .issues.filter((i) => i.code === 'repeated-key')
      .map(formatEn);
    expect(repeats).toEqual([]);
  });

  it("every region's parent exists", () => expect(issuesAbout('regions', 'parent')).toEqual([]));

  it("every event's region and source exist", () =>
    expect(issuesAbout('events', 'region', 'source')).toEqual([]));

  it(`every event's evidence is at most ${MAX_EVIDENCE} characters`, () => {
    const long = data()
      .dataset.events.filter((e) => [...e.evidence].length > MAX_EVIDENCE)
      .map((e) => `${FILES.events} row ${e.row}: ${[...e.evidence].length} characters`);
    expect(long).toEqual([]);
  });

  it('every source cited has a title and says where it came from (url or notes)', () => {
    const { dataset } = data();
    const cited = new Set([
      ...dataset.observations.map((o) => o.source),
      ...dataset.events.map((e) => e.source),
    ]);
    const bad = dataset.sources
      .filter((s) => cited.has(s.id) && (s.title === '' || (s.url === '' && s.notes === '')))
      .map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('every source publication date is a real day or left empty', () => {
    const bad = data()
      .dataset.sources.filter((s) => s.published !== '' && !isIsoDate(s.published))
      .map((s) => `${s.id}: ${s.published}`);
    expect(bad).toEqual([]);
  });
});

describe('data check: label points and boundaries', () => {
  it('every region has a label point inside China', () => {
    const bad = data()
      .dataset.regions.filter(
        (r) =>
          !(
            r.lon >= CHINA.west &&
            r.lon <= CHINA.east &&
            r.lat >= CHINA.south &&
            r.lat <= CHINA.north
          ),
      )
      .map((r) => `${r.code} ${r.name}: ${r.lon},${r.lat}`);
    expect(bad).toEqual([]);
  });

  it('every boundary feature has a code, a name and a finite label point', () => {
    const bad = features()
      .map((f, i) => ({ f, i }))
      .filter(
        ({ f }) =>
          typeof f.properties.code !== 'string' ||
          typeof f.properties.name !== 'string' ||
          !Number.isFinite(f.properties.lon) ||
          !Number.isFinite(f.properties.lat),
      )
      .map(({ f, i }) => `feature ${i}: ${JSON.stringify(f.properties)}`);
    expect(bad).toEqual([]);
  });

  it('every boundary feature joins to regions.csv, by code, once', () => {
    const fs = features();
    const { dataset } = data();
    const join = joinRegions(
      dataset.regions,
      fs.map((f) => ({
        code: String(f.properties.code ?? ''),
        name: String(f.properties.name ?? ''),
      })),
      dataset.observations,
    );
    const codes = new Set(dataset.regions.map((r) => r.code));
    const problems = [
      ...join.unmatchedFeatures.map(
        (i) => `feature ${i} (${String(fs[i]?.properties.name)}) matches no region`,
      ),
      ...join.duplicateFeatures.map(
        (i) => `feature ${i} (${String(fs[i]?.properties.name)}) draws a region twice`,
      ),
      ...fs
        .map((f, i) => ({ code: String(f.properties.code), i }))
        .filter(({ code, i }) => join.featureRegion[i] !== null && !codes.has(code))
        .map(
          ({ code, i }) =>
            `feature ${i} joins only by name; its code ${code} is not in regions.csv`,
        ),
    ];
    expect(problems).toEqual([]);
  });

  it('every feature label point agrees with regions.csv', () => {
    const { dataset } = data();
    const byCode = new Map(dataset.regions.map((r) => [r.code, r]));
    const bad = features()
      .filter((f) => {
        const r = byCode.get(String(f.properties.code));
        return (
          r &&
          (Math.abs(r.lon - Number(f.properties.lon)) > 1e-3 ||
            Math.abs(r.lat - Number(f.properties.lat)) > 1e-3)
        );
      })
      .map((f) => `${String(f.properties.code)}: feature ${f.properties.lon},${f.properties.lat}`);
    expect(bad).toEqual([]);
  });

  it("every region's label point lies inside its own boundary", () => {
    const { dataset } = data();
    const byCode = new Map(features().map((f) => [String(f.properties.code), f]));
    const bad = dataset.regions
      .filter((r) => {
        const f = byCode.get(r.code);
        return f && !nearlyInside(r.lon, r.lat, f.geometry);
      })
      .map((r) => `${r.code} ${r.name}: ${r.lon},${r.lat}`);
    expect(bad).toEqual([]);
  });

  it('every observation names a region the map can place (a polygon or a label point)', () => {
    const { dataset } = data();
    const join = joinRegions(dataset.regions, [], dataset.observations);
    expect(
      join.unmatchedObservations.map((i) => where(dataset.observations[i] as Observation)),
    ).toEqual([]);
  });
});

describe('data check: the check itself', () => {
  it('finds a label point inside a square and not outside it', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(nearlyInside(0.5, 0.5, square)).toBe(true);
    expect(nearlyInside(1.5, 0.5, square)).toBe(false);
    expect(nearlyInside(1.01, 0.5, square)).toBe(true);
  });
});
