import { readdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, openMap, settle, canvasGrid } from './fixtures';
import { readGif, readMp4, readPngSize, readWebm } from './containers';
import { mmToPx } from '../../src/core/printSize';
import { pngDpi } from '../../src/core/pngMeta';

async function openExport(page: Page) {
  // A small page folds its buttons into the Options menu, where a reader finds Export.
  const options = page.getByRole('button', { name: 'Options' });
  if (await options.isVisible()) await options.click();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await download.path())!));
}

/** The map's state, address and drawing-buffer size: what an export must leave as it was. */
async function snapshot(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('.map canvas') as HTMLCanvasElement;
    const s = document.getElementById('app')!.rmap!.getState()!;
    return { url: location.href, state: JSON.stringify(s), w: canvas.width, h: canvas.height };
  });
}

// The build's chunk of each module of src/export that has one of its own: the dialog, and the
// encoders with the libraries they take in (mediabunny, gifenc).
const EXPORT_MODULES = readdirSync('src/export').map((f) => f.replace(/\.ts$/, ''));
const isExportCode = (url: string) =>
  EXPORT_MODULES.some((m) => new URL(url).pathname.startsWith(`/assets/${m}-`));

test('the first load carries no export code; the dialog loads it on demand', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await openMap(page, 'lang=en');
  expect(urls.filter(isExportCode)).toEqual([]);
  const dialog = await openExport(page);
  await expect(dialog.getByRole('button', { name: 'Download image' })).toBeVisible();
  expect(urls.some((u) => new URL(u).pathname.startsWith('/assets/exportDialog-'))).toBe(true);
});

test('PNG at screen size, 2× and for print decodes with the expected pixel size', async ({
  page,
}) => {
  await openMap(page, 'date=2020-03-01&lang=en');
  await settle(page);
  const before = await snapshot(page);
  const gridBefore = await canvasGrid(page, 16);
  const dialog = await openExport(page);

  const [screen] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download image' }).click(),
  ]);
  expect(screen.suggestedFilename()).toBe(
    'fugong-map_2020-03-01_resumption_rate-above_scale_industry.png',
  );
  const png1 = await bytesOf(screen);
  const s1 = readPngSize(png1);
  await expect(dialog.getByRole('status')).toHaveText(`Exported: PNG ${s1.width}×${s1.height} px`);
  // The composition: the map at its on-screen width plus the legend column, and the header and credit.
  const mapBox = (await page.locator('.map').boundingBox())!;
  expect(s1.width).toBeGreaterThan(mapBox.width);
  expect(s1.height).toBeGreaterThan(mapBox.height);

  // It decodes in the browser, and is not blank: dark title text, coloured regions.
  const decoded = await page.evaluate(async (b64) => {
    // Bytes, not a data: URL, which the page's policy does not let it fetch.
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]);
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let dark = 0;
    let coloured = 0;
    for (let i = 0; i < d.length; i += 4 * 7) {
      const r = d[i]!,
        g = d[i + 1]!,
        b = d[i + 2]!;
      if (r + g + b < 150) dark++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
    return { width: bmp.width, height: bmp.height, dark, coloured };
  }, Buffer.from(png1).toString('base64'));
  expect(decoded).toMatchObject({ width: s1.width, height: s1.height });
  expect(decoded.dark).toBeGreaterThan(100);
  expect(decoded.coloured).toBeGreaterThan(500);

  await dialog.getByRole('radio', { name: '2×' }).check();
  const [double] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download image' }).click(),
  ]);
  expect(readPngSize(await bytesOf(double))).toEqual({
    width: 2 * s1.width,
    height: 2 * s1.height,
  });

  await dialog.getByRole('radio', { name: /Print width/ }).check();
  await dialog.getByRole('spinbutton', { name: /Print width/ }).fill('100');
  const [print] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download image' }).click(),
  ]);
  expect(print.suggestedFilename()).toContain('100mm-300dpi');
  const png3 = await bytesOf(print);
  expect(readPngSize(png3).width).toBe(mmToPx(100, 300));
  expect(readPngSize(png3).width).toBe(1181);
  expect(pngDpi(png3)).toBeCloseTo(300, 0);

  // The text was drawn with the shipped font, every glyph of it loaded.
  expect(
    await page.evaluate(() =>
      document.fonts.check('20px "Noto Sans SC"', '复工复产地图 Work resumption map 1 Mar 2020'),
    ),
  ).toBe(true);

  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await snapshot(page)).toEqual(before);
  await settle(page);
  expect(await canvasGrid(page, 16)).toEqual(gridBefore);
});

