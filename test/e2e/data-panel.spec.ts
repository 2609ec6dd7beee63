import { test, expect, openMap, canvasGrid, saturation } from './fixtures';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { xlsx } from '../xlsx';

// GBK bytes of the characters the test file uses, from Python's gbk codec: TextEncoder only
// writes UTF-8, and a GBK file is what Excel in China saves as "CSV".
const GBK: Record<string, string> = Object.fromEntries(
  (
    '上c9cf 业d2b5 义d2e5 以d2d4 区c7f8 南c4cf 地b5d8 复b8b4 安b0b2 州d6dd 工b9a4 市cad0 日c8d5 ' +
    '期c6da 治d6ce 率c2ca 约d4bc 自d7d4 行d0d0 规b9e6 貴d946 贵b9f3 遵d7f1 阳d1f4 陽ea96 顺cbb3 黔c7ad'
  )
    .split(' ')
    .map((p) => [p.slice(0, 1), p.slice(1)]),
);

function gbk(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const hex = GBK[ch];
    if (hex) out.push(...(hex.match(/../g) ?? []).map((b) => parseInt(b, 16)));
    else out.push(ch.charCodeAt(0));
  }
  return out;
}

const CSV =
  '地区,日期,行业,复工率\n' +
  '贵阳市,2020-03-01,规上工业,96%\n' +
  '遵义,2020-03-01,规上工业,90%以上\n' +
  '黔南自治州,2020-03-01,规上工业,约85%\n' +
  '貴陽市,2020-03-02,规上工业,98%\n' +
  '安顺市,2020-03-02,规上工业,80%\n';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - 0.3, lat - 0.3],
      [lon + 0.3, lat - 0.3],
      [lon + 0.3, lat + 0.3],
      [lon - 0.3, lat + 0.3],
      [lon - 0.3, lat - 0.3],
    ],
  ],
});
const GEOJSON = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(106.7, 26.6), properties: { name: '贵阳市' } },
    { type: 'Feature', geometry: square(106.9, 27.7), properties: { name: '遵义市' } },
    { type: 'Feature', geometry: square(107.5, 26.3), properties: { name: '黔南州' } },
  ],
};

test('a GBK CSV and a GeoJSON dropped on the map are read, joined with a report, corrected and mapped', async ({
  page,
}) => {
  // Replacing the map tears down its WebGL context, which software GL in CI takes most of a
  // minute to do; the test waits for the panel's own "shown" message, not for a time.
  test.setTimeout(240_000);
  await openMap(page);
  const drop = await page.evaluateHandle(
    ({ csv, geo }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(csv)], 'guizhou.csv', { type: 'text/csv' }));
      dt.items.add(new File([geo], 'three.geojson', { type: 'application/geo+json' }));
      return dt;
    },
    { csv: gbk(CSV), geo: JSON.stringify(GEOJSON) },
  );
  await page.locator('.map').dispatchEvent('drop', { dataTransfer: drop });

  const panel = page.getByTestId('data-panel');
  await expect(panel.getByText('边界: three.geojson · 3 个地区')).toBeVisible();
  // A pasted table shows in the shipped font: the browser's own for text fields may have no
  // Chinese at all.
  const pasteFont = await panel
    .getByLabel('粘贴表格（制表符分隔）')
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(pasteFont).toMatch(/^"?Noto Sans SC/);
  await expect(panel.getByLabel('编码')).toHaveValue('gb18030');
  await expect(panel.getByLabel('编码').locator('option:checked')).toHaveText('GB18030 (自动识别)');

  // The industry column is not recognised; the user says, by keyboard, that it holds what is
  // counted. Each key redraws the report, and the focus stays on the column's menu.
  const industry = panel.getByLabel('含义: 行业');
  await expect(industry).toHaveValue('ignore');
  await industry.focus();
  for (const role of ['source', 'qualifier', 'universe']) {
    await page.keyboard.press('ArrowUp');
    await expect(panel.getByLabel('含义: 行业')).toHaveValue(role);
    await expect(panel.getByLabel('含义: 行业')).toBeFocused();
  }

  const report = panel.getByRole('region', { name: '匹配报告' });
  await expect(report.locator('[data-count=matched]')).toHaveText(
    '已匹配行: 4 (名称完全一致 1, 去掉市/州/县/区后缀 2, 繁体转简体 1)',
  );
  await expect(report.locator('[data-count=unmatched]')).toHaveText('未匹配行: 1');
  await expect(report.locator('[data-count=without-data]')).toHaveText('无数据的地区: 0');
  await expect(report.locator('tr.unmatched')).toContainText('安顺市');
  await expect(report.getByText('1 行地区未匹配: 第6行 “安顺市”')).toBeVisible();
  await expect(panel.getByText('4 个数字可上图')).toBeVisible();

  await panel.getByRole('button', { name: '在地图上显示' }).click({ timeout: 150_000 });
  await expect(panel.getByText('已在地图上显示')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('.picker select').first()).toContainText('规上工业');
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /2020-03-0[12]/);
  const grid = await canvasGrid(page);
  const coloured = grid.filter((c) => saturation(c) > 40);
  expect(coloured.length).toBeGreaterThan(20);
  // The figures and boundaries are credited to the files they came from, not to what ships.
  await expect(page.locator('.credit')).toHaveText('数据：guizhou.csv；边界：three.geojson');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('three.geojson');
  await expect(page.locator('.maplibregl-ctrl-attrib')).not.toContainText('ECharts');

  // Escape puts the panel away and leaves the focus on the button that opens it.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  const toggle = page.getByRole('button', { name: '导入数据' });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // No link carries figures imported here: the Embed dialog says how to host them, and gives no
  // code that would embed the shipped data under the same title.
  await page.getByRole('button', { name: '嵌入', exact: true }).click();
  const embed = page.getByRole('dialog', { name: '嵌入到报告' });
  await expect(embed).toContainText('在本浏览器中导入的数据');
  await expect(embed).toContainText('?data=文件夹名/');
  await expect(embed.getByRole('textbox')).toHaveCount(0);
  await embed.getByRole('button', { name: '关闭' }).click();
  await expect(embed).toBeHidden();
});

