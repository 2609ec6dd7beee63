import { readFileSync } from 'node:fs';
import { test, expect, openMap, regionPoint, regions, settle } from './fixtures';

// Guizhou's prefectures, each with a daily rate over 2,000 days: a file of about 2.3 MB, the
// kind of own data that is read in a worker.
const PREFECTURES = regions()
  .map((r) => r.code)
  .filter((code) => /^52\d\d00$/.test(code) && code !== '520000');
const DAYS = 2000;
const FIRST_DAY = Date.UTC(2020, 0, 20);
const isoDay = (d: number) => new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10);
const rate = (d: number, r: number) => 40 + ((d * 7 + r * 3) % 55);

function largeObservations(): string {
  const header = readFileSync('data/observations.csv', 'utf8').split(/\r?\n/)[0]!;
  const lines = [header];
  PREFECTURES.forEach((region, r) => {
    for (let d = 0; d < DAYS; d++) {
      const v = rate(d, r);
      lines.push(
        `o${r}_${d},${region},${isoDay(d)},stated,,resumption_rate,above_scale_industry,,${v},exact,%,,,s003,规模以上工业企业复工率达到${v}%,`,
      );
    }
  });
  // One row repeats the first row's id, as a hand-edited file may: it is named, and left out.
  lines.push(lines[1]!.replace(/,\d+,exact,/, ',99,exact,'));
  return lines.join('\n') + '\n';
}
// The repeat's data row: after every prefecture's days.
const REPEAT_ROW = PREFECTURES.length * DAYS + 1;

test('observations of a data folder are read in a worker, every figure as in the file, a repeated id named; the shipped ones start none', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const readers = () => workers.filter((u) => u.includes('observationsWorker'));
  await openMap(page);
  expect(readers()).toEqual([]);

  expect(PREFECTURES).toHaveLength(9);
  const body = largeObservations();
  await page.route('**/data/observations.csv', (route) =>
    route.fulfill({ body, contentType: 'text/csv' }),
  );
  await openMap(page, 'data=data/&date=2020-03-01&view=guizhou');
  expect(readers()).toHaveLength(1);
  // One note about the file, for the repeated id: every other row was read and kept.
  const note = page.getByText('observations.csv');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText(`第 ${REPEAT_ROW} 行`);
  await expect(note).toContainText(`"o0_0" 与第 1 行的 id 重复`);
  await settle(page);
  const day = (Date.UTC(2020, 2, 1) - FIRST_DAY) / 86_400_000;
  await page.mouse.move(...(await regionPoint(page, '520300')));
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('遵义');
  await expect(tip).toContainText(`${rate(day, PREFECTURES.indexOf('520300'))}%`);
  // The whole file reached the timeline: its last day is the slider's end.
  const slider = page.getByRole('slider');
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(isoDay(DAYS - 1)));
});
