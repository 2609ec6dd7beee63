/**
 * The rows of a Parquet file, given to the same row checks as a CSV's: a large dataset can be
 * shipped in this compact binary form (a fraction of the CSV's bytes) and is read column by
 * column, with no text to cut. A cell reaches the checks as the text a CSV would hold, so
 * a Parquet file is held to exactly the rules of its CSV twin.
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import type { CsvRows } from './csvRows';
import { issue } from './issueMessages';

type Column = ArrayLike<unknown>;
interface Chunk {
  rowStart: number;
  data: Column;
}

export async function parquetRows(bytes: ArrayBuffer, file: string): Promise<CsvRows> {
  let header: string[];
  const columns = new Map<string, Chunk[]>();
  try {
    const metadata = parquetMetadata(bytes);
    header = parquetSchema(metadata).children.map((c) => c.element.name);
    await parquetRead({
      file: bytes,
      metadata,
      parsers: { stringFromBytes },
      onChunk: ({ columnName, columnData, rowStart }) => {
        const chunks = columns.get(columnName) ?? [];
        chunks.push({ rowStart, data: columnData });
        columns.set(columnName, chunks);
      },
    });
  } catch (err) {
    const text = (err as Error).message;
    return {
      header: [],
      issues: [{ file, row: 0, field: '', ...issue('not-parquet', { text }) }],
      forEach() {},
    };
  }
  // Walked once: the decoded columns are let go as soon as their rows have been read.
  let groups: Column[][] | null = rowGroups(header, columns);
  columns.clear();
  return {
    header,
    issues: [],
    forEach(each) {
      const fields = new Array<string>(header.length).fill('');
      let row = 0;
      for (const group of groups ?? []) {
        const size = group[0]?.length ?? 0;
        for (let k = 0; k < size; k++) {
          for (let c = 0; c < group.length; c++) fields[c] = cellText(group[c]?.[k]);
          each(fields, ++row);
        }
      }
      groups = null;
    },
  };
}

/**
 * The columns' chunks side by side, one entry per row group in row order. Every column is cut
 * at the same rows (a row group's), which a file that is not one of ours might not be: then
 * each column is joined whole and the file is one group.
 */
function rowGroups(header: string[], columns: Map<string, Chunk[]>): Column[][] {
  const sorted = header.map((name) =>
    [...(columns.get(name) ?? [])].sort((a, b) => a.rowStart - b.rowStart),
  );
  const starts = (sorted[0] ?? []).map((c) => c.rowStart);
  const aligned = sorted.every(
    (chunks) =>
      chunks.length === starts.length &&
      chunks.every(
        (c, i) => c.rowStart === starts[i] && c.data.length === sorted[0]?.[i]?.data.length,
      ),
  );
  if (aligned) return starts.map((_, g) => sorted.map((chunks) => chunks[g]?.data ?? []));
  const rows = Math.max(
    0,
    ...sorted.map((chunks) => chunks.reduce((n, c) => n + c.data.length, 0)),
  );
  return [sorted.map((chunks) => join(chunks, rows))];
}

/** A column's chunks as one array indexed by row. */
function join(chunks: Chunk[], rowCount: number): Column {
  const out: unknown[] = new Array<unknown>(rowCount);
  for (const { rowStart, data } of chunks)
    for (let k = 0; k < data.length && rowStart + k < rowCount; k++) out[rowStart + k] = data[k];
  return out;
}

const utf8 = new TextDecoder();

/**
 * Text cells as strings. Most are short and ASCII (ids, codes, dates), which are read here
 * byte by byte: a TextDecoder call per cell costs more than the cell.
 */
function stringFromBytes(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  if (bytes.length > 64) return utf8.decode(bytes);
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return utf8.decode(bytes);
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/** A cell as a CSV would hold it: numbers in full, an absent value empty. */
function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return '';
}