test('the SVG parses and has a path per region, circles for points, and text as text with its glyphs', async ({
  page,
}) => {
  await openMap(page, 'date=2020-03-01');
  const before = await snapshot(page);
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '下载图片' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = Buffer.from(await bytesOf(svgDownload)).toString('utf8');
  // Read in a blank page: the app's policy would refuse the file's <style> as inline style.
  const reader = await page.context().newPage();
  const info = await reader.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const codes = [...doc.querySelectorAll('#regions path[data-code]')].map((p) =>
      p.getAttribute('data-code'),
    );
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      codes,
      badPaths: [...doc.querySelectorAll('#regions path')].filter(
        (p) => !/^M[\d.\- LMZ]+Z$/.test(p.getAttribute('d') ?? ''),
      ).length,
      circles: doc.querySelectorAll('#points circle').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      font: doc.documentElement.getAttribute('font-family'),
      style: doc.querySelector('style')?.textContent ?? '',
    };
  }, svg);
  await reader.close();
  expect(info.error).toBeNull();
  expect(info.root).toBe('svg');
  // One path per region with a boundary: every polygon of the shipped data that joins a region.
  const topo = JSON.parse(readFileSync('data/boundaries/regions.topojson', 'utf8')) as {
    objects: { regions: { geometries: { properties: { code: string } }[] } };
  };
  const geo = { features: topo.objects.regions.geometries };
  const known = new Set(
    readFileSync('data/regions.csv', 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]),
  );
  const expected = [
    ...new Set(geo.features.map((f) => f.properties.code).filter((c) => known.has(c))),
  ].sort();
  expect([...info.codes].sort()).toEqual(expected);
  expect(new Set(info.codes).size).toBe(info.codes.length);
  expect(info.badPaths).toBe(0);
  expect(info.circles).toBeGreaterThan(0);
  expect(info.font).toContain('Noto Sans SC');
  // The glyphs its text uses travel in the file, so it shows on a machine with no Chinese
  // font: the shipped font's files that hold them, and far from all of the font's files.
  const faces = info.style.match(/@font-face\{[^}]*\}/g) ?? [];
  expect(faces.length).toBeGreaterThan(0);
  expect(faces.length).toBeLessThan(60);
  for (const face of faces) {
    expect(face).toContain("font-family:'Noto Sans SC'");
    expect(face).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\)/);
  }
  // 复 (U+590D) is in one of the embedded faces' ranges.
  const covers = (face: string, cp: number) =>
    (/unicode-range:([^;]+);/.exec(face)?.[1] ?? '').split(',').some((part) => {
      const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
      const a = parseInt(lo ?? '', 16);
      return cp >= a && cp <= (hi ? parseInt(hi, 16) : a);
    });
  expect(faces.some((f) => covers(f, 0x590d))).toBe(true);
  expect(info.texts).toContain('复工复产地图');
  expect(info.texts.some((t) => t?.includes('2020年3月1日'))).toBe(true);
  expect(info.texts.some((t) => t?.startsWith('数据：'))).toBe(true);
  expect(info.texts.some((t) => t?.includes('ECharts'))).toBe(true);
  await dialog.getByRole('button', { name: '关闭' }).click();
  expect(await snapshot(page)).toEqual(before);
});

