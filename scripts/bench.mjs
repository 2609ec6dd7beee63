// npm run bench — builds the production app, serves it on loopback, drives headless
// Chromium and prints, for each dataset, load times, per-step JavaScript cost, frame time
// while playing, heap growth and the bytes sent on first load. Results go to
// bench-results/ (git-ignored); the previous run is printed beside the new one.
//
// A step is also measured from outside, as a person makes it: focus the date slider, press
// an arrow key, and add up the main-thread time of the key's listeners and of every
// animation-frame callback until the second frame after it (bench-instrument.mjs). A CPU
// profile of the same steps says where that time goes (bench-profile.mjs).
//
// Options (environment):
//   BENCH_CHROMIUM=/path/to/chrome   another browser, e.g. one with a real GPU
//   BENCH_CHROMIUM_ARGS="--use-gl=angle --use-angle=vulkan"   its extra flags
//   BENCH_VIEWPORT=1920x1080         viewport (default 1000x700)
//   BENCH_STEPS=500 BENCH_HEAP_STEPS=10000 BENCH_SKIP_BUILD=1 BENCH_DATASETS=default,stress
//   BENCH_KEY_STEPS=200 BENCH_HOVERS=200 BENCH_PROFILE_STEPS=30 BENCH_PLAY_MS=6000
//   BENCH_SPEEDS=1,4,8
//   BENCH_FLOOR_STEPS=200            keyboard steps on the floor page (bench-floor.mjs)
//   BENCH_IMPORT_ROWS=1000000        figures per import case (bench-import.mjs); 0 skips it
//   (0 skips that part; the stress set plays at the fastest speed only)
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findChromium } from './find-chromium.mjs';
import { buildStressData, buildStressParquet } from './stress-data.mjs';
import { instrumentPage } from './bench-instrument.mjs';
import { summariseProfile } from './bench-profile.mjs';
import { keySteps, quantile, summariseKeySteps } from './bench-steps.mjs';
import { buildFloor, measureFloor } from './bench-floor.mjs';
import { printImportBench, runImportBench } from './bench-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench-results');
const STEPS = Number(process.env.BENCH_STEPS ?? 500);
const HEAP_STEPS = Number(process.env.BENCH_HEAP_STEPS ?? 10000);
const [VW, VH] = (process.env.BENCH_VIEWPORT ?? '1000x700').split('x').map(Number);
const DATASETS = (process.env.BENCH_DATASETS ?? 'default,stress').split(',');
const KEY_STEPS = Number(process.env.BENCH_KEY_STEPS ?? 200);
const HOVERS = Number(process.env.BENCH_HOVERS ?? 200);
const PROFILE_STEPS = Number(process.env.BENCH_PROFILE_STEPS ?? 30);
const PLAY_MS = Number(process.env.BENCH_PLAY_MS ?? 6000);
const FLOOR_STEPS = Number(process.env.BENCH_FLOOR_STEPS ?? KEY_STEPS);
const SPEEDS = (process.env.BENCH_SPEEDS ?? '1,4,8').split(',').map(Number).filter(Boolean);

// V8's GC trace (--trace-gc) says how much heap was in use before each collection: the peak
// while loading. The browser's output reaches a script only through Playwright's debug log,
// so that log is turned on, into a file, before Playwright loads.
const BROWSER_LOG = join(OUT, 'browser.log');
mkdirSync(OUT, { recursive: true });
process.env.DEBUG = [process.env.DEBUG, 'pw:browser'].filter(Boolean).join(',');
process.env.DEBUG_FILE = BROWSER_LOG;
const { chromium } = await import('playwright-core');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function log(msg) {
  process.stderr.write(`${msg}\n`);
}

function serve(roots) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [prefix, dir] of roots) {
      if (!path.startsWith(prefix)) continue;
      let file = join(dir, path.slice(prefix.length));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': statSync(file).size,
        // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      // Sent as it is read, as a static host sends it: reading the stress set's 225 MB first
      // held back its first byte by most of a second.
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404);
    res.end('not found');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * JavaScript and CSS the browser fetched from navigation to the first drawn map (MapLibre's
 * worker included, since the map starts it before drawing), gzip; everything else the build
 * emits loads later, on demand.
 */