test('an Excel workbook dropped on the map is joined like a CSV, and its data folder opens with ?data=', async ({
  page,
}) => {
  await openMap(page);
  const workbook = xlsx([
    ['地区', '日期', '复工率'],
    ['贵阳市', { date: 43891 }, '96%'],
    ['遵义市', { date: 43891 }, 0.9],
    ['安顺市', { date: 43892 }, '约80%'],
  ]);
  const drop = await page.evaluateHandle(
    (bytes) => {
      const dt = new DataTransfer();
      const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      dt.items.add(new File([new Uint8Array(bytes)], 'figures.xlsx', { type }));
      return dt;
    },
    Array.from(new Uint8Array(workbook)),
  );
  await page.locator('.map').dispatchEvent('drop', { dataTransfer: drop });

  const panel = page.getByTestId('data-panel');
  const report = panel.getByRole('region', { name: '匹配报告' });
  await expect(report.locator('[data-count=matched]')).toHaveText(/^已匹配行: 3 /);
  await expect(report.locator('[data-count=unmatched]')).toHaveText('未匹配行: 0');
  await expect(panel.getByText('3 个数字可上图')).toBeVisible();

  // The data folder, as a reader's site would host it beside the app: the same figures.
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: '下载数据文件夹 (.zip)' }).click(),
  ]);
  expect(saved.suggestedFilename()).toBe('figures.data.zip');
  const folder = unzipSync(new Uint8Array(readFileSync(await saved.path())));
  expect(Object.keys(folder).sort()).toEqual([
    'boundaries/regions.topojson',
    'events.csv',
    'metrics.csv',
    'observations.csv',
    'precedence.csv',
    'regions.csv',
    'sources.csv',
    'subsets.csv',
    'universes.csv',
  ]);
  await page.route('**/own/**', (route) => {
    const body = folder[new URL(route.request().url()).pathname.replace(/^.*\/own\//, '')];
    return route.fulfill(body ? { body: Buffer.from(body) } : { status: 404 });
  });
  await openMap(page, 'data=own/');
  await expect(page.locator('.credit')).toHaveText(/^数据：figures\.xlsx；/);
  await expect(page.locator('.notes')).toBeEmpty();
  const slider = page.getByRole('slider');
  await slider.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', /^2020-03-01/);
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', /^2020-03-02/);
});

