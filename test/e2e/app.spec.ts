import {
  test,
  expect,
  openMap,
  canvasGrid,
  settle,
  regionPoint,
  freezeClock,
  advance,
  saturation,
} from './fixtures';

test('the app loads with its title, a slider and no request outside its server', async ({
  page,
}) => {
  await openMap(page);
  await expect(page.getByRole('heading', { name: '复工复产地图' })).toBeVisible();
  await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
  const slider = page.getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuetext', /\d{4}-\d{2}-\d{2}/);
});

test('the notes above the map change language with the page', async ({ page }) => {
  await openMap(page, 'date=2020-13-45');
  const notes = page.locator('.notes');
  await expect(notes).toContainText('date：“2020-13-45” 格式不对；改用默认值');
  await page.locator('.lang').click();
  await expect(notes).toContainText('date: "2020-13-45" is not well-formed; using the default');
  await expect(notes).not.toContainText('格式不对');
});

test('the map canvas is not blank', async ({ page }) => {
  await openMap(page);
  await settle(page);
  const grid = await canvasGrid(page);
  const distinct = new Set(grid.map((c) => c.join(','))).size;
  expect(distinct).toBeGreaterThan(8);
  // Some region is coloured by the choropleth, not only background and outlines.
  expect(grid.filter((c) => saturation(c) > 40).length).toBeGreaterThan(20);
  await expect(page.locator('.map')).toHaveScreenshot('map-default.png', {
    maxDiffPixelRatio: 0.05,
  });
});

test('ready settles once the map shows its data, so a host can read the canvas then', async ({
  page,
}) => {
  await page.goto('/');
  await page.waitForFunction(() => document.getElementById('app')?.rmap !== undefined);
  const pixels = await canvasGrid(page, 6, { at: 'ready' });
  // The choropleth's colours, not only the basemap's background and land.
  expect(pixels.filter((c) => saturation(c) > 40).length).toBeGreaterThan(100);
});

test('moving the slider changes the date shown and the colour of a region', async ({ page }) => {
  await openMap(page, 'date=2020-02-20');
  const slider = page.getByRole('slider');
  const before = await slider.getAttribute('aria-valuetext');
  expect(before).toContain('2020-02-20');
  await settle(page);
  const gridBefore = await canvasGrid(page);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
  await settle(page);
  const gridAfter = await canvasGrid(page);
  const changed = gridBefore.filter((c, i) => {
    const d = gridAfter[i]!;
    const moved = Math.abs(c[0]! - d[0]!) + Math.abs(c[1]! - d[1]!) + Math.abs(c[2]! - d[2]!);
    return moved > 30 && (saturation(c) > 30 || saturation(d) > 30);
  }).length;
  expect(changed).toBeGreaterThan(10);
  // Dragging with the mouse moves it too.
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.02, box.y + box.height / 2);
  await expect(slider).not.toHaveAttribute('aria-valuetext', /2022-11/);
});

test('hovering a region shows its value, date, status and source', async ({ page }) => {
  await openMap(page, 'date=2020-03-01');
  // The first framing lays out the insets once the map has its size: hover where it rests.
  await settle(page);
  await page.mouse.move(...(await regionPoint(page, '520300')));
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('遵义');
  await expect(tip).toContainText('来源');
  await expect(tip).toContainText('贵州');
});

test('playing advances the date and pausing stops it', async ({ page }) => {
  await openMap(page, 'date=2020-02-20');
  await settle(page);
  // The page's clock moves only when the test says: a busy machine cannot add or drop days.
  await freezeClock(page);
  const slider = page.getByRole('slider');
  await page.getByRole('button', { name: '播放' }).click();
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
  // One day a second at 1×, counted from the press: three seconds, three days.
  await advance(page, 3000);
  await expect(slider).toHaveAttribute('aria-valuetext', /2020-02-23/);
  await page.getByRole('button', { name: '暂停' }).click();
  const stopped = await slider.getAttribute('aria-valuetext');
  await advance(page, 3000);
  await expect(slider).toHaveAttribute('aria-valuetext', stopped ?? '');
  // Paused, the map comes to rest: a host or test waiting for it is not left hanging.
  await page.clock.resume();
  await expect(page.locator('#app > [data-idle]')).toHaveAttribute('data-idle', 'true');
});
