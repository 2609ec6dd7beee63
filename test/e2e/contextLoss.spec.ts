import type { Page } from '@playwright/test';
import { test, expect, openMap, settle, canvasGrid, saturation } from './fixtures';

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 720, height: 560 } });

/** Grid cells drawn in a region's colour rather than background, outline or label. */
const colouredCells = async (page: Page) =>
  (await canvasGrid(page, 4)).filter((c) => saturation(c) > 40).length;

/** Calls WEBGL_lose_context on the map's own context (the one MapLibre and deck.gl share). */
async function context(page: Page, action: 'loseContext' | 'restoreContext'): Promise<void> {
  await page.evaluate((action) => {
    // A lost context hands out no extensions: the one that lost it is kept to restore it.
    const w = window as unknown as { loseContext?: WEBGL_lose_context };
    if (!w.loseContext) {
      const canvas = document.querySelector('.map canvas') as HTMLCanvasElement;
      w.loseContext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    }
    w.loseContext[action]();
  }, action);
}

test('after the GPU drops the map’s context, the map says so, then comes back as it was', async ({
  page,
}) => {
  await openMap(page, 'date=2020-03-01&lang=en');
  await settle(page);
  const before = await colouredCells(page);
  expect(before, 'regions drawn before the loss').toBeGreaterThan(10);
  const stateBefore = await page.evaluate(() => document.getElementById('app')!.rmap!.getState());

  await context(page, 'loseContext');
  const notice = page.getByRole('status').filter({ hasText: 'graphics card' });
  await expect(notice).toBeVisible();

  await context(page, 'restoreContext');
  await expect(notice).toBeHidden();
  await settle(page);
  const after = await colouredCells(page);
  test.info().annotations.push({
    type: 'context loss',
    description: `coloured grid cells ${before} before, ${after} after restore`,
  });
  console.log(test.info().annotations.at(-1)?.description);
  // The regions are back in their colours, within a few cells of labels and anti-aliasing.
  expect(after).toBeGreaterThanOrEqual(before * 0.9);
  expect(await page.evaluate(() => document.getElementById('app')!.rmap!.getState())).toEqual(
    stateBefore,
  );
  // And it still follows the state: another day, with more regions coloured, redraws.
  await page.evaluate(() => document.getElementById('app')!.rmap!.update({ date: '2020-03-25' }));
  await settle(page);
  expect(await colouredCells(page)).toBeGreaterThan(after);
});
