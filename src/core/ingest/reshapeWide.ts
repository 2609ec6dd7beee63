/**
 * Wide tables (one column per day, as statistics bureaus publish them) and their reshaping to
 * long form (one row per region and day), which is what the rest of the import reads. A table
 * is wide when at least two of its header cells are days; every cell keeps its row and column.
 */
import { parseDate, type DateOptions } from './parseDate';
import type { RawTable } from './readTable';

export type Layout = 'long' | 'wide';

/** Indices of the header cells that are days (`2020-03-01`, `3月1日`, an Excel serial). */
export function dateColumns(header: string[], options: DateOptions = {}): number[] {
  const out: number[] = [];
  header.forEach((h, i) => {
    const d = parseDate(h, options);
    if (d.kind === 'date' || d.kind === 'needs_year') out.push(i);
  });
  return out;
}

export function detectLayout(header: string[]): Layout {
  return dateColumns(header).length >= 2 ? 'wide' : 'long';
}

export const DATE_HEADER = 'date';
export const VALUE_HEADER = 'value';

/**
 * One long row per (row, day column). The day column's header becomes the `date` cell, as
 * written, so a header that needs a year is asked about like any other date.
 */
export function reshapeWide(table: RawTable, dayColumns: number[]): RawTable {
  const days = new Set(dayColumns);
  const keep = table.header.map((_, i) => i).filter((i) => !days.has(i));
  const header = [...keep.map((i) => table.header[i] ?? ''), DATE_HEADER, VALUE_HEADER];
  const rows: string[][] = [];
  const refs: RawTable['refs'] = [];
  table.rows.forEach((r, k) => {
    const base = keep.map((i) => r[i] ?? '');
    for (const j of dayColumns) {
      const day = table.header[j] ?? '';
      rows.push([...base, day, r[j] ?? '']);
      refs.push({ row: table.refs[k]?.row ?? k + 2, column: day });
    }
  });
  return { header, rows, refs };
}
