import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, openMap, settle } from './fixtures';
import { URL_PARAMS } from '../../src/core/urlState';

// Every URL parameter and every data field the app displays is loaded with markup and script.
// Whatever the page shows, it must show as text: nothing runs, and no element, attribute or
// link comes from the payload. The dev server sends no Content-Security-Policy, so the policy
// is not what stops these: the app's own escaping is under test.
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1100, height: 760 } });

const MARK = 'xss-probe';
const HTML = `"'><img src=x class=${MARK} onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script><svg onload="window.__xss=1"></svg>`;
const SCRIPT_URL = 'javascript:window.__xss=1';
// An address has no spaces: markup that still opens an element if written unescaped.
const URL_MARKUP = `https://example.org/"'><svg/onload=window.__xss=1>`;

/** What a payload could have done to the page: run, add elements, handlers or script links. */
async function harm(page: Page) {
  return page.evaluate((mark) => {
    const all = [...document.querySelectorAll('*')];
    return {
      ran: (window as unknown as { __xss?: number }).__xss ?? 0,
      elements: document.querySelectorAll(`.${mark}, #app script, #app svg[onload]`).length,
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      scriptLinks: all.filter((e) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href'].some((n) =>
          /^\s*javascript:/i.test(e.getAttribute(n) ?? ''),
        ),
      ).length,
    };
  }, MARK);
}

async function expectNoHarm(page: Page, dialogs: string[]) {
  expect(await harm(page)).toEqual({ ran: 0, elements: 0, handlers: 0, scriptLinks: 0 });
  expect(dialogs, 'dialogs opened by a payload').toEqual([]);
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test('every URL parameter carrying markup or a script URL is shown as text, never run', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  for (const payload of [HTML, SCRIPT_URL]) {
    // `data` too: the page reads it before the map, and names a refused folder in the notes.
    const query = [...URL_PARAMS, 'data']
      .map((p) => `${p}=${encodeURIComponent(payload)}`)
      .join('&');
    // An unknown parameter is named in the notes, so its name is a payload too.
    await openMap(page, `${query}&${encodeURIComponent(HTML)}=1`);
    await settle(page);
    await expectNoHarm(page, dialogs);
    // The notes quote what was refused, as text.
    await expect(page.locator('#app')).toContainText(payload.slice(0, 24));
  }
  // A folder of another site is not read, and the note says the figures are the shipped ones.
  await openMap(page, `data=${encodeURIComponent('https://evil.example/')}`);
  await expect(page.locator('.notes')).toContainText(
    '"https://evil.example/" 不是本站的文件夹（只读取 data/ 这样的相对路径）；显示的是内置数据',
  );
});

/** A shipped CSV with the payload written into the named columns of every row. */
function poisoned(file: string, columns: Record<string, string>): string {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const rows = parsed.data.map((row) => ({ ...row, ...columns }));
  return Papa.unparse({ fields: parsed.meta.fields ?? [], data: rows });
}

const text = (field: string) => `${field}: ${HTML}`;

test('every displayed data field carrying markup or a script URL is shown as text, never run', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  // Every free-text column of every file the app reads; ids, codes, dates and values must
  // stay what they are for the data to load at all.
  const files: Record<string, string> = {
    'regions.csv': poisoned('regions.csv', { name_en: text('name_en') }),
    'sources.csv': poisoned('sources.csv', {
      title: text('title'),
      publisher: text('publisher'),
      // A script URL is refused with its row (the URL test above); an http(s) one that
      // carries markup must reach the link's href as an address, not as markup.
      url: URL_MARKUP,
      notes: text('notes'),
    }),
    'metrics.csv': poisoned('metrics.csv', {
      label_zh: text('label_zh'),
      label_en: text('label_en'),
    }),
    'universes.csv': poisoned('universes.csv', {
      label_zh: text('universe'),
      label_en: text('universe_en'),
      notes: text('universe notes'),
    }),
    'subsets.csv': poisoned('subsets.csv', { label_zh: text('subset'), label_en: text('subset') }),
    'observations.csv': poisoned('observations.csv', {
      scope: text('scope'),
      evidence: text('evidence'),
      derivation: text('derivation'),
    }),
    'events.csv': poisoned('events.csv', {
      text_zh: text('event'),
      text_en: text('event_en'),
      evidence: text('event evidence'),
    }),
  };
  // Region names are poisoned on a copy that keeps one real name, so the finder can reach it.
  const regions = Papa.parse<Record<string, string>>(files['regions.csv']!, {
    header: true,
    skipEmptyLines: true,
  });
  files['regions.csv'] = Papa.unparse({
    fields: regions.meta.fields ?? [],
    data: regions.data.map((r) =>
      r.code === '520100' ? r : { ...r, name: text('name'), short: `${r.short}${HTML}` },
    ),
  });
  await page.route(
    (url) => Object.keys(files).some((f) => url.pathname === `/data/${f}`),
    (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      return route.fulfill({ body: files[name]!, contentType: 'text/csv; charset=utf-8' });
    },
  );

  // The files as a data folder beside the app, where a site hosts its own figures.
  await openMap(page, 'data=data/&date=2020-03-18&view=guizhou');
  await settle(page);
  await expectNoHarm(page, dialogs);

  // The detail panel: figures with their scope, evidence, derivation and source.
  await page.getByRole('combobox', { name: '查找地区' }).fill('贵阳');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: /贵阳市/ });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('evidence: "\'><img src=x');
  await expect(panel).toContainText('title: "\'><img');
  await expect(panel.getByRole('link').first()).toHaveAttribute(
    'href',
    /^https:\/\/example\.org\//,
  );
  await expectNoHarm(page, dialogs);

  // The table, in both languages.
  await page.getByRole('button', { name: '表格' }).click();
  await expect(page.getByRole('table')).toContainText('name: "\'><img');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('table')).toContainText('name_en: "\'><img');
  await settle(page);
  await expectNoHarm(page, dialogs);

  // The pickers' labels and the legend carry the metric and universe labels.
  await expect(page.locator('#app')).toContainText('universe_en: "\'><img');
  await expectNoHarm(page, dialogs);
});
