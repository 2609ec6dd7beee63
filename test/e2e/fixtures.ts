import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Fails the test on any console error or any request that leaves the app's own server. */
export const test = base.extend<{ guard: { errors: string[]; external: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const external: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => {
        const url = r.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) external.push(url);
      });
      await use({ errors, external });
      expect(external, 'requests outside the app').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query ? `?${query}` : ''}`);
  await page.waitForFunction(() => document.getElementById('app')?.rmap !== undefined);
  await page.evaluate(() => document.getElementById('app')!.rmap!.ready);
  await expect(page.getByRole('slider')).toBeVisible();
}

export interface RegionRow {
  code: string;
  name: string;
  short: string;
  lon: number;
  lat: number;
}

/** The shipped regions, read the way a person would check them: from the CSV. */
export function regions(): RegionRow[] {
  const lines = readFileSync('data/regions.csv', 'utf8').trim().split(/\r?\n/);
  const header = (lines.shift() ?? '').split(',');
  const col = (name: string) => header.indexOf(name);
  return lines.map((line) => {
    const f = line.split(',');
    return {
      code: f[col('code')] ?? '',
      name: f[col('name')] ?? '',
      short: f[col('short')] ?? '',
      lon: Number(f[col('lon')]),
      lat: Number(f[col('lat')]),
    };
  });
}

/** Where the map draws a shipped region's seat now, in page pixels: through an inset if one shows it. */
export async function regionPoint(page: Page, code: string): Promise<[number, number]> {
  const region = regions().find((r) => r.code === code);
  if (!region) throw new Error(`no region ${code} in data/regions.csv`);
  const box = (await page.locator('.map').boundingBox())!;
  const [x, y] = (await page.evaluate(
    ([lon, lat]) => document.getElementById('app')!.rmap!.project(lon!, lat!),
    [region.lon, region.lat],
  ))!;
  return [box.x + x, box.y + y];
}

/** How far a sampled colour is from grey: a region's fill, not background, outline or label. */
export const saturation = ([r, g, b]: number[]) => Math.max(r!, g!, b!) - Math.min(r!, g!, b!);

/**
 * Colours of the map canvas in `root` on a coarse grid, read back from WebGL: `at` 'frame'
 * after a fresh draw, 'ready' in the same task as the map's `ready` settles, 'now' without
 * waiting for a frame (a frozen clock draws none).
 */
export async function canvasGrid(
  page: Page,
  step = 6,
  { at = 'frame', root = '#app' }: { at?: 'frame' | 'ready' | 'now'; root?: string } = {},
): Promise<number[][]> {
  return page.evaluate(
    async ([step, at, root]) => {
      if (at === 'ready') await document.querySelector<HTMLElement>(root)!.rmap!.ready;
      if (at === 'frame') {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      const canvas = document.querySelector(`${root} .map canvas`) as HTMLCanvasElement;
      const off = document.createElement('canvas');
      off.width = canvas.width;
      off.height = canvas.height;
      const ctx = off.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const data = ctx.getImageData(0, 0, off.width, off.height).data;
      const out: number[][] = [];
      for (let y = 0; y < off.height; y += step) {
        for (let x = 0; x < off.width; x += step) {
          const i = (y * off.width + x) * 4;
          out.push([data[i]!, data[i + 1]!, data[i + 2]!]);
        }
      }
      return out;
    },
    [step, at, root] as const,
  );
}

/**
 * Waits until the map says it rests (data loaded, nothing drawn or pending, no colour
 * transition, label placement or settling timer). A frame passes first, so a change made
 * just before (a resize, a key press) has woken the signal.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await document
      .querySelector<HTMLElement & { rmap?: { idle(): Promise<void> } }>('#app')
      ?.rmap?.idle();
  });
}

/**
 * Stops the page's clock: from here on time moves only when `advance` says, so playback and
 * transitions see exactly the time a test gives them, however busy the machine is.
 */
export async function freezeClock(page: Page): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
}

/**
 * Moves a frozen clock on by `ms` in quarter-second jumps, each firing the frame then due
 * once. The app sees the time pass in a few frames rather than sixty a second: each frame is
 * a full software-WebGL draw, and a burst of them keeps the GPU process busy long after the
 * test (the next test's browser context then waited minutes for it).
 */
export async function advance(page: Page, ms: number, step = 250): Promise<void> {
  for (let t = 0; t < ms; t += step) await page.clock.fastForward(Math.min(step, ms - t));
}
