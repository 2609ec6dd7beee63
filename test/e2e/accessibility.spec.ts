import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap, settle, freezeClock, advance, canvasGrid } from './fixtures';

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 960, height: 640 } });

/** axe-core's findings on the page (WCAG 2.1 A and AA), each as "rule: selector". */
async function violations(page: Page, include?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('the explorer, with its table open, has no accessibility violation', async ({ page }) => {
  await openMap(page, 'date=2020-03-01');
  await settle(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: '表格' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the Embed and Export dialogs have no accessibility violation', async ({ page }) => {
  await openMap(page, 'date=2020-03-01&lang=en');
  await page.getByRole('button', { name: 'Embed' }).click();
  const embed = page.getByRole('dialog', { name: 'Embed in a report' });
  await expect(embed).toBeVisible();
  expect(await violations(page, 'dialog[open]')).toEqual([]);
  await embed.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  expect(await violations(page, 'dialog[open]')).toEqual([]);
});

test('the embed has no accessibility violation', async ({ page }) => {
  await openMap(page, 'embed=1&date=2020-03-01');
  await settle(page);
  expect(await violations(page)).toEqual([]);
});

/** The last drawn map frame, on a coarse grid, read without waiting for another frame. */
const drawnGrid = async (page: Page) =>
  (await canvasGrid(page, 6, { at: 'now' })).map(([r, g, b]) => r! + g! + b!);

test('with reduced motion a step shows the new day at once, with no colour transition', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, 'date=2020-02-20');
  await settle(page);
  await freezeClock(page);
  await page.getByRole('slider').focus();
  const before = await drawnGrid(page);
  await page.keyboard.press('End');
  // The first frame that shows the new day, however long a busy machine takes to draw it; the
  // clock moves 20 ms a look, so a transition (250 ms) would still be blending the two days.
  let early = before;
  const changed = () => early.filter((v, i) => Math.abs(v - before[i]!) > 30).length;
  await expect
    .poll(
      async () => {
        await advance(page, 20, 20);
        early = await drawnGrid(page);
        return changed();
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  await advance(page, 1000);
  const late = await drawnGrid(page);
  const blended = early.filter((v, i) => Math.abs(v - late[i]!) > 30).length;
  expect(blended, 'cells still on their way to the new colour').toBe(0);
});
