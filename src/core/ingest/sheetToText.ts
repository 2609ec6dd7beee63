import Papa from 'papaparse';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A cell as the import reads text: a date cell as an ISO day (spreadsheets store days as
 * midnight UTC), a number in full, an empty cell (or anything else) empty. Text stays as typed, so "21.4万",
 * "60%以上" and "—" reach the same value parser as a CSV's cells.
 */
export function cellText(cell: unknown): string {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return `${pad(cell.getUTCFullYear(), 4)}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number' || typeof cell === 'string') return String(cell);
  return '';
}

/**
 * A sheet's rows as tab-separated text, quoted where a cell holds a tab, a quote or a line
 * break: the import then reads it like a table pasted from the spreadsheet, with the same
 * column mapping, join report and value parsing.
 */
export function sheetToText(rows: readonly (readonly unknown[])[]): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const data = rows.map((r) => Array.from({ length: width }, (_, i) => cellText(r[i])));
  return Papa.unparse(data, { delimiter: '\t', newline: '\n', quotes: false });
}
