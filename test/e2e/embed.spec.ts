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
  [320, 480],
  [1600, 900],
  [700, 300],
] as const) {
  test(`the embed fits a ${w} × ${h} frame`, async ({ page }) => {
    await openEmbed(page, 'date=2020-03-01&lang=en', w, h);
    await expectCompact(page, 'Work resumption map');
    const bottom = await page.evaluate(
      () => document.querySelector('.rmap .credit')!.getBoundingClientRect().bottom,
    );
    expect(bottom).toBeLessThanOrEqual(h + 1);
  });
}

test('the Embed dialog gives a snippet and links for exactly the current view, with copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, 'date=2020-03-01&view=guizhou&region=520300&lang=en');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a report' });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.getByRole('textbox', { name: 'iframe snippet' }).inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1"/);
  for (const part of ['date=2020-03-01', 'view=guizhou', 'region=520300', 'lang=en']) {
    expect(snippet).toContain(part);
  }
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
  await openMap(page, 'date=2020-02-20&lang=en');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page
    .getByRole('dialog')
    .getByRole('textbox', { name: 'iframe snippet' })
    .inputValue();
  await page.route('**/host-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<h1>A report</h1><p>Some prose before the map.</p>${snippet}<p>After.</p></body></html>`,
    }),
  );
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/host-page.html');
  const frame = page.frameLocator('iframe');
  const slider = frame.getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuetext', /2020-02-20/, { timeout: 30_000 });
  await expect(frame.locator('.rmap')).toHaveClass(/\bembed\b/);
  await expect(frame.getByRole('heading', { name: 'Work resumption map' })).toBeVisible();
  const entries = await page.evaluate(() => window.history.length);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /2020-02-22/);
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
