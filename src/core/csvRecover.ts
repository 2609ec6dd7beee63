/**
 * Reading a CSV whose quoting is broken. Papaparse, meeting an unclosed quote, folds every
 * line after it into one field, so a stray `"` in row 4 of 500 silently took rows 5–500
 * with it. Here each record is read on its own: a quote that closes on a later line joins
 * those lines (a real multi-line field), a quote that never closes, or closes in the middle
 * of a field, spoils its own line only. Every record, good or bad, counts as one data row.
 */
import Papa from 'papaparse';
import { issue } from './issueMessages';
import type { InputIssue } from './types';

export interface RecoveredRows {
  records: Record<string, string>[];
  rows: number[];
  issues: InputIssue[];
}

const quotes = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 34) n++;
  return n;
};

function parseRecord(text: string): string[] | null {
  const r = Papa.parse<string[]>(text, { delimiter: ',', header: false });
  if (r.errors.some((e) => e.type === 'Quotes') || r.data.length !== 1) return null;
  return r.data[0] ?? null;
}

/** The records after the header line of `text`, against `header`, one message per bad row. */
export function recoverRecords(text: string, file: string, header: string[]): RecoveredRows {
  const lines = text.split(/\r\n|\n|\r/);
  const out: RecoveredRows = { records: [], rows: [], issues: [] };
  let row = 0;
  let i = 0;
  // Skip the header record, which may itself span lines.
  let headerQuotes = 0;
  do headerQuotes += quotes(lines[i++] ?? '');
  while (headerQuotes % 2 === 1 && i < lines.length);

  while (i < lines.length) {
    const first = lines[i] ?? '';
    if (first.trim() === '') {
      i++;
      continue;
    }
    row++;
    let j = i;
    let joined = first;
    let count = quotes(first);
    while (count % 2 === 1 && j + 1 < lines.length) {
      j++;
      joined += `\n${lines[j] ?? ''}`;
      count += quotes(lines[j] ?? '');
    }
    const fields = count % 2 === 0 ? parseRecord(joined) : null;
    if (!fields) {
      out.issues.push({
        file,
        row,
        field: '',
        ...issue('bad-quoting', {}),
      });
      i++;
      continue;
    }
    i = j + 1;
    if (fields.length !== header.length) {
      const n = fields.length;
      out.issues.push({
        file,
        row,
        field: '',
        ...issue('field-count', { count: n, expected: header.length }),
      });
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, k) => (record[h] = fields[k] ?? ''));
    out.records.push(record);
    out.rows.push(row);
  }
  return out;
}
