import type { CDPSession, Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';

// Twenty maps mounted, drawn and destroyed one after another: a page that swaps maps
// (a report with tabs, a single-page app) must not keep any of them.
const CYCLES = 20;

// In software WebGL a destroyed map takes seconds to give back its context (MapLibre's
// remove() calls loseContext, and SwiftShader frees each compiled shader), so twenty cycles
// take minutes; on a GPU they take seconds.
test.describe.configure({ timeout: 600_000 });
test.use({ viewport: { width: 640, height: 480 } });

/** Heap in use after a full garbage collection, in bytes. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
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
    // The dev server's own module, the one the page already runs.
    const url = '/src/mount.ts';
    const { mount } = (await import(url)) as typeof import('../../src/mount');
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
  await openMap(page);
  // The stand-alone map goes first, so only the maps under test are on the page.
  await page.evaluate(() => {
    document.getElementById('app')!.rmap!.destroy();
  });
  const cdp = await page.context().newCDPSession(page);
  // Two cycles first: modules, fonts and shaders load once per page, not once per map.
  await cycle(page, 2);
  const heapBefore = await heapAfterGc(cdp);
  const listenersBefore = await pageListeners(cdp);
  await cycle(page, CYCLES);
  const heapAfter = await heapAfterGc(cdp);
  const listenersAfter = await pageListeners(cdp);
  const perCycle = (heapAfter - heapBefore) / CYCLES;
  test.info().annotations.push({
    type: 'remount',
    description: `heap ${(heapBefore / 1e6).toFixed(1)} → ${(heapAfter / 1e6).toFixed(1)} MB (${(perCycle / 1e3).toFixed(0)} kB a cycle), listeners ${listenersBefore} → ${listenersAfter}`,
  });
  console.log(test.info().annotations.at(-1)?.description);
  expect(listenersAfter, 'listeners on window and document').toBe(listenersBefore);
  expect(heapAfter, 'heap after GC').toBeLessThanOrEqual(heapBefore * 1.1);
  // Nothing of a destroyed map is left in the page.
  await expect(page.locator('.rmap')).toHaveCount(0);
});
