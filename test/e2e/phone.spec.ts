import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openMap, settle, canvasGrid } from './fixtures';

test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 375, height: 700 } });

/** Phones in portrait, then the same phones in landscape. */
const PORTRAIT = [
  [320, 568],
  [375, 700],
  [414, 896],
] as const;
const LANDSCAPE = PORTRAIT.map(([w, h]) => [h, w] as const);

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not shown');
  return b;
}

async function resize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await settle(page);
}

/** Every visible control a finger can hit that is smaller than 44 × 44 px, as "name w×h". */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel =
      'button, select, input:not([type=checkbox]):not([type=range]), a[href], label:has(+ input[type=checkbox]), input[type=checkbox] + label';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`.rmap ${sel}`)) {
      // An event's diamond is drawn small; its tap area is a 44 px square around it, checked apart.
      if (el.classList.contains('tl-event')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || !el.checkVisibility()) continue;
      if (r.width < 44 || r.height < 44)
        small.push(
          `${el.className || el.tagName} ${el.textContent?.trim().slice(0, 12) ?? ''} ${r.width}×${r.height}`,
        );
    }
    return small;
  });
}

test('on a phone the map, the slider and the play button take the room; the rest folds away', async ({
  page,
}) => {
  await openMap(page, 'date=2020-03-01');
  const slider = page.getByRole('slider');
  const play = page.getByRole('button', { name: '播放' });
  const map = page.locator('.map');
  const menu = page.getByRole('button', { name: /选项/ });
  const picker = page.getByRole('combobox', { name: '面积着色' });
  const legendToggle = page.getByRole('button', { name: '展开图例' });

  for (const [width, height] of [...PORTRAIT, ...LANDSCAPE]) {
    const at = `${width}×${height}`;
    await resize(page, width, height);
    const s = await box(slider);
    const p = await box(play);
    const m = await box(map);
    // Portrait: the slider spans the width but for the play button (248 px at 320).
    // Landscape: one row with the step buttons and the date, the map keeps its height.
    const portrait = height > width;
    expect(s.width, `slider width at ${at}`).toBeGreaterThanOrEqual(
      !portrait ? 180 : width >= 375 ? 280 : width - 72,
    );
    expect(m.height / height, `map's share of the height at ${at}`).toBeGreaterThanOrEqual(
      portrait ? 0.5 : 0.4,
    );
    const playMiddle = p.y + p.height / 2;
    expect(playMiddle, `play beside the slider at ${at}`).toBeGreaterThan(s.y);
    expect(playMiddle, `play beside the slider at ${at}`).toBeLessThan(s.y + s.height);
    expect(p.x + p.width, `play before the slider at ${at}`).toBeLessThanOrEqual(s.x);
    await expect(menu, at).toBeVisible();
    await expect(picker, at).toBeHidden();
    await expect(page.locator('.tl-speed'), at).toBeHidden();
    expect(
      (await box(page.locator('.legend'))).height,
      `legend on one line at ${at}`,
    ).toBeLessThanOrEqual(52);
    expect(await smallTargets(page), `small tap targets at ${at}`).toEqual([]);
  }

  // An event's diamond is small, the area that takes its tap is not.
  const eventArea = await page
    .locator('.tl-event')
    .first()
    .evaluate((el) => {
      const area = getComputedStyle(el, '::before');
      return [parseFloat(area.width), parseFloat(area.height)];
    });
  expect(Math.min(...eventArea), "an event mark's tap area").toBeGreaterThanOrEqual(44);

  // The menu holds the pickers and the settings; Escape closes it and focus goes back.
  await resize(page, 375, 700);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator(`#${await menu.getAttribute('aria-controls')}`);
  await expect(panel).toBeVisible();
  for (const control of [
    picker,
    page.getByRole('combobox', { name: '圆点大小' }),
    page.locator('.finder-input'),
    page.locator('.tl-episode'),
    page.locator('.tl-speed'),
    page.locator('.st-max-age'),
  ])
    await expect(panel.locator(control)).toBeVisible();
  expect(await smallTargets(page), 'small tap targets in the menu').toEqual([]);
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const found = (await axe.analyze()).violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`),
  );
  expect(found, 'accessibility violations with the menu open').toEqual([]);
  await picker.focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
  await expect(menu).toBeFocused();

  // The legend's one line opens to the whole legend.
  const statuses = page.locator('.lg-status');
  await expect(statuses).toBeHidden();
  await expect(legendToggle).toHaveAttribute('aria-expanded', 'false');
  await legendToggle.click();
  await expect(legendToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(statuses).toBeVisible();
  await legendToggle.click();
  await expect(statuses).toBeHidden();

  // A desktop shows the pickers and the whole legend directly, with no menu.
  await resize(page, 1280, 800);
  await expect(menu).toBeHidden();
  await expect(legendToggle).toBeHidden();
  await expect(picker).toBeVisible();
  await expect(page.locator('.tl-speed')).toBeVisible();
  await expect(statuses).toBeVisible();
  await expect(page.getByRole('button', { name: '播放' })).toContainText('播放');
});

/** Cells of the map's canvas with anything drawn in them. */
async function drawnCells(page: Page): Promise<number> {
  return (await canvasGrid(page)).filter(([r, g, b]) => r! + g! + b! > 0).length;
}

// On a phone the box of the map grows once the controls below it have laid out. The page
// used to animate to its view meanwhile, and that first animation put back the camera's old
// height on each frame: deck.gl's far plane then fell short of the map and nothing was drawn.
test('on a phone the Guizhou view draws its regions', async ({ page }) => {
  await openMap(page, 'date=2020-03-01&view=guizhou');
  await settle(page);
  expect(await drawnCells(page), 'cells of the map with anything drawn').toBeGreaterThan(100);
});