function bundleSizes(loadedBeforeDraw) {
  const assets = join(DIST, 'assets');
  const files = readdirSync(assets).filter((f) => /\.(js|mjs|css)$/.test(f));
  const gz = (f) => gzipSync(readFileSync(join(assets, f))).length;
  const initial = new Set(loadedBeforeDraw.map((p) => p.replace(/^.*\/assets\//, '')));
  let initialJs = 0;
  let initialCss = 0;
  let later = 0;
  const firstLoad = [];
  for (const f of files) {
    const size = gz(f);
    if (initial.has(f)) {
      firstLoad.push({ file: f, gzipKB: size / 1024 });
      if (f.endsWith('.css')) initialCss += size;
      else initialJs += size;
    } else later += size;
  }
  return {
    initialJsGzipKB: initialJs / 1024,
    initialCssGzipKB: initialCss / 1024,
    laterGzipKB: later / 1024,
    firstLoad: firstLoad.sort((a, b) => b.gzipKB - a.gzipKB),
  };
}

async function measure(browser, baseUrl, dataset, { loadOnly = false } = {}) {
  const context = await browser.newContext({ viewport: { width: VW, height: VH } });
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  const external = [];
  const scripts = [];
  let drawn = false;
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (!drawn && r.url().startsWith(baseUrl) && /\.(m?js|css)$/.test(path)) scripts.push(path);
    if (
      !r.url().startsWith(baseUrl) &&
      !r.url().startsWith('data:') &&
      !r.url().startsWith('blob:')
    ) {
      external.push(r.url());
    }
  });
  const query = dataset === 'default' ? '' : `?data=${dataset}/`;
  const heapWatch = await watchHeap();
  const t0 = Date.now();
  await page.goto(`${baseUrl}/${query}`, { waitUntil: 'load', timeout: 600_000 });
  await page.waitForFunction(() => document.getElementById('app')?.rmap?.bench, null, {
    timeout: 600_000,
    polling: 100,
  });
  await page.evaluate(() => document.getElementById('app').rmap.ready);
  drawn = true;
  const wall = Date.now() - t0;
  const loadHeap = await heapWatch.stop();
  // `ready` comes with the first frame that draws every layer; a software GPU compiles each
  // pipeline on its first draw, so the pixels can come seconds later: the map at rest (the GPU
  // done with its frames) bounds that from above.
  const restMs = await page.evaluate(async () => {
    await document.getElementById('app').rmap.idle();
    return performance.now();
  });
  log(`  ${dataset}: loaded in ${wall} ms; stepping…`);
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('rmap:'))
        .map((m) => [m.name, m.startTime]),
    ),
  );
  if (loadOnly) {
    await context.close();
    return {
      dataset,
      loadWallMs: wall,
      firstDrawMs: marks['rmap:first-draw'],
      restMs,
      loadHeap,
    };
  }

  const steps = await page.evaluate(async (n) => {
    const b = document.getElementById('app').rmap.bench;
    const update = [];
    const draw = [];
    const started = performance.now();
    if (n) for (let i = 0; i < 20; i++) b.step(i % b.dayCount); // warm-up
    for (let i = 0; i < n; i++) {
      const r = b.step((i * 7) % b.dayCount);
      update.push(r.update);
      draw.push(r.draw);
    }
    return {
      update,
      draw,
      dayCount: b.dayCount,
      rows: b.rows,
      seconds: (performance.now() - started) / 1000,
    };
  }, STEPS);
  log(`  ${dataset}: ${STEPS} steps took ${steps.seconds.toFixed(1)} s; keyboard steps…`);

  const started = Date.now();
  const keyed = await keySteps(page, KEY_STEPS, 600);
  log(
    `  ${dataset}: ${keyed.length} keyboard steps took ${((Date.now() - started) / 1000).toFixed(1)} s; profiling…`,
  );
  const hovered = await hoverMoves(page, HOVERS, 600);
  log(`  ${dataset}: ${hovered.length} pointer moves; profiling…`);
  const profiled = await profileSteps(page, PROFILE_STEPS, baseUrl);

  // Playing: days per second reached, how long each frame that draws lasts, and the time
  // between them. The stress set plays at the fastest speed only.
  const speeds = dataset === 'default' ? SPEEDS : SPEEDS.slice(-1);
  const playing = [];
  for (const speed of PLAY_MS ? speeds : []) {
    log(`  ${dataset}: playing at ${speed}×…`);
    playing.push(await play(page, PLAY_MS, speed));
  }
  const fastest = playing.at(-1);
  const frames = fastest?.mapRenderGaps ?? [];

  log(`  ${dataset}: heap over ${HEAP_STEPS} steps…`);
  const heap = await page.evaluate(async (n) => {
    if (!n) return { beforeMB: NaN, afterMB: NaN };
    const b = document.getElementById('app').rmap.bench;
    const gc = () => (globalThis.gc ? globalThis.gc() : undefined);
    gc();
    await new Promise((r) => setTimeout(r, 200));
    const before = performance.memory?.usedJSHeapSize ?? NaN;
    for (let i = 0; i < n; i++) b.step((i * 13) % b.dayCount, false);
    gc();
    await new Promise((r) => setTimeout(r, 200));
    gc();
    const after = performance.memory?.usedJSHeapSize ?? NaN;
    return { beforeMB: before / 2 ** 20, afterMB: after / 2 ** 20 };
  }, HEAP_STEPS);

  await context.close();
  return {
    dataset,
    days: steps.dayCount,
    rows: steps.rows,
    loadWallMs: wall,
    firstDrawMs: marks['rmap:first-draw'],
    restMs,
    interactiveMs: marks['rmap:interactive'],
    loadHeap,
    update: {
      p50: quantile(steps.update, 0.5),
      p95: quantile(steps.update, 0.95),
      n: steps.update.length,
    },
    draw: { p50: quantile(steps.draw, 0.5), p95: quantile(steps.draw, 0.95) },
    playingFrameMs: { p50: quantile(frames, 0.5), p95: quantile(frames, 0.95), n: frames.length },
    keyStep: summariseKeySteps(keyed),
    hover: summariseKeySteps(hovered),
    profile: profiled,
    playing: playing.map(({ mapRenderGaps, drawnGaps, drawnFrames, ...rest }) => ({
      ...rest,
      // A frame that draws, from its start to the next frame's: what a reader sees as a frame.
      frameThatDrawsMs: {
        p50: quantile(
          drawnFrames.map((f) => f.ms),
          0.5,
        ),
        p95: quantile(
          drawnFrames.map((f) => f.ms),
          0.95,
        ),
        jsP95: quantile(
          drawnFrames.map((f) => f.js),
          0.95,
        ),
        n: drawnFrames.length,
      },
      drawnFrameMs: {
        p50: quantile(drawnGaps, 0.5),
        p95: quantile(drawnGaps, 0.95),
        n: drawnGaps.length,
      },
      mapRenderFrameMs: { p95: quantile(mapRenderGaps, 0.95), n: mapRenderGaps.length },
    })),
    heap: { ...heap, steps: HEAP_STEPS },
    externalRequests: external,
    loadedBeforeDraw: scripts,
  };
}

