import { h, listen, setAttr, setText, uniqueId } from './dom';
import { safeUrl } from '../core/safeUrl';
import { t, type Lang } from './i18n';
import { toDataCsv, type TableRow } from '../core/tableRows';
import { formatDate } from '../core/format';
import { download } from './download';

export interface TableViewInput {
  lang: Lang;
  /** Computed only while the table is open: a hidden table costs a timeline step nothing. */
  rows: () => readonly TableRow[];
  /** Changes whenever the rows would (metric, options, day, language). */
  key: string;
  /** The universe's (and subset's) words for each row's figure, '' for none. */
  universeText: (row: TableRow) => string;
  metricLabel: string;
  metricId: string;
  date: string;
}

/** The text of each cell, exactly as the table shows it. */
export function tableCells(
  rows: readonly TableRow[],
  lang: Lang,
  universeText: (row: TableRow) => string = (r) => r.universe,
): string[][] {
  const header = [
    t('region', lang),
    t('value', lang),
    t('universe', lang),
    t('status', lang),
    t('asOf', lang),
    t('source', lang),
    t('link', lang),
  ];
  return [
    header,
    ...rows.map((r) => [
      r.region,
      r.valueText,
      universeText(r),
      statusText(r, lang),
      asOfText(r, lang),
      r.external ? `${r.source} (${t('otherReport', lang)})` : r.source,
      r.url,
    ]),
  ];
}

function statusText(r: TableRow, lang: Lang): string {
  const age = r.age === null ? '' : ` (${r.age} ${t('daysOld', lang)})`;
  switch (r.status) {
    case 'observed':
      return t('observed', lang);
    case 'carried':
      return `${t('carried', lang)}${age}`;
    case 'interpolated':
      return t('interpolated', lang);
    case 'stale':
      return `${t('stale', lang)}${age}`;
    case 'uncertain':
      return t('uncertain', lang);
    default:
      return t('noData', lang);
  }
}

/** "不晚于 2020年3月1日" for a figure known only by its publication date. */
function asOfText(r: TableRow, lang: Lang): string {
  if (!r.date) return '';
  const when = formatDate(r.date, lang);
  if (r.dateBasis === 'published') return `${t('noLaterThan', lang)} ${when}`;
  if (r.dateBasis === 'period_end') return `${t('periodEnd', lang)} ${when}`;
  if (r.dateBasis === 'not_before') {
    const latest = r.dateLatest
      ? ` ${t('andNoLaterThan', lang)} ${formatDate(r.dateLatest, lang)}`
      : '';
    return `${t('onOrAfter', lang)} ${when}${latest}`;
  }
  return when;
}

/**
 * All regions on the current day, as a table next to the map, following the
 * timeline; its CSV download holds the same rows and cells.
 */
export function createTableView() {
  const toggle = h('button', { type: 'button', class: 'table-toggle', 'aria-pressed': 'false' });
  const caption = h('caption', {});
  const thead = h('thead', {});
  const tbody = h('tbody', {});
  const table = h('table', { class: 'data-table' }, caption, thead, tbody);
  const downloadButton = h('button', { type: 'button', class: 'csv-download' });
  const element = h(
    'section',
    { class: 'table-view', id: uniqueId('rmap-table') },
    downloadButton,
    table,
  );
  element.hidden = true;
  toggle.setAttribute('aria-controls', element.id);
  let cells: string[][] = [];
  let input: TableViewInput | null = null;
  let key = '';

  const off = [
    listen(toggle, 'click', () => {
      element.hidden = !element.hidden;
      toggle.setAttribute('aria-pressed', String(!element.hidden));
      if (input) render(input);
    }),
    listen(downloadButton, 'click', () => {
      if (!input) return;
      // A byte-order mark so that spreadsheet programs read the Chinese text as UTF-8.
      const csv = toDataCsv(input.rows(), input.metricId, input.date);
      const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
      download(blob, `resumption-${input.metricId}-${input.date}.csv`);
    }),
  ];

  function render(next: TableViewInput): void {
    input = next;
    const { lang } = next;
    setText(toggle, t('table', lang));
    setText(downloadButton, t('downloadCsv', lang));
    setAttr(element, 'aria-label', t('table', lang));
    // The table is filled only while it is open: playing never pays for a hidden table.
    if (element.hidden || next.key === key) return;
    key = next.key;
    const rows = next.rows();
    cells = tableCells(rows, lang, next.universeText);
    caption.textContent = `${next.metricLabel} · ${formatDate(next.date, lang)}`;
    const [header = [], ...body] = cells;
    thead.replaceChildren(h('tr', {}, ...header.map((c) => h('th', { scope: 'col' }, c))));
    tbody.replaceChildren(
      ...body.map((row, i) =>
        h(
          'tr',
          { 'data-status': rows[i]?.status ?? '', 'data-code': rows[i]?.code ?? '' },
          ...row.map((c, j) =>
            j === 0
              ? h('th', { scope: 'row' }, c)
              : j === row.length - 1 && c && safeUrl(c, document.baseURI)
                ? h(
                    'td',
                    {},
                    h(
                      'a',
                      { href: c, target: '_blank', rel: 'noopener noreferrer' },
                      t('link', lang),
                    ),
                  )
                : h('td', {}, c),
          ),
        ),
      ),
    );
  }

  return {
    toggle,
    element,
    render,
    destroy() {
      off.forEach((f) => f());
      toggle.remove();
      element.remove();
    },
  };
}
