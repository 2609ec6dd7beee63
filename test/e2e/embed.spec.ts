import { test, expect, openMap, settle } from './fixtures';
import type { Page } from '@playwright/test';

async function openEmbed(page: Page, query: string, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await openMap(page, `embed=1&${query}`);
  await settle(page);
}

/** What an embed shows: the title, map, legend, a play button, the slider and one credit line. */
async function expectCompact(page: Page, title = '复工复产地图') {
  const root = page.locator('.rmap');
  await expect(root).toHaveClass(/\bembed\b/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.locator('.map canvas')).toBeVisible();
  await expect(page.locator('.legend')).toBeVisible();
  await expect(page.getByRole('slider')).toBeVisible();
  const play = page.locator('.tl-play');
  await expect(play).toBeVisible();
  // Touch-sized controls.
  const box = (await play.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(32);
  expect(box.width).toBeGreaterThanOrEqual(32);
  // No explorer controls.
  for (const sel of ['.picker', '.lang', '.export-open', '.embed-open', '.notes']) {
    for (const el of await page.locator(sel).all()) await expect(el).toBeHidden();
  }
  // One line of credit with a way to the full map.
  const credit = page.locator('.credit');
  await expect(credit).toBeVisible();
  const lineHeight = await credit.evaluate(
    (el) => parseFloat(getComputedStyle(el).lineHeight) || 16,
  );
  expect((await credit.boundingBox())!.height).toBeLessThan(lineHeight * 1.9 + 12);
  await expect(credit.getByRole('link')).toHaveAttribute('href', /^(?!.*embed=1).*date=/);
  // Nothing sticks out sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the embed at 375 px: title, map, legend, compact timeline with play, one-line credit', async ({
  page,
}) => {
  await openEmbed(page, 'date=2020-03-01', 375, 640);
  await expectCompact(page);
  await expect(page).toHaveScreenshot('embed-375.png', { maxDiffPixelRatio: 0.04 });
});

test('the embed at 1280 px', async ({ page }) => {
  await openEmbed(page, 'date=2020-03-01', 1280, 720);
  await expectCompact(page);
  await expect(page).toHaveScreenshot('embed-1280.png', { maxDiffPixelRatio: 0.04 });
});

// One test a frame size: each loads the map afresh, and three loads in one test's time did not
// fit it on a busy machine.
for (const [w, h] of [
  [320, 500],
  [1600, 500],
  [700, 300],
] as const) {
  test(`the embed fits a ${w} × ${h} frame`, async ({ page }) => {
    await openEmbed(page, 'date=2020-03-01&lang=en', w, h);
    await expectCompact(page, 'Work resumption map');
    const bottom = await page.evaluate(
      () => document.querySelector('.rmap .credit')!.getBoundingClientRect().bottom,
    );
    expect(bottom).toBeLessThanOrEqual(h + 1);
    // A report's usual 500 px frame shows the whole legend, narrow or wide; only a smaller
    // one scrolls it.
    if (h >= 500) expect(await legendClip(page)).toEqual({ hidden: 0, below: 0 });
  });
}

/** How much of the legend is scrolled out of sight, and how far it reaches below the page. */
function legendClip(page: Page | import('@playwright/test').Frame) {
  return page.evaluate(() => {
    const legend = document.querySelector<HTMLElement>('.rmap .legend')!;
    return {
      hidden: Math.max(0, legend.scrollHeight - legend.clientHeight - 1),
      below: Math.max(0, Math.ceil(legend.getBoundingClientRect().bottom - window.innerHeight)),
    };
  });
}

/** Drags the map by (dx, dy) with the mouse, from a point left of any panel over it. */
async function pan(page: Page, dx: number, dy: number) {
  const box = (await page.locator('.map').boundingBox())!;
  const [x, y] = [box.x + box.width * 0.3, box.y + box.height * 0.5];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
}

