import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Twenty maps mounted, drawn and destroyed one after another: a page that swaps maps
// (a report with tabs, a single-page app) must not keep any of them.
const CYCLES = 20;

// In software WebGL a destroyed map takes seconds to give back its context (MapLibre's
// remove() calls loseContext, and SwiftShader frees each compiled shader), so twenty cycles
// take minutes; on a GPU they take seconds.
test.describe.configure({ timeout: 600_000 });
test.use({ viewport: { width: 640, height: 480 } });

/**
 * What the page holds after a full garbage collection, from a heap snapshot: the bytes of its
 * objects (JavaScript and DOM, compiled code left out), and how many WebGL contexts, workers
 * and detached DOM nodes are among them. Compiled code is not counted because it grows as
 * V8 optimises more of the app's functions (7.5 → 10.3 MB over twenty cycles here, slowing
 * as it goes), with how often the code ran and not with what a map left behind; counted, it
 * made a heap that leaked nothing look 10 % bigger.
 */
interface HeapCensus {
  objectBytes: number;
  contexts: number;
  workers: number;
  detached: number;
}

async function heapCensus(cdp: CDPSession): Promise<HeapCensus> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const [type, name, size, detachedness] = ['type', 'name', 'self_size', 'detachedness'].map((f) =>
    fields.indexOf(f),
  );
  const census: HeapCensus = { objectBytes: 0, contexts: 0, workers: 0, detached: 0 };
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const kind = types[nodes[i + type!]!];
    if (kind === 'code') continue;
    census.objectBytes += nodes[i + size!]!;
    if (kind !== 'native') continue;
    const label = strings[nodes[i + name!]!] ?? '';
    if (label === 'WebGL2RenderingContext') census.contexts++;
    if (label === 'Worker') census.workers++;
    // 2: a DOM node no document holds.
    if (detachedness! >= 0 && nodes[i + detachedness!] === 2) census.detached++;
  }
  return census;
}

/** Listeners on window, document and the matchMedia lists a map may watch. */
async function pageListeners(cdp: CDPSession): Promise<number> {
  let count = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    count += listeners.length;
  }
  return count;
}

/** Mounts a map in a new element, waits until it has drawn and rests, and destroys it. */
async function cycle(page: Page, n: number): Promise<void> {
  await page.evaluate(async (n) => {
    // The library build, as a report's page loads it (scripts/e2e-server.mjs serves it).
    const url = '/lib/resumption-map.js';
    const { mount } = (await import(url)) as typeof import('../../src/lib');
    for (let i = 0; i < n; i++) {
      const host = document.createElement('div');
      host.style.setProperty('width', '400px');
      host.style.setProperty('height', '300px');
      document.body.append(host);
      const mounted = mount(host, { query: 'date=2020-03-01' });
      await mounted.ready;
      await mounted.idle();
      mounted.destroy();
      host.remove();
    }
  }, n);
}

test('mounting and destroying a map twenty times leaves the heap and the listeners as they were', async ({
  page,
}) => {
  // A report's page with nothing but the library, so only the maps under test are on it.
  await page.route('**/remount-host.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>host</title>' }),
  );
  await page.goto('/remount-host.html');
  const cdp = await page.context().newCDPSession(page);
  // Two cycles first: modules, fonts and shaders load once per page, not once per map.
  await cycle(page, 2);
  const before = await heapCensus(cdp);
  const listenersBefore = await pageListeners(cdp);
  await cycle(page, CYCLES);
  const after = await heapCensus(cdp);
  const listenersAfter = await pageListeners(cdp);
  const perCycle = (after.objectBytes - before.objectBytes) / CYCLES;
  const mb = (b: number) => (b / 1e6).toFixed(1);
  test.info().annotations.push({
    type: 'remount',
    description:
      `objects ${mb(before.objectBytes)} → ${mb(after.objectBytes)} MB ` +
      `(${(perCycle / 1e3).toFixed(0)} kB a cycle), listeners ${listenersBefore} → ${listenersAfter}, ` +
      `WebGL contexts ${before.contexts} → ${after.contexts}, workers ${before.workers} → ${after.workers}, ` +
      `detached nodes ${before.detached} → ${after.detached}`,
  });
  console.log(test.info().annotations.at(-1)?.description);
  expect(listenersAfter, 'listeners on window and document').toBe(listenersBefore);
  expect(after.objectBytes, 'heap after GC').toBeLessThanOrEqual(before.objectBytes * 1.1);
  // One map holds megabytes (its data, its canvas, its layers): a map kept per cycle is
  // far above this, and what is measured without a leak is about 10 kB a cycle.
  expect(perCycle, 'heap kept per cycle, bytes').toBeLessThan(50_000);
  // Not even the last map: its context and worker go with it, not with the next mount.
  expect(after.contexts, 'WebGL contexts').toBe(0);
  expect(after.workers, 'workers').toBe(0);
  expect(after.detached, 'detached DOM nodes').toBeLessThanOrEqual(before.detached);
  // Nothing of a destroyed map is left in the page.
  await expect(page.locator('.rmap')).toHaveCount(0);
});
