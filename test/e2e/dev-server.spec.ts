import { DEV_PORT } from './servers';
import { canvasGrid, expect, openMap, saturation, settle, test } from './fixtures';

// The other tests use the built app; this one, the server the README's `npm start` runs.
test.use({ baseURL: `http://127.0.0.1:${DEV_PORT}` });

test('the dev server of npm start runs the app: the map draws the shipped data and steps by key', async ({
  page,
}) => {
  await openMap(page, 'date=2020-03-01');
  await settle(page);
  const coloured = (await canvasGrid(page, 16)).filter((c) => saturation(c) > 40);
  expect(coloured.length, 'coloured samples of the regions').toBeGreaterThan(10);
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /2020-03-02/);
});