const camera = (frame: Page | import('@playwright/test').Frame) =>
  frame.evaluate(() => document.getElementById('app')!.rmap!.getState()!.camera ?? null);

test('the Embed dialog gives a snippet and links for exactly the current view, with copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Another dataset (here the shipped one, read as a folder): the embed must keep it.
  await openMap(page, 'data=data/&date=2020-03-01&view=guizhou&region=520300&lang=en');
  const entries = await page.evaluate(() => window.history.length);
  // The reader moves the map: the address keeps the camera, in place of the entry.
  await pan(page, -80, 30);
  await expect.poll(() => camera(page)).not.toBeNull();
  const moved = (await camera(page))!;
  await expect(page).toHaveURL(/[?&]center=[-\d.]+,[-\d.]+&zoom=[\d.]+/);
  expect(page.url()).toContain(`center=${moved.lon},${moved.lat}&zoom=${moved.zoom}`);
  expect(await page.evaluate(() => window.history.length)).toBe(entries);
  // Choosing a view frames it in place of the camera; Back brings the moved map again.
  await page.getByLabel('View').selectOption('all');
  await expect(page).not.toHaveURL(/center=/);
  expect(await camera(page)).toBeNull();
  await page.goBack();
  await expect.poll(() => camera(page)).toEqual(moved);
  // The controls above the map change with the view, and the map's box with them: measure
  // once the map has taken its new size.
  await settle(page);
  const [cx, cy] = await page.evaluate(
    ({ lon, lat }) => document.getElementById('app')!.rmap!.project(lon, lat)!,
    moved,
  );
  const box = (await page.locator('.map').boundingBox())!;
  expect(Math.abs(cx - box.width / 2)).toBeLessThan(1);
  expect(Math.abs(cy - box.height / 2)).toBeLessThan(1);
  // A setting changes the colours: the embed must show them as its author saw them.
  await page.getByLabel('Colour scale').selectOption('continuous');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a report' });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.getByRole('textbox', { name: 'iframe snippet' }).inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1"/);
  for (const part of [
    'data=data%2F',
    'date=2020-03-01',
    'view=guizhou',
    `center=${moved.lon},${moved.lat}&amp;zoom=${moved.zoom}`,
    'region=520300',
    'scale=continuous',
    'interpolate=0',
    'maxAge=60',
    'lang=en',
  ]) {
    expect(snippet).toContain(part);
  }
  expect(snippet).toMatch(
    /\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed-resize\.js" async><\/script>$/,
  );
  const link = await dialog.getByRole('textbox', { name: 'Embed link' }).inputValue();
  expect(snippet).toContain(link.replace(/&/g, '&amp;'));
  await dialog.getByRole('button', { name: 'Copy: iframe snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the iframe snippet works in a host page, and the embed keeps out of the host’s history', async ({
  page,
}) => {
  // Two loads of the whole app, the page's and the frame's: as long as the explorer's tests.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 800, height: 900 });
  await openMap(page, 'date=2020-02-20&lang=en');
  await pan(page, 60, -40);
  await expect.poll(() => camera(page)).not.toBeNull();
  const moved = (await camera(page))!;
  // Two places' distance on screen measures the zoom.
  const span = (f: Page | import('@playwright/test').Frame) =>
    f.evaluate(() => {
      const rmap = document.getElementById('app')!.rmap!;
      const [a, b] = [rmap.project(104, 25)!, rmap.project(110, 30)!];
      return Math.hypot(b[0] - a[0], b[1] - a[1]);
    });
  const hostSpan = await span(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog');
  // Too short a frame for the embed: the resize script must give it the height it asks for.
  await dialog.getByRole('spinbutton', { name: 'Height (px)' }).fill('300');
  const snippet = await dialog.getByRole('textbox', { name: 'iframe snippet' }).inputValue();
  expect(snippet).toContain('height="300"');
  await page.route('**/host-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      // The host allows scripts from its own origin only: the resize script is a file.
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<meta http-equiv="Content-Security-Policy" content="script-src 'self'"></head><body>
<h1>A report</h1><p>Some prose before the map.</p>${snippet}<p>After.</p></body></html>`,
    }),
  );
  await page.goto('/host-page.html', { waitUntil: 'domcontentloaded' });
  const frame = page.frameLocator('iframe');
  const slider = frame.getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuetext', /2020-02-20/, { timeout: 30_000 });
  await expect(frame.locator('.rmap')).toHaveClass(/\bembed\b/);
  await expect(frame.getByRole('heading', { name: 'Work resumption map' })).toBeVisible();
  const iframe = page.locator('iframe');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(400);
  const embed = page.frames().find((f) => f !== page.mainFrame())!;
  // The frame settles at the height of its content: nothing scrolls, the credit is whole.
  const fit = () =>
    embed.evaluate(() => ({
      overflow: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
      credit: Math.max(
        0,
        Math.ceil(
          document.querySelector('.rmap .credit')!.getBoundingClientRect().bottom -
            window.innerHeight -
            1,
        ),
      ),
      height: window.innerHeight,
    }));
  await expect
    .poll(async () => {
      const f = await fit();
      return { ...f, height: Math.abs(f.height - Number(await iframe.getAttribute('height'))) };
    })
    .toEqual({ overflow: 0, credit: 0, height: 0 });
  expect(await legendClip(embed)).toEqual({ hidden: 0, below: 0 });
  // A height message from anything but the page's own frames is ignored.
  const frameHeight = await iframe.getAttribute('height');
  await page.evaluate(
    () =>
      new Promise((done) => {
        // Messages arrive in order: once the second is here, the first has been handled.
        window.addEventListener('message', (e) => e.data === 'after' && done(null));
        window.postMessage({ type: 'rmap:height', height: 999 }, '*');
        window.postMessage('after', '*');
      }),
  );
  expect(await iframe.getAttribute('height')).toBe(frameHeight);
  // The embed opens on the camera the reader left: same centre, same zoom.
  expect(await camera(embed)).toEqual(moved);
  const centre = await embed.evaluate(
    ({ lon, lat }) => document.getElementById('app')!.rmap!.project(lon, lat)!,
    moved,
  );
  const mapBox = await embed.evaluate(() => {
    const r = document.querySelector('.map')!.getBoundingClientRect();
    return [r.width / 2, r.height / 2];
  });
  expect(Math.abs(centre[0] - mapBox[0]!)).toBeLessThan(1);
  expect(Math.abs(centre[1] - mapBox[1]!)).toBeLessThan(1);
  // The same zoom, as far as a link keeps it: two decimals, a scale within 2^0.005 of it.
  expect(Math.abs((await span(embed)) / hostSpan - 1)).toBeLessThan(2 ** 0.005 - 1);
  const entries = await page.evaluate(() => window.history.length);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /2020-02-22/);
  // Its way out follows the reader: the day they stepped to, where the map was left.
  const out = frame.locator('.credit').getByRole('link');
  await expect(out).toHaveAttribute('href', /date=2020-02-22/);
  await expect(out).toHaveAttribute('href', new RegExp(`center=${moved.lon},${moved.lat}&`));
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect(slider).not.toHaveAttribute('aria-valuetext', /2020-02-22/);
  await frame.getByRole('button', { name: 'Pause' }).click();
  expect(await page.evaluate(() => window.history.length)).toBe(entries);
  expect(page.url()).toMatch(/host-page\.html$/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 640 } });

  test('tapping play and the slider works in the embed', async ({ page }) => {
    await openMap(page, 'embed=1&date=2020-02-20&lang=en');
    const slider = page.getByRole('slider');
    await page.locator('.tl-play').tap();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(slider).not.toHaveAttribute('aria-valuetext', /2020-02-20/);
    await page.locator('.tl-play').tap();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const box = (await slider.boundingBox())!;
    await page.touchscreen.tap(box.x + 4, box.y + box.height / 2);
    await expect(slider).toHaveAttribute('aria-valuetext', /^20\d\d-/);
  });
});

test('the sample report: two mount() maps on one page move independently, beside the iframe', async ({
  page,
}) => {
  // Three maps on one page (two mounted, one framed): on a loaded two-core machine with
  // software WebGL they take most of a minute to load; every wait below is on a signal.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto('/src/examples/report.html');
  await page.waitForFunction(() =>
    ['fig1', 'fig2'].every((id) => document.getElementById(id)?.rmap),
  );
  await page.evaluate(() =>
    Promise.all(['fig1', 'fig2'].map((id) => document.getElementById(id)!.rmap!.ready)),
  );
  const state = (id: string) =>
    page.evaluate((id) => {
      const s = document.getElementById(id)!.rmap!.getState()!;
      return { date: s.date, lang: s.lang, view: s.view };
    }, id);
  expect(await state('fig1')).toEqual({ date: '2020-03-01', lang: 'zh', view: 'guizhou' });
  await expect(page.locator('#fig1 .rmap')).toHaveClass(/\bembed\b/);
  expect(await state('fig2')).toEqual({ date: '2020-03-15', lang: 'en', view: 'all' });
  const address = page.url();

  // The report's own buttons call update() on one map only.
  await page.getByRole('button', { name: '2 月 20 日' }).click();
  expect((await state('fig1')).date).toBe('2020-02-20');
  expect((await state('fig2')).date).toBe('2020-03-15');

  // Each map's own timeline and camera move it alone.
  const fig2 = page.locator('#fig2');
  const slider2 = fig2.getByRole('slider');
  await slider2.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider2).toHaveAttribute('aria-valuetext', /2020-03-16/);
  expect((await state('fig1')).date).toBe('2020-02-20');
  const where = (id: string) =>
    page.evaluate((id) => document.getElementById(id)!.rmap!.project(106.7, 26.6), id);
  const before1 = await where('fig1');
  const before2 = await where('fig2');
  const box = (await fig2.locator('.map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await where('fig2'))![0]).toBeGreaterThan(before2![0] + 60);
  expect(await where('fig1')).toEqual(before1);

  // A library map never writes the report's address.
  expect(page.url()).toBe(address);
  // The iframe embed on the same page runs in embed mode.
  const frame = page.frameLocator('#fig3');
  await expect(frame.locator('.rmap')).toHaveClass(/\bembed\b/, { timeout: 30_000 });
  await expect(frame.getByRole('slider')).toHaveAttribute('aria-valuetext', /2020-03-01/);
});

for (const [width, height] of [
  [320, 568],
  [375, 700],
  [414, 896],
  [1280, 800],
] as const) {
  test(`at ${width} px the embed snippet carries the data folder and where the reader moved the map`, async ({
    page,
  }) => {
    // A load, a drag and the dialog, each a few software-drawn frames: room for a busy machine.
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await openMap(page, 'data=data/&date=2020-03-01&lang=en');
    await settle(page);
    // Dragged on the main panel, clear of the insets down the left or along the foot.
    const box = (await page.locator('.map').boundingBox())!;
    const [x, y] = [box.x + box.width * 0.75, box.y + box.height * 0.35];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 30, y + 20, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => camera(page)).not.toBeNull();
    const moved = (await camera(page))!;
    const embed = page.getByRole('button', { name: 'Embed' });
    if (!(await embed.isVisible())) await page.getByRole('button', { name: /Options/ }).click();
    await embed.click();
    const dialog = page.getByRole('dialog', { name: 'Embed in a report' });
    const snippet = await dialog.getByRole('textbox', { name: 'iframe snippet' }).inputValue();
    for (const part of [
      'data=data%2F',
      'date=2020-03-01',
      `center=${moved.lon},${moved.lat}&amp;zoom=${moved.zoom}`,
      'lang=en',
      'embed=1',
    ]) {
      expect(snippet).toContain(part);
    }
  });
}
