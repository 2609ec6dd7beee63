/**
 * The rows of a Parquet file, given to the same row checks as a CSV's: a large dataset can be
 * shipped in this compact binary form (a fraction of the CSV's bytes) and is read column by
 * column, with no text to cut. A cell reaches the checks as the text a CSV would hold, so
 * a Parquet file is held to exactly the rules of its CSV twin.
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import type { RowSink } from './csvRows';
import { issue } from './issueMessages';
import type { InputIssue } from './types';

type Column = ArrayLike<unknown>;
interface Chunk {
  rowStart: number;
  data: Column;
}

/**
 * Gives `sink` the file's header, then its rows in order, each row group as soon as all of its
 * columns are decoded; a group's decoded columns are let go once its rows are read, so the
 * whole file is never held decoded. Resolves to why the file could not be read, or null.
 */
export async function parquetRows(
  bytes: ArrayBuffer,
  file: string,
  sink: RowSink,
): Promise<InputIssue | null> {
  try {
    const metadata = parquetMetadata(bytes);
    const header = parquetSchema(metadata).children.map((c) => c.element.name);
    sink.header(header, []);
    const groups = rowGroups(header, sink);
    // One row group at a time: asked for the whole file, hyparquet decodes every group before
    // it hands over the first.
    let rowStart = 0;
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      await parquetRead({
        file: bytes,
        metadata,
        rowStart,
        rowEnd,
        parsers: { stringFromBytes },
        onChunk: ({ columnName, columnData, rowStart: at }) =>
          groups.add(columnName, { rowStart: at, data: columnData }),
      });
      rowStart = rowEnd;
    }
    groups.end();
    return null;
  } catch (err) {
    const text = (err as Error).message;
    return { file, row: 0, field: '', ...issue('not-parquet', { text }) };
  }
}

/**
 * Chunks of columns put side by side into rows. A row group is read once every column has its
 * chunk starting at the next row, all of one length; a file that is not one of ours might cut
 * its columns at different rows: what is left at the end is then joined column by column.
 */
function rowGroups(header: readonly string[], sink: RowSink) {
  const waiting = new Map<string, Chunk[]>();
  const fields = new Array<string>(header.length).fill('');
  let next = 0;
  const emit = (group: Column[], size: number): void => {
    for (let k = 0; k < size; k++) {
      for (let c = 0; c < group.length; c++) fields[c] = cellText(group[c]?.[k]);
      sink.row(fields, next + k + 1);
    }
    next += size;
  };
  const readReady = (): void => {
    for (;;) {
      const at = header.map((name) => waiting.get(name)?.find((c) => c.rowStart === next));
      const size = at[0]?.data.length ?? 0;
      if (size === 0 || at.some((c) => c === undefined || c.data.length !== size)) return;
      header.forEach((name, i) => {
        const list = waiting.get(name) ?? [];
        list.splice(list.indexOf(at[i] as Chunk), 1);
      });
      emit(
        at.map((c) => (c as Chunk).data),
        size,
      );
    }
  };
  return {
    add(column: string, chunk: Chunk): void {
      if (!header.includes(column)) return;
      const list = waiting.get(column);
      if (list) list.push(chunk);
      else waiting.set(column, [chunk]);
      readReady();
    },
    end(): void {
      const lists = header.map((name) => waiting.get(name) ?? []);
      const rows = Math.max(
        0,
        ...lists.map((chunks) => Math.max(0, ...chunks.map((c) => c.rowStart + c.data.length))),
      );
      if (rows > next)
        emit(
          lists.map((chunks) => join(chunks, next, rows)),
          rows - next,
        );
      waiting.clear();
    },
  };
}

/** A column's chunks as one array of the rows from `from` to `to`. */
function join(chunks: Chunk[], from: number, to: number): Column {
  const out: unknown[] = new Array<unknown>(to - from);
  for (const { rowStart, data } of chunks)
    for (let k = 0; k < data.length; k++) {
      const at = rowStart + k - from;
      if (at >= 0 && at < out.length) out[at] = data[k];
    }
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
