import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap, regionPoint, settle, freezeClock, advance } from './fixtures';

// Each test loads the map once and works several controls on it: WebGL is software-rendered
// here, so a page load costs seconds.
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 960, height: 640 } });

const slider = (page: Page) => page.getByRole('slider');
const DEFAULT_LAYER = 'resumption_rate.above_scale_industry';
const state = (page: Page) =>
  page.evaluate(() => document.getElementById('app')!.rmap!.getState()!);

async function expectDate(page: Page, iso: string): Promise<void> {
  await expect(slider(page)).toHaveAttribute('aria-valuetext', new RegExp(iso));
}

/** Goes to a date the way an embedding page would, without touching the controls under test. */
async function goTo(page: Page, date: string): Promise<void> {
  await page.evaluate((date) => document.getElementById('app')!.rmap!.update({ date }), date);
  await expectDate(page, date);
}

/** The picker's first layer (metric × universe) of a metric: the one with most regions. */
async function layerOf(page: Page, label: string, metric: string): Promise<string> {
  const values = await page
    .getByLabel(label)
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const found = values.find((v) => v.startsWith(`${metric}.`));
  if (!found) throw new Error(`no ${metric} layer among ${values.join(', ')}`);
  return found;
}

/** Moves the mouse onto a region's label point. */
async function hoverRegion(page: Page, code: string): Promise<void> {
  await page.mouse.move(...(await regionPoint(page, code)));
}

