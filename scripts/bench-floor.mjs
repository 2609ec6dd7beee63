// The libraries' floor: what a keyboard step costs on a page that has only MapLibre and
// deck.gl, drawn the way the app draws them (bench-floor/main.js), measured exactly as the
// app's steps are. The app's own figures are read against it: no change to the app can make
// a step cheaper than the libraries' redraw of the same number of layers in this browser.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { instrumentPage } from './bench-instrument.mjs';
import { keySteps, summariseKeySteps } from './bench-steps.mjs';

const PAGE = join(dirname(fileURLToPath(import.meta.url)), 'bench-floor');

const VARIANTS = [
  { what: "one layer, drawn in MapLibre's frame", query: 'layers=1' },
  { what: 'one layer, on a canvas of its own', query: 'layers=1&interleaved=0' },
  { what: "four layers (fills, borders, figures, labels), in MapLibre's frame", query: 'layers=4' },
  { what: 'four layers, on a canvas of their own', query: 'layers=4&interleaved=0' },
  { what: "six layers (the map's kinds), in MapLibre's frame", query: 'layers=6' },
  { what: 'six layers, on a canvas of their own', query: 'layers=6&interleaved=0' },
];

/** Builds the floor page into `outDir`, to be served at /floor/. */
export async function buildFloor(outDir) {
  await build({
    root: PAGE,
    configFile: false,
    base: './',
    logLevel: 'warn',
    // One page of two libraries: its chunks are large, and that is what it measures.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
}

/** Each variant's keyboard steps, as `summariseKeySteps` gives them for the app. */
export async function measureFloor(browser, baseUrl, { steps, viewport }) {
  const out = [];
  for (const v of VARIANTS) {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(instrumentPage);
    await page.goto(`${baseUrl}/floor/?${v.query}`);
    await page.evaluate(() => window.floorReady);
    const keyed = await keySteps(page, steps, 600, { slider: false });
    out.push({ what: v.what, keyStep: summariseKeySteps(keyed) });
    await page.close();
  }
  return out;
}
