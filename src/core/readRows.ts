/**
 * Typed reading of CSV rows against a fixed column list. Each field getter
 * records what is wrong with the field instead of throwing, so that one pass
 * reports every problem in a row, and a row with any problem is dropped whole:
 * a half-read observation is worse than a missing one.
 */
import { parseCsv } from './csv';
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

export function readRows<T>(
  text: string,
  file: string,
  columns: readonly string[],
  build: (f: FieldReader) => T,
): ReadResult<T> {
  const table = parseCsv(text, file);
  const issues = [...table.issues];
  if (table.header.length === 0) return { rows: [], issues, rowNumbers: [] };

  const missing = columns.filter((c) => !table.header.includes(c));
  for (const c of missing) {
    issues.push({ file, row: 0, field: c, ...issue('missing-column', {}) });
  }
  for (const h of table.header) {
    if (h !== '' && !columns.includes(h)) {
      issues.push({
        file,
        row: 0,
        field: h,
        ...issue('unknown-column', { file, expected: columns.join(',') }),
      });
    }
  }
  // Without a column every row would fail on it; one message says it better.
  if (missing.length > 0) return { rows: [], issues, rowNumbers: [] };

  const rows: T[] = [];
  const rowNumbers: number[] = [];
  table.records.forEach((record, i) => {
    const row = table.rows[i] ?? i + 1;
    let ok = true;
    const fail = (field: string, message: IssueMessage): void => {
      ok = false;
      issues.push({ file, row, field, ...message });
    };
    const raw = (name: string): string => (record[name] ?? '').trim();

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

    const reader: FieldReader = {
      row,
      text(name, required = false) {
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
      optionalNumber(name, range) {
        return raw(name) === '' ? null : readNumber(name, range);
      },
      date(name, optional = false) {
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
    const value = build(reader);
    if (ok) {
      rows.push(value);
      rowNumbers.push(row);
    }
  });
  return { rows, issues, rowNumbers };
}