/** The load figures of a measured dataset. */
function pick(r) {
  return { firstDrawMs: r?.firstDrawMs, restMs: r?.restMs, peakMB: r?.loadHeap?.peakMB };
}

/**
 * The most JavaScript heap in use while the page loads: the largest "before" of V8's GC trace
 * lines written to the browser log from now until `stop`, over every isolate (the page's main
 * thread is the largest). Heap in use just before a collection is the top of each saw tooth.
 */
async function watchHeap() {
  const from = existsSync(BROWSER_LOG) ? statSync(BROWSER_LOG).size : 0;
  return {
    async stop() {
      // The log is written by a stream: give it a moment to reach the file.
      await new Promise((r) => setTimeout(r, 500));
      const text = readFileSync(BROWSER_LOG).subarray(from).toString('utf8');
      let peak = 0;
      let collections = 0;
      for (const m of text.matchAll(
        /ms: [A-Za-z -]*(?:Mark-Compact|Scavenge|Mark-Sweep)[A-Za-z ()]* ([\d.]+) \([\d.]+\) -> /g,
      )) {
        peak = Math.max(peak, Number(m[1]));
        collections++;
      }
      return { peakMB: collections ? peak * 1.048576 : null, collections };
    },
  };
}

/**
 * Moves the pointer over the map as a reader does, from one region to the next and back:
 * from the middle of the map to 150 px right of it, and back, each move waiting for the map
 * to stop drawing before the next. Measured like a step: the move's listeners and every
 * frame until the second after it.
 */