/**
 * Guizhou's county-level units as a spreadsheet of 2022 names them, built from the shipped
 * boundaries (names of about 2017): four renamed since (盘县 → 盘州市, 水城县 → 水城区, 兴仁县 →
 * 兴仁市, 黔西县 → 黔西市), four in traditional script, two misspelt, one written short.
 */
function guizhouCountyTable(): string {
  const topo = JSON.parse(readFileSync('data/boundaries/china-counties.topojson', 'utf8')) as {
    objects: Record<string, { geometries: { properties: { code: string; name: string } }[] }>;
  };
  const layer = Object.values(topo.objects)[0]!;
  const names = layer.geometries
    .map((g) => g.properties)
    .filter((p) => p.code.startsWith('52'))
    .map((p) => p.name);
  const as2022: Record<string, string> = {
    盘县: '盘州市',
    水城县: '水城区',
    兴仁县: '兴仁市',
    黔西县: '黔西市',
    云岩区: '雲巖區',
    乌当区: '烏當區',
    钟山区: '鐘山區',
    镇宁布依族苗族自治县: '鎮寧布依族苗族自治縣',
    息烽县: '息峰县',
    湄潭县: '湄谭县',
    三都水族自治县: '三都县',
  };
  const rows = names.flatMap((n, i) => [
    `${as2022[n] ?? n}\t2020年2月20日\t${60 + ((i * 7) % 30)}%`,
    `${as2022[n] ?? n}\t2020年3月1日\t${i % 5 === 0 ? '95%以上' : `${85 + ((i * 3) % 15)}%`}`,
  ]);
  return ['县（市、区）\t日期\t规上工业企业复工率', ...rows].join('\n');
}

test("a county table joins one province's shipped counties, each renamed, misspelt or traditional name reported", async ({
  page,
}) => {
  // As above: showing own data replaces the map, which software GL takes long to tear down.
  test.setTimeout(240_000);
  await openMap(page);
  await page.getByRole('button', { name: '导入数据' }).click();
  const panel = page.getByTestId('data-panel');
  await panel.getByLabel('匹配到').selectOption('county');
  await panel.getByLabel('范围').selectOption({ label: '贵州省' });
  await expect(panel.getByText('边界: 全国 · 县级 · 贵州省 · 88 个地区')).toBeVisible();

  await panel.getByLabel('粘贴表格（制表符分隔）').fill(guizhouCountyTable());
  await panel.getByRole('button', { name: '读取粘贴的表格' }).click();
  const report = panel.getByRole('region', { name: '匹配报告' });
  await expect(report.locator('[data-count=matched]')).toHaveText(
    '已匹配行: 170 (名称完全一致 156, 去掉市/州/县/区后缀 6, 繁体转简体 8)',
  );
  await expect(report.locator('[data-count=unmatched]')).toHaveText('未匹配行: 6');
  await expect(report.locator('[data-count=without-data]')).toHaveText('无数据的地区: 3');
  const row = (name: string) => report.locator('tr', { hasText: name });
  await expect(row('息峰县')).toContainText('可能是：息烽县 · 贵阳市 (520122)');
  await expect(row('盘州市')).toContainText('盘县 · 六盘水市 (520222)');
  await expect(row('雲巖區')).toContainText('云岩区 · 贵阳市 (520103)');
  await expect(row('水城区')).toContainText('水城县 · 六盘水市 (520221)');

  // The user settles one misspelling; its rows join, the rest stay listed.
  await row('息峰县').getByRole('combobox').fill('息烽县 · 贵阳市 (520122)');
  await row('息峰县').getByRole('combobox').press('Enter');
  await expect(report.locator('[data-count=unmatched]')).toHaveText('未匹配行: 4');

  await panel.getByRole('button', { name: '在地图上显示' }).click({ timeout: 150_000 });
  await expect(panel.getByText('已在地图上显示')).toBeVisible({ timeout: 150_000 });
  await page.getByRole('button', { name: '导入数据' }).click();
  const coloured = (await canvasGrid(page)).filter((c) => saturation(c) > 40);
  expect(coloured.length).toBeGreaterThan(200);
  // A table of rates alone has no counts to size circles by: that picker says so.
  await expect(page.getByLabel('圆点大小')).toBeDisabled();
  await expect(page.getByLabel('圆点大小')).toHaveText('—');
});
