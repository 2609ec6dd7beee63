// Screenshots of the app at three dates of each episode, in both languages, with the table
// and interpolation: for a person to look at after a visual change. It asserts nothing, so
// it is a script run by hand (`npm run screenshots`), not a test. Images go to
// test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const OUT = 'test-results/screenshots';
const EPISODES = [
  { region: '520300', dates: ['2020-02-20', '2020-03-01', '2020-03-19'] },
  { region: '430500', dates: ['2022-04-13', '2022-11-01', '2022-11-22'] },
];

/** Waits until the map has drawn the state just set (two animation frames after idle). */
const drawn = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))),
      ),
  );

async function goTo(page, update) {
  await page.evaluate((u) => document.getElementById('app').rmap.update(u), update);
  await drawn(page);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  await server.listen();
  const url = server.resolvedUrls.local[0];
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 640 } });
    // Software WebGL and a dev server that bundles on first visit: generous, not a test.
    page.setDefaultTimeout(180_000);
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('app')?.rmap !== undefined);
    await page.evaluate(() => document.getElementById('app').rmap.ready);
    const shot = async (name) => {
      await drawn(page);
      await page.screenshot({ path: `${OUT}/${name}.png` });
      console.log(`${OUT}/${name}.png`);
    };
    for (const [i, { region, dates }] of EPISODES.entries()) {
      await page.getByLabel('时段').selectOption({ index: i + 1 });
      await goTo(page, { region });
      for (const date of dates) {
        await goTo(page, { date });
        await shot(`episode${i + 1}-${date}`);
      }
    }
    await page.getByRole('button', { name: '表格' }).click();
    await shot('table-2022-11-22');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByLabel('Interpolate between figures (estimate)').check();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByLabel('Episode').selectOption({ index: 1 });
    await goTo(page, { date: '2020-02-25' });
    await shot('english-interpolated-2020-02-25');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('View').selectOption('guizhou');
    await shot('guizhou-interpolated-2020-02-25');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
