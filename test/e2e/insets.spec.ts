import type { Page } from '@playwright/test';
import { test, expect, openMap, regions, settle } from './fixtures';

test.describe.configure({ timeout: 240_000 });

/** The cities far from Guizhou, each in an inset of the all-regions view. */
const INSET_CITIES = ['230600', '370481', '430500', '450800'];
const cities = () => regions().filter((r) => INSET_CITIES.includes(r.code));

// Loaded at the first size of each group, then resized to the others, as a reader turns a
// phone or a window changes: the insets are laid out again for each size. Each load costs
// seconds of a software GPU's time; two groups keep a fresh load in each orientation.
const SIZE_GROUPS = [
  [
    [320, 568],
    [375, 700],
    [414, 896],
  ],
  [
    [1280, 800],
    [568, 320],
    [896, 414],
  ],
] as const;

/** Where the map draws a place now, in page pixels: through its inset when one shows it. */
async function onPage(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const [x, y] = await page.evaluate(
    ([lon, lat]) => document.getElementById('app')!.rmap!.project(lon!, lat!)!,
    [lon, lat],
  );
  const map = (await page.locator('.map').boundingBox())!;
  return { x: map.x + x!, y: map.y + y! };
}

/** At the page's size now: four insets, each whole in the map, showing its city, which answers the mouse. */
async function expectComposed(page: Page, at: string): Promise<void> {
  await expect(page.locator('.map .map-inset'), at).toHaveCount(4);
  const map = (await page.locator('.map').boundingBox())!;
  for (const city of cities()) {
    const inset = page.getByRole('figure', { name: new RegExp(city.short) });
    await expect(inset, `${city.short} at ${at}`).toBeVisible();
    const b = (await inset.boundingBox())!;
    // Whole, inside the map, and large enough for the city's shape to read.
    expect(b.x, `${city.short} at ${at}`).toBeGreaterThanOrEqual(map.x);
    expect(b.y, `${city.short} at ${at}`).toBeGreaterThanOrEqual(map.y);
    expect(b.x + b.width, `${city.short} at ${at}`).toBeLessThanOrEqual(map.x + map.width + 0.5);
    expect(b.y + b.height, `${city.short} at ${at}`).toBeLessThanOrEqual(map.y + map.height + 0.5);
    expect(Math.min(b.width, b.height), `${city.short} at ${at}`).toBeGreaterThanOrEqual(60);
    await expect(inset.getByRole('img', { name: new RegExp(city.short) })).toBeVisible();

    // The city's own point lies in its inset, and hovering it names the city (or, for
    // Guigang, its district 港北区, whose mark sits on the city's point).
    const p = await onPage(page, city.lon, city.lat);
    expect(
      p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height,
      `${city.short}'s point in its inset at ${at}`,
    ).toBe(true);
    await page.mouse.move(p.x, p.y);
    await expect(page.getByRole('tooltip'), `${city.short} at ${at}`).toContainText(
      city.code === '450800' ? /贵港市|港北区/ : city.name,
    );
    await page.mouse.move(map.x + map.width - 5, map.y + map.height / 2);
  }
}

for (const sizes of SIZE_GROUPS) {
  const names = sizes.map(([w, h]) => `${w}×${h}`);
  test(`at ${names.join(', ')} the all-regions view is one composed map: Guizhou, and an inset for each other city that answers the mouse`, async ({
    page,
  }) => {
    const [[width, height]] = sizes;
    await page.setViewportSize({ width, height });
    await openMap(page, 'date=2020-03-20');
    for (const [w, h] of sizes) {
      await page.setViewportSize({ width: w, height: h });
      await settle(page);
      await expectComposed(page, `${w}×${h}`);
    }
  });
}

test('a click in an inset selects its city, and a view of one area is a single panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, 'date=2020-03-20');
  await settle(page);
  const daqing = cities().find((c) => c.code === '230600')!;
  const p = await onPage(page, daqing.lon, daqing.lat);
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(/region=230600/);
  // Its label is drawn in its inset, not dropped for lying outside the main panel.
  await settle(page);
  const inset = page.getByRole('figure', { name: /大庆/ });
  await expect(inset).toBeVisible();

  await page.getByRole('combobox', { name: '视图' }).selectOption('guizhou');
  await settle(page);
  await expect(page.locator('.map .map-inset')).toHaveCount(0);
  await page.getByRole('combobox', { name: '视图' }).selectOption('all');
  await settle(page);
  await expect(page.locator('.map .map-inset')).toHaveCount(4);
});

test('dragging on an inset leaves the main panel where it was', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, 'date=2020-03-20');
  await settle(page);
  const before = await page.evaluate(() =>
    document.getElementById('app')!.rmap!.project(106.7, 26.6),
  );
  const b = (await page.getByRole('figure', { name: /滕州/ }).boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2 + 40, b.y + b.height / 2 + 30, { steps: 4 });
  await page.mouse.up();
  await settle(page);
  const after = await page.evaluate(() =>
    document.getElementById('app')!.rmap!.project(106.7, 26.6),
  );
  expect(after).toEqual(before);
  expect(page.url()).not.toMatch(/center=/);
});
