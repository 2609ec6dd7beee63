// The import benchmark: how fast the Data panel's import reads a large file, and how much
// memory it takes. It runs the import's own core (decode, read, map columns, join, build:
// src/core/ingest/analyseImport.ts, the code the import worker runs), built for Node, on
// generated files of about a million figures: long (a row per region and day), wide (a
// column per day) and long in GBK. Each case runs in a process of its own, so its peak
// memory is its own. Run alone: node scripts/bench-import.mjs [rows]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'bench-results', '.import-build');
const DAYS = 500;
export const IMPORT_CASES = ['long', 'wide', 'gbk'];

/** Builds the import's core as a Node module (a second or two). */
export function buildImportCore() {
  mkdirSync(BUILD, { recursive: true });
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--ssr',
      'src/core/ingest/analyseImport.ts',
      '--outDir',
      BUILD,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

const pad = (n, w) => String(n).padStart(w, '0');
const day = (d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);

/** Counties named 县0001…, each with a code, as the join's regions. */
function regions(count) {
  return Array.from({ length: count }, (_, i) => ({
    code: String(100001 + i),
    name: `县${pad(i, 4)}`,
    short: `县${pad(i, 4)}`,
    nameEn: `County ${i}`,
    level: 'county',
    parent: '',
    aliases: [],
    lon: 100 + (i % 50) / 10,
    lat: 25 + Math.floor(i / 50) / 10,
  }));
}

const value = (r, d) => `${(r * 7 + d) % 100}.5%`;

function longText(count) {
  const lines = ['地区,日期,复工率'];
  for (let r = 0; r < count; r++)
    for (let d = 0; d < DAYS; d++) lines.push(`县${pad(r, 4)},${day(d)},${value(r, d)}`);
  return lines.join('\n');
}

function wideText(count) {
  const lines = [['地区', ...Array.from({ length: DAYS }, (_, d) => day(d))].join(',')];
  for (let r = 0; r < count; r++)
    lines.push(
      [`县${pad(r, 4)}`, ...Array.from({ length: DAYS }, (_, d) => value(r, d))].join(','),
    );
  return lines.join('\n');
}

// GBK codes of the few Chinese characters the generated files use (checked against
// TextDecoder('gbk') by the case itself).
const GBK = {
  地: [0xb5, 0xd8],
  区: [0xc7, 0xf8],
  日: [0xc8, 0xd5],
  期: [0xc6, 0xda],
  复: [0xb8, 0xb4],
  工: [0xb9, 0xa4],
  率: [0xc2, 0xca],
  县: [0xcf, 0xd8],
};

function gbkBytes(text) {
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out[n++] = code;
    else for (const b of GBK[ch]) out[n++] = b;
  }
  return out.subarray(0, n);
}

/** One case, in this process: the figures, seconds, rows a second and peak memory. */
async function runCase(kind, rows) {
  const count = Math.max(1, Math.round(rows / DAYS));
  const text = kind === 'wide' ? wideText(count) : longText(count);
  const bytes = kind === 'gbk' ? gbkBytes(text) : new TextEncoder().encode(text);
  if (kind === 'gbk' && new TextDecoder('gbk').decode(bytes) !== text)
    throw new Error('GBK table is wrong');
  const { analyseImport } = await import(pathToFileURL(join(BUILD, 'analyseImport.js')).href);
  const context = {
    regions: regions(count),
    toSimplified: (s) => s,
    universeLabel: { zh: '', en: '' },
  };
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const a = analyseImport(bytes, `bench-${kind}.csv`, { overrides: new Map() }, context);
  const seconds = (performance.now() - t0) / 1000;
  const cells = count * DAYS;
  return {
    kind,
    megabytes: bytes.length / 1e6,
    encoding: a.encoding,
    layout: a.layout,
    figures: a.result.figures,
    expected: cells,
    matchedRegions: a.join.keys.filter((k) => k.code).length,
    seconds,
    rowsPerSecond: cells / seconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB: rssBefore / 1e6,
  };
}

/** Every case, each in a process of its own. */
export function runImportBench(rows = 1_000_000) {
  buildImportCore();
  return IMPORT_CASES.map((kind) => {
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        fileURLToPath(import.meta.url),
        '--case',
        kind,
        String(rows),
      ],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return JSON.parse(out.trim().split('\n').pop());
  });
}

export function printImportBench(results) {
  console.log('import (Data panel core, in Node): figures, file, time, rows a second, peak memory');
  for (const r of results) {
    console.log(
      `  ${r.kind.padEnd(5)} ${r.figures.toLocaleString('en')} of ${r.expected.toLocaleString('en')} figures, ` +
        `${r.matchedRegions.toLocaleString('en')} regions matched, ` +
        `${r.megabytes.toFixed(1)} MB ${r.encoding} ${r.layout}: ${r.seconds.toFixed(2)} s, ` +
        `${Math.round(r.rowsPerSecond).toLocaleString('en')} rows/s, peak RSS ${Math.round(r.peakRssMB)} MB ` +
        `(${Math.round(r.rssBeforeMB)} MB before the import, with the file in memory)`,
    );
  }
}

const args = process.argv.slice(2);
if (args[0] === '--case') {
  console.log(JSON.stringify(await runCase(args[1], Number(args[2] ?? 1_000_000))));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printImportBench(runImportBench(Number(args[0] ?? 1_000_000)));
}