async function hoverMoves(page, n, maxMs) {
  if (!n) return [];
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('no map');
  const at = (i) => [box.x + box.width / 2 + (i % 2 ? 150 : 0), box.y + box.height / 2];
  await page.mouse.move(...at(1));
  const out = [];
  for (let i = -5; i < n; i++) {
    await page.evaluate(() => window.__benchPerf.arm());
    await page.mouse.move(...at(i + 2));
    const r = await page.evaluate((m) => window.__benchPerf.settle(m), maxMs);
    if (!r.keyed) throw new Error('the pointer move did not reach the page');
    if (i >= 0) out.push(r); // the first five warm up
  }
  return out;
}

/** The same keyboard steps under V8's sampling profiler, summed by package and file. */
async function profileSteps(page, n, baseUrl) {
  if (!n) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const steps = await keySteps(page, n, 1500);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const sum = summariseProfile(profile, DIST, baseUrl);
  const perStep = (rows) => rows.map(([k, ms]) => ({ what: k, msPerStep: ms / steps.length }));
  return {
    steps: steps.length,
    keyStep: summariseKeySteps(steps),
    byCategory: perStep(sum.byCategory.filter(([k]) => k !== '(idle)' && k !== '(root)')),
    topFunctions: perStep(sum.topFunctions),
  };
}

/**
 * Plays the whole period, looping, at `speed` for `ms`: the days the date moved per second
 * of wall clock, and the wall time between frames that drew.
 */
async function play(page, ms, speed) {
  return page.evaluate(
    async ({ ms, speed }) => {
      const app = document.getElementById('app').rmap;
      const P = window.__benchPerf;
      const slider = document.querySelector('input.tl-slider');
      let days = 0;
      let prev = null;
      let on = true;
      let lastMove = 0;
      const raf = P.rawRaf;
      // Every frame's timestamp: a frame that draws lasts until the next one begins.
      const frameTimes = [];
      const sample = (t) => {
        if (t !== undefined) frameTimes.push(t);
        const d = app.getState().dayIndex;
        if (prev !== null && d !== prev) {
          days += d > prev ? d - prev : Number(slider.max) - prev + 1 + (d - Number(slider.min));
          lastMove = performance.now();
        }
        prev = d;
        if (on) raf(sample);
      };
      P.record();
      const playing = app.bench.playFrames(ms, speed);
      const t0 = performance.now();
      raf(sample);
      const mapRenderGaps = await playing;
      const seconds = (performance.now() - t0) / 1000;
      on = false;
      sample();
      const drawn = P.drawnFrames();
      const drawnGaps = drawn.slice(1).map((f, i) => f.start - drawn[i].start);
      const drawnFrames = [];
      for (const f of drawn) {
        const next = frameTimes.find((t) => t > f.t);
        if (next !== undefined) drawnFrames.push({ ms: next - f.t, js: f.js });
      }
      return {
        speed,
        seconds,
        daysPerSecond: days / seconds,
        // The date moves only when a frame is drawn: over a short run at seconds a frame, the
        // wall clock also counts the frame still being drawn at the end. From the press to the
        // last move is the pace the date keeps.
        daysPerSecondAtMoves: lastMove > t0 ? days / ((lastMove - t0) / 1000) : NaN,
        mapRenderGaps,
        drawnGaps,
        drawnFrames,
      };
    },
    { ms, speed },
  );
}