/** RFC 4180 CSV, enough for the download: quoted cells, doubled quotes, LF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

test.describe('timeline', () => {
  test('the slider moves by day, by observation date and to its ends, and announces when stopped', async ({
    page,
  }) => {
    await openMap(page, 'date=2020-02-20');
    const live = page.locator('[aria-live="polite"]');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expectDate(page, '2020-02-21');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectDate(page, '2020-02-19');
    await page.keyboard.press('PageDown');
    await expectDate(page, '2020-02-20');
    await page.keyboard.press('PageDown');
    await expectDate(page, '2020-02-24');
    await expect(live).toContainText('2020年2月24日');
    await expect(live).toContainText('个地区有数据');
    await page.keyboard.press('PageUp');
    await expectDate(page, '2020-02-20');
    await page.keyboard.press('Home');
    await expectDate(page, '2020-02-10');
    // The slider opens on spring 2020, the episode with the most figures: its end is the
    // last of 贵港's figures of late April, not the last day of the whole period.
    await expect(page.getByLabel('时段')).toHaveValue('2020-spring');
    await page.keyboard.press('End');
    await expectDate(page, '2020-04-29');
  });

  test('play and pause by button and Space; speed from 0.5× to 8×; loop on and off', async ({
    page,
  }) => {
    await openMap(page, 'date=2020-02-20');
    await settle(page);
    // Playback runs on the page's clock, which moves only when the test says: a busy machine
    // cannot make a day pass early or late.
    await freezeClock(page);
    await slider(page).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
    await advance(page, 1500);
    await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /2020-02-20/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();

    const speed = page.getByLabel('速度');
    await expect(speed.locator('option')).toHaveText(['0.5×', '1×', '2×', '4×', '8×']);
    await speed.selectOption('4');
    await speed.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await state(page)).speed).toBe(8);

    // Loop on: playing past the end of the episode starts it again (four days a second).
    await speed.selectOption('4');
    await page.getByLabel('时段').selectOption({ label: '2020年春' });
    const loop = page.getByLabel('循环');
    await loop.focus();
    await page.keyboard.press('Space');
    await expect(loop).toBeChecked();
    // The episode ends where its figures end: read it off the slider rather than assume it.
    await slider(page).focus();
    await page.keyboard.press('End');
    const end = (await state(page)).date;
    const twoBefore = new Date(Date.parse(`${end}T00:00:00Z`) - 2 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await goTo(page, twoBefore);
    await page.getByRole('button', { name: '播放' }).click();
    // At 4× the first frame starts the count and the next three bring three days: two to
    // the episode's end, then its first day again.
    await advance(page, 1000);
    await expect.poll(async () => (await state(page)).date).toMatch(/^2020-02-1/);
    await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
    await page.getByRole('button', { name: '暂停' }).click();
    // Loop off: playback stops at the end of the episode.
    await loop.click();
    await expect(loop).not.toBeChecked();
    await goTo(page, twoBefore);
    await page.getByRole('button', { name: '播放' }).click();
    await advance(page, 2000);
    await expectDate(page, end);
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
  });

  test('step and observation buttons work by mouse and by keyboard', async ({ page }) => {
    await openMap(page, 'date=2020-02-20');
    await page.getByRole('button', { name: '前进一天' }).click();
    await expectDate(page, '2020-02-21');
    await page.getByRole('button', { name: '后退一天' }).click();
    await page.getByRole('button', { name: '后退一天' }).click();
    await expectDate(page, '2020-02-19');
    await page.getByRole('button', { name: '前进一天' }).focus();
    await page.keyboard.press('Enter');
    await expectDate(page, '2020-02-20');
    await page.getByRole('button', { name: '下一个观测日期' }).click();
    await expectDate(page, '2020-02-24');
    await page.getByRole('button', { name: '上一个观测日期' }).focus();
    await page.keyboard.press('Enter');
    await expectDate(page, '2020-02-20');
  });

  test('an episode rescales the slider and its event marks; all dates brings the period back', async ({
    page,
  }) => {
    await openMap(page, 'date=2022-11-15&region=520300');
    const episode = page.getByLabel('时段');
    await expect(episode.locator('option')).toHaveText(['全部日期', '2020年春', '2022']);
    const s = slider(page);
    const fullMax = await s.getAttribute('max');
    await expect(page.locator('.tl-event')).toHaveCount(10);
    // All dates: the two years between the episodes are one short break on the track, and
    // the pinned region's chart breaks its date axis at the same place.
    const breaks = page.locator('.tl-break');
    await expect(breaks).toHaveCount(1);
    await expect(breaks).toHaveAttribute(
      'aria-label',
      '时间轴省略：2020年4月30日至2022年3月27日没有数字',
    );
    await expect(page.locator('.series-chart .axis-break')).toHaveCount(1);
    const track = await page.locator('.tl-breaks').boundingBox();
    const gap = await breaks.boundingBox();
    expect(gap!.width).toBeLessThan(track!.width * 0.06);

    await episode.selectOption({ label: '2020年春' });
    await expectDate(page, '2020-02-10');
    // Spring 2020 runs to 贵港's figures of late April: 80 days, one slider step each.
    expect(Number(await s.getAttribute('max')) - Number(await s.getAttribute('min'))).toBe(79);
    await expect(breaks).toHaveCount(0);
    await expect(page.locator('.series-chart .axis-break')).toHaveCount(0);
    await s.focus();
    await page.keyboard.press('End');
    await expectDate(page, '2020-04-29');

    const marks = page.locator('.tl-event');
    await expect(marks).toHaveCount(7);
    const first = marks.first();
    await expect(first).toHaveAttribute('title', /2020年2月15日：贵港钢铁集团/);
    await first.hover();
    const tip = page.locator('.tl-event-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('贵港供电局');
    await first.focus();
    await expect(tip).toContainText('贵港供电局');
    await page.keyboard.press('Enter');
    await expectDate(page, '2020-02-15');

    // Keyboard on the select: the next option is 2022, which opens on its first figure
    // (滕州's first-quarter output, dated the quarter's last day).
    await episode.focus();
    await page.keyboard.press('ArrowDown');
    await expectDate(page, '2022-03-31');
    expect(Number(await s.getAttribute('min'))).toBeGreaterThan(700);
    await s.focus();
    await page.keyboard.press('Home');
    await expectDate(page, '2022-03-28');
    await expect(marks).toHaveCount(3);
    await episode.selectOption({ label: '全部日期' });
    await expect(s).toHaveAttribute('min', '0');
    await expect(s).toHaveAttribute('max', fullMax!);
  });

  test('an event with a place is drawn on the map while the timeline passes it', async ({
    page,
  }) => {
    await openMap(page, 'date=2020-03-06');
    const map = page.locator('.map');
    // Guigang's events of 4 and 6 March: the later one is drawn.
    await expect(map).toHaveAttribute('data-events', 'ev04');
    await slider(page).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expectDate(page, '2020-03-11');
    await expect(map).toHaveAttribute('data-events', 'ev05');
    await page.keyboard.press('PageDown');
    await expectDate(page, '2020-03-18');
    await expect(map).toHaveAttribute('data-events', '');
  });
});

test.describe('honest time', () => {
  // The shipped data has no two figures of one layer and subset with days between them (贵阳's
  // are of all above-scale firms, then of those under scheduling): this needs a dataset of its own.
  test.fixme('interpolation is an option, off by default and marked', async ({ page }) => {
    await openMap(page, 'date=2020-02-25');
    await page.getByRole('button', { name: '表格' }).click();
    const guiyang = page.getByRole('row', { name: /贵阳市/ });
    await expect(guiyang).toContainText('沿用早前数值');
    const box = page.getByLabel('两次数据之间插值（估算）');
    await expect(box).not.toBeChecked();
    await box.click();
    await expect(guiyang).toContainText('插值（估算）');
    await expect(guiyang.getByRole('cell').first()).toHaveText(/^~/);
    await box.focus();
    await page.keyboard.press('Space');
    await expect(guiyang).toContainText('沿用早前数值');
  });

  test('old figures become "no recent data" past the maximum age', async ({ page }) => {
    await openMap(page, 'date=2020-03-10');
    await page.getByRole('button', { name: '表格' }).click();
    const zunyi = page.getByRole('row', { name: /遵义市/ });
    await expect(zunyi).toContainText('沿用早前数值 (9 天前的数据)');
    await expect(zunyi).toContainText('不晚于 2020年3月1日');
    const age = page.getByLabel('沿用上限（天）');
    await age.fill('5');
    await age.press('Enter');
    await expect(zunyi).toContainText('无近期数据 (9 天前的数据)');
    await expect(zunyi.getByRole('cell').first()).toHaveText('—');
  });

  test('a bound stays a bound: 60%以上 reads ≥60%', async ({ page }) => {
    await openMap(page, 'date=2020-02-19');
    await page
      .getByLabel('面积着色')
      .selectOption(await layerOf(page, '面积着色', 'production_rate'));
    await page.getByRole('button', { name: '表格' }).click();
    await expect(page.getByRole('row', { name: /贵州省/ })).toContainText('≥60%');
  });

  test('the legend explains statuses and classes, and never changes while the timeline moves', async ({
    page,
  }) => {
    await openMap(page, 'date=2020-02-20');
    const legend = page.locator('.legend');
    for (const text of ['当日实测', '沿用早前数值', '插值（估算）', '无近期数据', '无数据', '≥']) {
      await expect(legend).toContainText(text);
    }
    await expect(legend).toContainText('分级越接近100越细');
    const before = await legend.innerHTML();
    await slider(page).focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await settle(page);
    expect(await legend.innerHTML()).toBe(before);
    const scale = page.getByLabel('色阶');
    await scale.focus();
    await page.keyboard.press('ArrowDown');
    await expect(legend).toContainText('连续色阶');
    await scale.selectOption('bins');
    await expect(legend).toContainText('分级越接近100越细');
  });
});

test.describe('map', () => {
  test('view presets, the region list and the metric pickers, by mouse and keyboard', async ({
    page,
  }) => {
    await openMap(page);
    const view = page.getByLabel('视图');
    await view.selectOption('guizhou');
    await expect(page).toHaveURL(/view=guizhou/);
    await view.selectOption({ label: '滕州' });
    await expect(page).toHaveURL(/view=370481/);
    await view.focus();
    await page.keyboard.press('Home');
    await expect(page).not.toHaveURL(/view=/);

    const find = page.getByRole('combobox', { name: '查找地区' });
    await find.fill('teng');
    const list = page.getByRole('listbox');
    await expect(list.getByRole('option')).toHaveText([/滕州市/]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=370481/);
    await expect(page).toHaveURL(/region=370481/);
    await find.fill('遵');
    await list.getByRole('option', { name: /遵义市/ }).click();
    await expect(page).toHaveURL(/view=520300/);
    await expect(page.getByRole('region', { name: /遵义市/ })).toBeVisible();

    const production = await layerOf(page, '面积着色', 'production_rate');
    await page.getByLabel('面积着色').selectOption(production);
    await expect(page).toHaveURL(new RegExp(`metric=${production}`));
    const workers = await layerOf(page, '圆点大小', 'workers_returned');
    await page.getByLabel('圆点大小').selectOption(workers);
    await expect(page).toHaveURL(new RegExp(`points=${workers}`));
    const next = await page
      .getByLabel('面积着色')
      .evaluate(
        (s) => (s as HTMLSelectElement).options[(s as HTMLSelectElement).selectedIndex + 1]!.value,
      );
    await page.getByLabel('面积着色').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(new RegExp(`metric=${next}`));
  });

  test('a click pins a detail panel with a chart and every figure with its source', async ({
    page,
  }) => {
    // Framed on Guizhou, so 贵阳's label point lies well inside its polygon, away from 修文县.
    await openMap(page, 'date=2020-03-01&view=guizhou');
    await settle(page);
    await hoverRegion(page, '520100');
    await page.mouse.down();
    await page.mouse.up();
    const panel = page.getByRole('region', { name: /贵阳市/ });
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/region=520100/);
    await expect(panel.getByRole('img')).toBeVisible();
    await expect(panel.locator('.series-chart .point')).not.toHaveCount(0);
    await expect(panel.locator('.series-chart .carried')).not.toHaveCount(0);
    await expect(panel.locator('.obs-item').first()).toContainText('来源');
    await expect(panel.locator('.obs-evidence').first()).not.toBeEmpty();
    await expect(panel).toContainText('仅知发布日期：不晚于该日');
    await expect(panel.getByRole('link', { name: '原文链接' }).first()).toHaveAttribute(
      'href',
      /^https?:/,
    );
    await panel.getByRole('button', { name: '关闭' }).click();
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/region=/);
    // Keyboard: the finder pins, Escape in the panel closes it.
    await page.getByRole('combobox', { name: '查找地区' }).fill('Guiyang');
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: '关闭' }).focus();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('a press held for a second is still a click: it pins the region under it', async ({
    page,
  }) => {
    await openMap(page, 'date=2020-03-01&view=guizhou');
    await settle(page);
    // The page's clock says how long the press lasted, however busy the machine is.
    await freezeClock(page);
    await hoverRegion(page, '520100');
    await page.mouse.down();
    await page.clock.fastForward(1000);
    await page.mouse.up();
    await expect(page.getByRole('region', { name: /贵阳市/ })).toBeVisible();
    await expect(page).toHaveURL(/region=520100/);
  });

  test('Tengzhou stays findable in the all-regions view: its mark answers the mouse', async ({
    page,
  }) => {
    await openMap(page, 'date=2022-04-13');
    await settle(page);
    await hoverRegion(page, '370481');
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('滕州');
    await expect(tip).toContainText('83.97%');
  });
});

test('the map rests only once a zoom by its + button has landed', async ({ page }) => {
  await openMap(page, 'date=2020-03-01&view=guizhou');
  await settle(page);
  // With the clock stopped no frame comes: the press itself must say the map is moving.
  await freezeClock(page);
  const root = page.locator('#app > [data-idle]');
  await expect(root).toHaveAttribute('data-idle', 'true');
  await page.getByRole('button', { name: '放大', exact: true }).click();
  expect(await root.getAttribute('data-idle')).toBe('false');
  // The clock stays stopped, and each quarter second the test moves it on fires one frame: the
  // zoom lands in a few. Resumed while the zoom was under way, the clock drove about two hundred
  // frames before the map rested, each a software-WebGL draw still queued in the GPU process
  // when the next test opened its page in this browser; under load that page waited past its
  // own time limit.
  await expect
    .poll(
      async () => {
        await advance(page, 250);
        return root.getAttribute('data-idle');
      },
      { intervals: [100] },
    )
    .toBe('true');
  await expect(page).toHaveURL(/zoom=/);
});

test.describe('language, URL and table', () => {
  test('English by a toggle, with numbers and dates formatted for the language', async ({
    page,
  }) => {
    await openMap(page, 'date=2022-11-15&region=430500');
    const panel = page.getByRole('region', { name: /邵阳市/ });
    await expect(panel).toContainText('10.9万人');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /2022年11月15日/);
    // The map's own canvas and zoom buttons speak the page's language too.
    await expect(page.getByRole('region', { name: '地图', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '放大', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '缩小', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeVisible();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /15 Nov 2022/);
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByRole('region', { name: /Shaoyang/ })).toContainText('109,431');
    await page.getByRole('button', { name: '切换到中文' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    await expect(page.getByRole('button', { name: '放大', exact: true })).toBeVisible();
  });

  test('the URL reproduces the view; back and forward restore it; bad values fall back with a note', async ({
    page,
  }) => {
    // A bare metric in a link opens that metric's layer with most regions.
    await openMap(
      page,
      'date=2020-03-01&metric=production_rate&points=workers_returned&view=guizhou&region=520300&lang=en',
    );
    await expectDate(page, '2020-03-01');
    const production = await layerOf(page, 'Fill colour', 'production_rate');
    const workers = await layerOf(page, 'Circle size', 'workers_returned');
    await expect(page.getByLabel('Fill colour')).toHaveValue(production);
    await expect(page.getByLabel('Circle size')).toHaveValue(workers);
    await expect(page.getByLabel('View')).toHaveValue('guizhou');
    await expect(page.getByRole('region', { name: /Zunyi/ })).toBeVisible();
    await page.getByLabel('Fill colour').selectOption(DEFAULT_LAYER);
    await expect(page).not.toHaveURL(/metric=/);
    await page.goBack();
    await expect(page.getByLabel('Fill colour')).toHaveValue(production);
    await page.goForward();
    await expect(page.getByLabel('Fill colour')).toHaveValue(DEFAULT_LAYER);

    await openMap(page, 'date=2020-13-45&metric=nope&view=mars&lang=fr');
    const notes = page.locator('.notes');
    await expect(notes).toContainText('date');
    await expect(notes).toContainText('metric');
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    await expect(page.getByLabel('面积着色')).toHaveValue(DEFAULT_LAYER);
    await expect(page.getByLabel('视图')).toHaveValue('all');
  });

  test('the table follows the timeline and downloads exactly what it shows', async ({ page }) => {
    await openMap(page, 'date=2020-03-01');
    const toggle = page.getByRole('button', { name: '表格' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toContainText('2020年3月1日');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(table.locator('caption')).toContainText('2020年3月2日');
    await expect(page.getByRole('row', { name: /遵义市/ })).toContainText('沿用早前数值');

    const shown = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`resumption-${DEFAULT_LAYER}-2020-03-02.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    // Data, not display text: the documented columns, one row per region the table shows,
    // ISO dates and plain numbers.
    const [header, ...rows] = parseCsv(text.slice(1) + '\n');
    expect(header).toEqual([
      'date',
      'region_code',
      'region',
      'metric',
      'universe',
      'value',
      'qualifier',
      'status',
      'age_days',
      'observed_date',
      'source_id',
      'evidence',
    ]);
    expect(rows.map((r) => r[2])).toEqual(shown.map((r) => r[0]));
    for (const r of rows) {
      expect(r[0]).toBe('2020-03-02');
      expect(`${r[3]}.${r[4]}`).toBe(DEFAULT_LAYER);
      expect(r[5]).toMatch(/^(-?\d+(\.\d+)?)?$/);
      expect(r[9]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    }
    const zunyi = rows.find((r) => r[1] === '520300')!;
    expect(zunyi[7]).toBe('carried');
    expect(zunyi[8]).toBe('1');
    await toggle.click();
    await expect(table).toBeHidden();
  });
});
