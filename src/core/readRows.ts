/**
 * Typed reading of CSV rows against a fixed column list. Each field getter
 * records what is wrong with the field instead of throwing, so that one pass
 * reports every problem in a row, and a row with any problem is dropped whole:
 * a half-read observation is worse than a missing one.
 */
import { csvRows, type CsvRows } from './csvRows';
import { isIsoDate } from './dates';
import { dateProblem } from './dateBounds';
import { issue, type IssueMessage } from './issueMessages';
import type { InputIssue } from './types';

export interface FieldReader {
  /** The trimmed text of a column; '' when empty. With `required`, empty is a problem. */
  text(name: string, required?: boolean): string;
  /** One of a fixed set of words. */
  oneOf<K extends string>(name: string, allowed: readonly K[]): K;
  /** A finite decimal number; thousands separators, % and words are refused. */
  number(name: string, range?: { min?: number; max?: number; exclusiveMin?: boolean }): number;
  /** Like `number`, but an empty field gives null. */
  optionalNumber(
    name: string,
    range?: { min?: number; max?: number; exclusiveMin?: boolean },
  ): number | null;
  /** A YYYY-MM-DD calendar date; with `optional`, '' is allowed. */
  date(name: string, optional?: boolean): string;
  /** Report a problem found by the caller's own rule. */
  problem(name: string, message: IssueMessage): void;
  readonly row: number;
}

export interface ReadResult<T> {
  rows: T[];
  issues: InputIssue[];
  /** 1-based data row of each entry of `rows`, for later messages about it. */
  rowNumbers: number[];
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a CSV's text, or rows already cut from another form (a Parquet file). */
export function readRows<T>(
  input: string | CsvRows,
  file: string,
  columns: readonly string[],
  build: (f: FieldReader) => T,
): ReadResult<T> {
  const table = typeof input === 'string' ? csvRows(input, file) : input;
  const reader = rowReader(file, columns, build);
  reader.header(table.header);
  table.forEach(reader.row);
  return reader.result(table.issues);
}

/** Rows read one at a time as they are cut, for a file read while it still arrives. */
export interface RowReader<T> {
  /** The file's header; before any row. */
  header(header: readonly string[]): void;
  /** One row's fields by column (the array may be reused) and its 1-based data row. */
  row(fields: readonly string[], row: number): void;
  /** The rows kept, after the problems of the file's own structure (`fileIssues`). */
  result(fileIssues: readonly InputIssue[]): ReadResult<T>;
}

/**
 * With `keep`, each kept row goes there as it is read and `result` lists none: a reader that
 * hands its rows on (to another thread) does not also hold them.
 */
export function rowReader<T>(
  file: string,
  columns: readonly string[],
  build: (f: FieldReader) => T,
  keep?: (value: T, row: number) => void,
): RowReader<T> {
  const columnIssues: InputIssue[] = [];
  const rows: T[] = [];
  const rowNumbers: number[] = [];
  const rowIssues: InputIssue[] = [];
  let reader: ReturnType<typeof fieldReader> | null = null;
  let empty = true;
  return {
    header(header) {
      empty = header.length === 0;
      if (empty) return;
      const missing = columns.filter((c) => !header.includes(c));
      for (const c of missing) {
        columnIssues.push({ file, row: 0, field: c, ...issue('missing-column', {}) });
      }
      for (const h of header) {
        if (h !== '' && !columns.includes(h)) {
          columnIssues.push({
            file,
            row: 0,
            field: h,
            ...issue('unknown-column', { file, expected: columns.join(',') }),
          });
        }
      }
      // Without a column every row would fail on it; one message says it better. The rows
      // are still walked for the problems of the file's own structure.
      if (missing.length === 0) reader = fieldReader(header, file, rowIssues);
    },
    row(fields, row) {
      if (!reader) return;
      reader.start(fields, row);
      const value = build(reader);
      if (!reader.ok) return;
      if (keep) keep(value, row);
      else {
        rows.push(value);
        rowNumbers.push(row);
      }
    },
    result(fileIssues) {
      if (empty) return { rows: [], issues: [...fileIssues], rowNumbers: [] };
      return { rows, issues: [...fileIssues, ...columnIssues, ...rowIssues], rowNumbers };
    },
  };
}

/**
 * One reader for every row of a file, pointed at each row in turn: a file of millions of rows
 * does not make a reader, and its closures, per row.
 */
function fieldReader(
  header: readonly string[],
  file: string,
  issues: InputIssue[],
): FieldReader & { ok: boolean; start(fields: readonly string[], row: number): void } {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  let fields: readonly string[] = [];
  // A build asks for the same columns in the same order row after row: the k-th name asked
  // in a row is checked against the one asked k-th before, and the map is read only on a miss.
  const askedName: string[] = [];
  const askedIndex: (number | undefined)[] = [];
  let asked = 0;
  const raw = (name: string): string => {
    const k = asked++;
    let i: number | undefined;
    if (askedName[k] === name) i = askedIndex[k];
    else {
      i = index.get(name);
      askedName[k] = name;
      askedIndex[k] = i;
    }
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const fail = (field: string, message: IssueMessage): void => {
    reader.ok = false;
    issues.push({ file, row: reader.row, field, ...message });
  };
  const readNumber = (
    name: string,
    range: { min?: number; max?: number; exclusiveMin?: boolean } = {},
  ): number => {
    const s = raw(name);
    if (s === '') {
      fail(name, issue('empty-number', {}));
      return NaN;
    }
    if (!DECIMAL.test(s)) {
      fail(name, issue('not-plain-number', { text: s }));
      return NaN;
    }
    const v = Number(s);
    if (!Number.isFinite(v)) {
      fail(name, issue('not-finite', { text: s }));
      return NaN;
    }
    const { min, max, exclusiveMin } = range;
    if (min !== undefined && (exclusiveMin ? v <= min : v < min)) {
      fail(name, issue(exclusiveMin ? 'not-above-min' : 'below-min', { text: s, min }));
    } else if (max !== undefined && v > max) {
      fail(name, issue('above-max', { text: s, max }));
    }
    return v;
  };
  const reader = {
    ok: true,
    row: 0,
    start(next: readonly string[], row: number) {
      fields = next;
      asked = 0;
      reader.row = row;
      reader.ok = true;
    },
    text(name: string, required = false) {
      const s = raw(name);
      if (required && s === '') fail(name, issue('empty', {}));
      return s;
    },
    oneOf<K extends string>(name: string, allowed: readonly K[]): K {
      const s = raw(name);
      if ((allowed as readonly string[]).includes(s)) return s as K;
      fail(name, issue('not-one-of', { text: s, allowed: allowed.join(', ') }));
      return allowed[0] as K;
    },
    number: readNumber,
    optionalNumber(name: string, range?: { min?: number; max?: number; exclusiveMin?: boolean }) {
      return raw(name) === '' ? null : readNumber(name, range);
    },
    date(name: string, optional = false) {
      const s = raw(name);
      if (s === '' && optional) return '';
      if (!isIsoDate(s)) fail(name, issue('bad-date', { text: s }));
      else {
        const bad = dateProblem(s);
        if (bad) fail(name, bad);
      }
      return s;
    },
    problem: fail,
  };
  return reader;
}