const fmt = (v, d = 2) =>
  v === undefined || v === null || Number.isNaN(v) ? '—' : Number(v).toFixed(d);

function printTable(results, previous) {
  const prevOf = (name) => previous?.results?.find((r) => r.dataset === name);
  const rows = [];
  const line = (label, get, digits = 2) => {
    const cells = results.map((r) => {
      const now = get(r);
      const prev = prevOf(r.dataset);
      const before = prev ? get(prev) : undefined;
      return `${fmt(now, digits)}${before !== undefined ? ` (prev ${fmt(before, digits)})` : ''}`;
    });
    rows.push([label, ...cells]);
  };
  line('regions (rows)', (r) => r.rows, 0);
  line('days', (r) => r.days, 0);
  line('first drawn map, ms', (r) => r.firstDrawMs, 0);
  line('map at rest, data drawn, ms', (r) => r.restMs, 0);
  line('timeline responds, ms', (r) => r.interactiveMs, 0);
  line('peak JS heap while loading, MB', (r) => r.loadHeap?.peakMB, 0);
  line('step update JS p50, ms', (r) => r.update.p50, 3);
  line('step update JS p95, ms', (r) => r.update.p95, 3);
  line('step draw (main thread) p50, ms', (r) => r.draw.p50, 3);
  line('step draw (main thread) p95, ms', (r) => r.draw.p95, 3);
  line('frame while playing p50, ms', (r) => r.playingFrameMs.p50, 1);
  line('frame while playing p95, ms', (r) => r.playingFrameMs.p95, 1);
  line('step from outside (key + 2 frames) p50, ms', (r) => r.keyStep?.p50, 2);
  line('step from outside (key + 2 frames) p95, ms', (r) => r.keyStep?.p95, 2);
  line('  key listeners p50, ms', (r) => r.keyStep?.listenerP50, 2);
  line('  frames that draw per step', (r) => r.keyStep?.framesPerStep, 1);
  line('  draw calls per drawn frame', (r) => r.keyStep?.drawsPerFrame, 1);
  line('  JS per drawn frame, ms', (r) => r.keyStep?.jsPerDrawnFrame, 2);
  line('  JS in all frames of a step, ms', (r) => r.keyStep?.jsAllFramesPerStep, 2);
  line('hover from outside (move + 2 frames) p50, ms', (r) => r.hover?.p50, 2);
  line('hover from outside (move + 2 frames) p95, ms', (r) => r.hover?.p95, 2);
  line('  pointer listeners p50, ms', (r) => r.hover?.listenerP50, 2);
  line('  frames that draw per move', (r) => r.hover?.framesPerStep, 1);
  line('  GPU read-backs per move', (r) => r.hover?.readBacksPerStep, 1);
  for (const speed of SPEEDS) {
    const at = (r) => r.playing?.find((p) => p.speed === speed);
    line(`days per second at ${speed}× (wall clock)`, (r) => at(r)?.daysPerSecond, 2);
    line(`  … from the press to the date's last move`, (r) => at(r)?.daysPerSecondAtMoves, 2);
    line(
      `frame that draws while playing ${speed}× p95, ms`,
      (r) => at(r)?.frameThatDrawsMs?.p95,
      1,
    );
    line(`  JS in it p95, ms`, (r) => at(r)?.frameThatDrawsMs?.jsP95, 2);
    // At 8× a day lasts 125 ms: this gap is the day's length at best, never a frame's.
    line(`  time between frames that draw p95, ms`, (r) => at(r)?.drawnFrameMs.p95, 1);
  }
  line('JS heap before, MB', (r) => r.heap.beforeMB, 2);
  line(`JS heap after ${HEAP_STEPS} steps, MB`, (r) => r.heap.afterMB, 2);
  const head = ['', ...results.map((r) => r.dataset)];
  const widths = head.map((_, i) =>
    Math.max(...[head, ...rows].map((row) => String(row[i]).length)),
  );
  const out = [head, ...rows].map((row) =>
    row.map((c, i) => String(c).padEnd(widths[i])).join('  '),
  );
  console.log(out.join('\n'));
  for (const r of results) printBreakdown(r);
}

