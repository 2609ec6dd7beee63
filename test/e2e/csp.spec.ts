import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/contentSecurityPolicy';
import { serveFolder } from '../../scripts/serve-folder.mjs';
import { BUILT } from './servers';
import { canvasGrid, saturation } from './fixtures';

// The built app and the library, the tests' own build (scripts/e2e-server.mjs), served as plain
// files with the strict policy as a header: no 'unsafe-inline', no data: URLs, nothing from
// another origin.
test.use({ viewport: { width: 720, height: 560 } });

// Every response carries the policy, as a host that sets it as a header does.
const STRICT = { headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } };

let host = '';
test.beforeAll(() => {
  // A host page with nothing of its own inline: its script is a file beside it.
  host = mkdtempSync(join(tmpdir(), 'rmap-csp-host-'));
  writeFileSync(
    join(host, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>host</title>' +
      '<link rel="stylesheet" href="host.css"></head>' +
      '<body><div id="map"></div><script type="module" src="host.js"></script></body></html>',
  );
  writeFileSync(join(host, 'host.css'), '#map { height: 480px; }');
  writeFileSync(
    join(host, 'host.js'),
    "import { mount } from './lib/resumption-map.js';\n" +
      "const el = document.getElementById('map');\n" +
      "el.rmap = mount(el, { query: 'date=2020-03-01' });\n",
  );
});
test.afterAll(() => {
  if (host) rmSync(host, { recursive: true, force: true });
});

/** Records every policy violation and console error from the first script on. */
async function watch(page: Page): Promise<{ errors: string[] }> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return { errors };
}

/** The map in `selector` has drawn its regions in colour and rests. */
async function expectColouredMap(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector<HTMLElement>(s)?.rmap, selector);
  await page.evaluate(async (s) => {
    const rmap = document.querySelector<HTMLElement>(s)!.rmap!;
    await rmap.ready;
    await rmap.idle();
  }, selector);
  const coloured = (await canvasGrid(page, 6, { root: selector })).filter(
    (c) => saturation(c) > 40,
  ).length;
  // A sample every 6 pixels each way: a handful of regions in colour gives a dozen or more.
  expect(coloured, 'coloured pixels of the regions').toBeGreaterThan(10);
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the built app ships the strict policy as a meta tag and runs under it with no violation', async ({
  page,
}) => {
  const html = readFileSync(join(BUILT, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(meta?.[1]?.replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|data:/);
  const server = await serveFolder(BUILT, STRICT);
  try {
    const seen = await watch(page);
    await page.goto(`${server.url}/?date=2020-03-01`);
    await expectColouredMap(page, '#app');
    // The controls drawn with icons and set styles: zoom buttons, legend swatches, points.
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeVisible();
    await expect(page.locator('.legend .sw').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('a data folder is read in its worker under the strict policy, with no violation', async ({
  page,
}) => {
  // A folder of own data beside the built app, as a site that hosts its figures has it.
  const server = await serveFolder(BUILT, { ...STRICT, folders: { 'own/': 'data' } });
  try {
    const seen = await watch(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${server.url}/?data=own/&date=2020-03-01`);
    await expectColouredMap(page, '#app');
    expect(workers.filter((u) => u.includes('observationsWorker'))).toHaveLength(1);
    expect(await violations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the library runs in a host page whose policy is just as strict', async ({ page }) => {
  const server = await serveFolder(host, { ...STRICT, folders: { 'lib/': join(BUILT, 'lib') } });
  try {
    const seen = await watch(page);
    await page.goto(`${server.url}/`);
    await expectColouredMap(page, '#map');
    expect(await violations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
  } finally {
    await server.close();
  }
});
