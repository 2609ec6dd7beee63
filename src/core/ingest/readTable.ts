/**
 * Text to a table of strings with the header apart. Row numbers are those a spreadsheet shows
 * (the header is row 1), so a message about "row 12" is found where the user looks for it.
 */
import Papa from 'papaparse';
import type { Delimiter } from './detectDelimiter';

export interface RawTable {
  header: string[];
  rows: string[][];
  /** Where each row came from: its spreadsheet row and, after reshaping, its column. */
  refs: CellRef[];
}

export interface CellRef {
  row: number;
  column?: string;
}

export function readTable(text: string, delimiter: Delimiter): RawTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter,
    skipEmptyLines: false,
  });
  const all = parsed.data;
  const headerAt = all.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt === -1) return { header: [], rows: [], refs: [] };
  const header = (all[headerAt] ?? []).map((h) => h.trim());
  const rows: string[][] = [];
  const refs: CellRef[] = [];
  for (let i = headerAt + 1; i < all.length; i += 1) {
    const r = all[i] ?? [];
    if (r.every((c) => c.trim() === '')) continue;
    // Short rows are padded so a missing trailing cell reads as empty, i.e. missing, not shifted.
    rows.push(header.map((_, j) => (r[j] ?? '').trim()));
    refs.push({ row: i + 1 });
  }
  return { header, rows, refs };
}