function printBreakdown(r) {
  const p = r.profile;
  if (!p) return;
  const k = p.keyStep;
  console.log(
    `\n${r.dataset}: where a keyboard step's main-thread time goes (V8 profile of ${p.steps} steps, ` +
      `until the map stops drawing; the profiler adds its own overhead). ` +
      `${fmt(k.framesPerStep, 1)} frames draw per step, ${fmt(k.drawsPerFrame, 1)} draw calls each, ` +
      `${fmt(k.jsPerDrawnFrame, 2)} ms JS per drawn frame:`,
  );
  const total = p.byCategory.reduce((a, c) => a + c.msPerStep, 0);
  for (const c of p.byCategory.filter((c) => c.msPerStep >= 0.01))
    console.log(
      `  ${c.what.padEnd(46)} ${fmt(c.msPerStep, 2).padStart(7)} ms  ${fmt((100 * c.msPerStep) / total, 0).padStart(3)}%`,
    );
  console.log(`  ${'total'.padEnd(46)} ${fmt(total, 2).padStart(7)} ms`);
  console.log('  top functions:');
  for (const f of p.topFunctions.slice(0, 8))
    console.log(`    ${fmt(f.msPerStep, 2).padStart(6)} ms  ${f.what}`);
}

/** The libraries' floor beside the app's own step figures (bench-floor.mjs). */
function printFloor(rows) {
  if (!rows.length) return;
  console.log(
    "\nthe libraries' floor: MapLibre and deck.gl alone, the same keyboard steps (key + 2 frames):",
  );
  const width = Math.max(...rows.map((r) => r.what.length));
  for (const { what, keyStep: k } of rows)
    console.log(
      `  ${what.padEnd(width)}  p50 ${fmt(k?.p50).padStart(6)} ms  p95 ${fmt(k?.p95).padStart(6)} ms` +
        `  draw calls ${fmt(k?.drawsPerFrame, 1).padStart(4)}  JS per drawn frame ${fmt(k?.jsPerDrawnFrame)} ms`,
    );
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  if (!process.env.BENCH_SKIP_BUILD) {
    log('building the production app…');
    // Hidden source maps: the profile is summed by source file, and the shipped files stay
    // byte-for-byte what they would be without them.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--sourcemap', 'hidden'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const roots = [['/', DIST]];
  if (FLOOR_STEPS) {
    log('building the floor page (MapLibre and deck.gl alone)…');
    const floorDir = join(OUT, 'floor');
    await buildFloor(floorDir);
    roots.unshift(['/floor/', floorDir + '/']);
  }
  if (DATASETS.includes('stress')) {
    const dir = join(OUT, 'stress');
    log('generating the stress dataset…');
    const info = await buildStressData(dir);
    log(
      `stress dataset: ${info.regions} polygons × ${info.days} days, ${info.observations} observations`,
    );
    roots.unshift(['/stress/', dir + '/']);
    // The same figures as Parquet, beside the CSV: its size and its load time.
    const twin = join(OUT, 'stress-parquet');
    log('writing the stress set as Parquet…');
    await buildStressParquet(dir, twin);
    roots.unshift(['/stress-parquet/', twin + '/']);
  }
  const server = await serve(roots);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;

  const found = await findChromium();
  const executablePath = process.env.BENCH_CHROMIUM ?? found.executablePath;
  const extra = (process.env.BENCH_CHROMIUM_ARGS ?? '').split(/\s+/).filter(Boolean);
  const args = [
    ...(process.env.BENCH_CHROMIUM ? ['--no-sandbox', '--headless=new'] : found.args),
    ...extra,
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc --trace-gc',
  ];
  log(`browser: ${executablePath} ${args.join(' ')}`);
  const browser = await chromium.launch({ executablePath, args });
  const gl = await (async () => {
    const p = await browser.newPage();
    const r = await p.evaluate(() => {
      const g = document.createElement('canvas').getContext('webgl2');
      const ext = g?.getExtension('WEBGL_debug_renderer_info');
      return g
        ? String(ext ? g.getParameter(ext.UNMASKED_RENDERER_WEBGL) : g.getParameter(g.RENDERER))
        : 'none';
    });
    await p.close();
    return r;
  })();
  log(`WebGL renderer: ${gl}`);

  const results = [];
  for (const d of DATASETS) {
    log(`measuring ${d}…`);
    const r = await measure(browser, baseUrl, d);
    results.push(r);
  }
  const forms = [];
  if (DATASETS.includes('stress')) {
    log('loading the stress set from Parquet…');
    const parquet = await measure(browser, baseUrl, 'stress-parquet', { loadOnly: true });
    const stress = results.find((r) => r.dataset === 'stress');
    const size = (dir, file) => statSync(join(OUT, dir, file)).size / 1e6;
    forms.push(
      { form: 'CSV', MB: size('stress', 'observations.csv'), ...pick(stress) },
      { form: 'Parquet', MB: size('stress-parquet', 'observations.parquet'), ...pick(parquet) },
    );
  }
  if (FLOOR_STEPS) log("measuring the libraries' floor…");
  const viewport = { width: VW, height: VH };
  const floor = FLOOR_STEPS
    ? await measureFloor(browser, baseUrl, { steps: FLOOR_STEPS, viewport })
    : [];
  await browser.close();
  server.close();

  // The Data panel's import, in Node: a million figures long, wide and in GBK.
  const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
  if (importRows > 0) log(`import benchmark, ${importRows.toLocaleString('en')} figures a case…`);
  const imports = importRows > 0 ? runImportBench(importRows) : [];

  const report = {
    when: new Date().toISOString(),
    browser: { executablePath, args, webgl: gl },
    viewport: `${VW}x${VH}`,
    bundle: bundleSizes(results[0]?.loadedBeforeDraw ?? []),
    results,
    forms,
    imports,
    floor,
  };
  const latest = join(OUT, 'latest.json');
  const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
  printTable(results, previous);
  printFloor(floor);
  for (const f of forms)
    console.log(
      `stress observations as ${f.form}: ${f.MB.toFixed(1)} MB, first drawn map ${f.firstDrawMs?.toFixed(0)} ms, at rest ${f.restMs?.toFixed(0)} ms, peak JS heap ${f.peakMB?.toFixed(0) ?? '—'} MB`,
    );
  const b = report.bundle;
  console.log(
    `first load: ${fmt(b.initialJsGzipKB, 1)} KB JS gzip + ${fmt(b.initialCssGzipKB, 1)} KB CSS gzip; loaded later: ${fmt(b.laterGzipKB, 1)} KB gzip` +
      (previous?.bundle ? ` (prev ${fmt(previous.bundle.initialJsGzipKB, 1)} KB JS)` : ''),
  );
  if (imports.length) printImportBench(imports);
  for (const r of results)
    if (r.externalRequests.length)
      console.log(`${r.dataset}: requests outside the app: ${r.externalRequests.join(', ')}`);
  const stamp = report.when.replace(/[:.]/g, '-');
  writeFileSync(join(OUT, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(latest, JSON.stringify(report, null, 2));
  console.log(`results: ${relative(ROOT, join(OUT, `bench-${stamp}.json`))}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