async function exportAnimation(
  page: Page,
  format: 'WebM' | 'MP4' | 'GIF',
  from: string,
  to: string,
  fpd: string,
) {
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByLabel('From').fill(from);
  await dialog.getByLabel('To').fill(to);
  await dialog.getByLabel('Frames per day').selectOption(fpd);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Export animation' }).click(),
  ]);
  await expect(dialog.getByRole('status')).toHaveText(/^Exported: /);
  const message = await dialog.getByRole('status').textContent();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return {
    bytes: await bytesOf(download),
    name: download.suggestedFilename(),
    message: message ?? '',
  };
}

test('a WebM of a short range has one frame per step, the expected size and codec', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 520 });
  await openMap(page, 'date=2020-03-01&lang=en');
  const before = await snapshot(page);
  // 5 days at 2 frames a day: 4 × 2 + 1 frames, the last on the last day.
  const out = await exportAnimation(page, 'WebM', '2020-02-20', '2020-02-24', '2');
  expect(out.name).toBe(
    'fugong-map_2020-02-20--2020-02-24_resumption_rate-above_scale_industry.webm',
  );
  const info = readWebm(out.bytes);
  expect(info.frames).toBe(9);
  expect(info.keyFrames).toBeGreaterThanOrEqual(1);
  expect(['V_VP9', 'V_VP8']).toContain(info.codec);
  expect(info.width % 2).toBe(0);
  expect(info.height % 2).toBe(0);
  expect(out.message).toContain(`${info.width}×${info.height}, 9 frames`);
  expect(await snapshot(page)).toEqual(before);
});

test('an MP4 and a GIF of a short range parse with the expected number of frames', async ({
  page,
}) => {
  await page.setViewportSize({ width: 560, height: 480 });
  await openMap(page, 'date=2020-03-01&lang=en');
  const mp4 = readMp4((await exportAnimation(page, 'MP4', '2020-02-20', '2020-02-25', '1')).bytes);
  expect(mp4.frames).toBe(6);
  expect(['avc1', 'vp09', 'av01']).toContain(mp4.codec);
  const gif = readGif((await exportAnimation(page, 'GIF', '2020-02-20', '2020-02-23', '1')).bytes);
  expect(gif.frames).toBe(4);
  expect(gif.loop).toBe(0);
  expect(gif.width % 2).toBe(0);
});

test('cancelling a video export leaves the map as it was, with a clear message', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 520 });
  await openMap(page, 'date=2020-03-01&lang=en');
  await settle(page);
  const before = await snapshot(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'WebM' }).check();
  await dialog.getByLabel('Frames per day').selectOption('4');
  await dialog.getByRole('button', { name: 'Export animation' }).click();
  const progress = dialog.locator('.progress-text');
  await expect(progress).toHaveText(/^([3-9]|\d\d+) \/ \d+$/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Export cancelled; the map is as it was.');
  await expect(dialog.getByRole('button', { name: 'Export animation' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(downloads).toBe(0);
  expect(await snapshot(page)).toEqual(before);
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /2020-03-01/);
});

test('a failing encoder gives a clear message and leaves the map as it was', async ({ page }) => {
  await page.addInitScript(() => {
    VideoEncoder.prototype.encode = function () {
      throw new Error('encoder broke (test)');
    };
  });
  await openMap(page, 'date=2020-03-01&lang=en');
  const before = await snapshot(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'WebM' }).check();
  await dialog.getByLabel('From').fill('2020-02-20');
  await dialog.getByLabel('To').fill('2020-02-22');
  await dialog.getByRole('button', { name: 'Export animation' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    /Export failed; the map is as it was: .*encoder broke \(test\)/,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await snapshot(page)).toEqual(before);
});

test('printing the page gives the map, legend, date and sources on one page', async ({ page }) => {
  await openMap(page, 'date=2020-03-01');
  await settle(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.legend')).toBeVisible();
  await expect(page.locator('.tl-date')).toBeVisible();
  await expect(page.locator('.print-sources li').first()).toBeVisible();
  await expect(page.locator('.credit')).toBeVisible();
  for (const sel of ['.picker', '.tl-play', '.export-open', '.tl-slider']) {
    await expect(page.locator(sel).first()).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages).toHaveLength(1);
});
