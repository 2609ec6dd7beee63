/**
 * CSV reading that never loses a row silently: anything papaparse complains
 * about, and any row whose field count disagrees with the header, comes back
 * as an InputIssue naming the file and the 1-based data row.
 */
import Papa from 'papaparse';
import { issue } from './issueMessages';
import type { InputIssue } from './types';
import { recoverRecords } from './csvRecover';

export interface CsvTable {
  header: string[];
  /** Well-formed rows only; a row with the wrong field count is reported and left out. */
  records: Record<string, string>[];
  /** 1-based data row of each record (blank lines are not counted), parallel to `records`. */
  rows: number[];
  issues: InputIssue[];
}

const EXTRA = '__parsed_extra';

export function parseCsv(text: string, file: string): CsvTable {
  const issues: InputIssue[] = [];
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, unknown>>(clean, {
    header: true,
    skipEmptyLines: 'greedy',
    // The data files are comma-separated; guessing would fail on a one-column file.
    delimiter: ',',
    transformHeader: (h) => h.trim(),
  });
  const header = parsed.meta.fields ?? [];

  if (clean.trim() === '') {
    issues.push({ file, row: 0, field: '', ...issue('empty-file', {}) });
    return { header: [], records: [], rows: [], issues };
  }

  const renamed = parsed.meta.renamedHeaders ?? {};
  for (const original of new Set(Object.values(renamed))) {
    issues.push({
      file,
      row: 0,
      field: original,
      ...issue('repeated-column', {}),
    });
  }
  header.forEach((h, i) => {
    if (h === '')
      issues.push({
        file,
        row: 0,
        field: `column ${i + 1}`,
        ...issue('unnamed-column', {}),
      });
  });

  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    const recovered = recoverRecords(clean, file, header);
    return { header, ...recovered, issues: [...issues, ...recovered.issues] };
  }
  for (const err of parsed.errors) {
    if (err.type === 'FieldMismatch') continue; // re-derived below, with the counts
    issues.push({ file, row: 0, field: '', ...issue('csv-error', { text: err.message }) });
  }

  const records: Record<string, string>[] = [];
  const rows: number[] = [];
  parsed.data.forEach((raw, i) => {
    const row = i + 1;
    const extra = raw[EXTRA];
    const count =
      Object.keys(raw).filter((k) => k !== EXTRA).length +
      (Array.isArray(extra) ? extra.length : 0);
    if (count !== header.length) {
      issues.push({
        file,
        row,
        field: '',
        ...issue('field-count', { count, expected: header.length }),
      });
      return;
    }
    const record: Record<string, string> = {};
    for (const h of header) {
      const v = raw[h];
      record[h] = typeof v === 'string' ? v : '';
    }
    records.push(record);
    rows.push(row);
  });

  return { header, records, rows, issues };
}
