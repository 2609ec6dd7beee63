/** Ids repeat by mistake in hand-edited tables: the first row wins and every repeat is named. */
import { issue } from './issueMessages';
import type { ReadResult } from './readRows';
import type { InputIssue } from './types';

/** The rows kept, each with its 1-based data row in the file. */
export type Kept<T> = Omit<ReadResult<T>, 'issues'>;

/**
 * Rows whose keys were checked as they arrived (`firstOfEachAsRead`): the repeats are left
 * out of `rows` and named in `repeats`, after the reading's own `issues`.
 */
export interface CheckedRead<T> extends ReadResult<T> {
  repeats: InputIssue[];
}

/** The rows' keys were checked as they came: they need not be checked again. */
export const isChecked = <T>(read: ReadResult<T>): read is CheckedRead<T> => 'repeats' in read;

/**
 * Keeps the first row for each key; a repeat is reported against the row it repeats. A table
 * without repeats (the usual case, and millions of rows in a large file) is returned as it
 * was read, with no copy.
 */
export function firstOfEach<T>(
  read: Kept<T>,
  key: (t: T) => string,
  file: string,
  field: string,
  issues: InputIssue[],
): Kept<T> {
  const { kept, repeats } = firstOfEachAsRead(key, file, field, read.rows.length).end(read);
  for (const r of repeats) issues.push(r);
  return kept;
}

/**
 * `firstOfEach` for rows that arrive in batches: `take` hashes the keys of the rows added to
 * `read` since its last call, so a large file's keys are hashed while the rest of it still
 * arrives; `end` hashes any rows left and finds the repeats. `expected` sizes the list of
 * hashes for that many rows; it grows past them. `hash` is for tests that need keys to collide.
 *
 * The repeats are found by sorting the rows by their keys' hashes and comparing the keys of
 * neighbours with the same hash, not by looking each key up in a table as it comes: at
 * millions of rows, each lookup in a table that large is a read from anywhere in memory, and
 * those reads took most of a second of the page's thread while the file arrived. A sort reads
 * and writes its arrays in order.
 */
export function firstOfEachAsRead<T>(
  key: (t: T) => string,
  file: string,
  field: string,
  expected = 0,
  hash: (key: string) => number = hashOf,
): { take(read: Kept<T>): void; end(read: Kept<T>): { kept: Kept<T>; repeats: InputIssue[] } } {
  let hashes = new Int32Array(Math.max(16, expected));
  let next = 0;

  const take = (read: Kept<T>) => {
    const { rows } = read;
    if (rows.length > hashes.length) {
      const more = new Int32Array(Math.max(rows.length, hashes.length * 2));
      more.set(hashes.subarray(0, next));
      hashes = more;
    }
    for (; next < rows.length; next++) hashes[next] = hash(key(rows[next] as T));
  };
  return {
    take,
    end(read) {
      take(read);
      const { rows, rowNumbers } = read;
      const firstOf = repeatsByHash(hashes.subarray(0, rows.length), (i) => key(rows[i] as T));
      if (firstOf.size === 0) return { kept: { rows, rowNumbers }, repeats: [] };
      const kept: Kept<T> = { rows: [], rowNumbers: [] };
      const repeats: InputIssue[] = [];
      rows.forEach((item, i) => {
        const row = rowNumbers[i] ?? 0;
        const first = firstOf.get(i);
        if (first === undefined) {
          kept.rows.push(item);
          kept.rowNumbers.push(row);
          return;
        }
        const text = key(item);
        const params = { text, field, first: rowNumbers[first] ?? 0 };
        repeats.push({ file, row, field, ...issue('repeated-key', params) });
      });
      return { kept, repeats };
    },
  };
}

// A run of equal hashes longer than this (keys made to collide) is grouped by a Map, not by
// comparing each key with every one before it.
const SHORT_RUN = 16;

/** Each repeated row's index, mapped to the index of the first row with its key. */
function repeatsByHash(hashes: Int32Array, keyAt: (i: number) => string): Map<number, number> {
  const { order, sorted } = sortByHash(hashes);
  const firstOf = new Map<number, number>();
  for (let start = 0; start < order.length;) {
    const h = sorted[start];
    let end = start + 1;
    while (end < order.length && sorted[end] === h) end++;
    // Within a run the indexes ascend (the sort is stable): the first of each key comes first.
    if (end - start > SHORT_RUN) {
      const seen = new Map<string, number>();
      for (let r = start; r < end; r++) {
        const i = order[r] ?? 0;
        const k = keyAt(i);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, i);
        else firstOf.set(i, first);
      }
    } else {
      for (let r = start + 1; r < end; r++) {
        const i = order[r] ?? 0;
        const k = keyAt(i);
        for (let q = start; q < r; q++) {
          const j = order[q] ?? 0;
          if (!firstOf.has(j) && keyAt(j) === k) {
            firstOf.set(i, j);
            break;
          }
        }
      }
    }
    start = end;
  }
  return firstOf;
}

// Eleven bits a pass, three passes over 32 bits: each pass's counts fit in a fast cache.
const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;

/**
 * The indexes of `hashes` ordered by hash (equal hashes keep their indexes' order), and the
 * hashes in that order. Each pass carries the hashes along with the indexes, so that it reads
 * both in order instead of looking each hash up.
 */
function sortByHash(hashes: Int32Array): { order: Uint32Array; sorted: Uint32Array } {
  const n = hashes.length;
  let order = new Uint32Array(n);
  let sorted = new Uint32Array(hashes.buffer, hashes.byteOffset, n).slice();
  for (let i = 0; i < n; i++) order[i] = i;
  let spareOrder = new Uint32Array(n);
  let spareSorted = new Uint32Array(n);
  const counts = new Uint32Array(DIGITS);
  for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((sorted[i] ?? 0) >>> shift) & (DIGITS - 1);
      counts[d] = (counts[d] ?? 0) + 1;
    }
    let sum = 0;
    for (let d = 0; d < DIGITS; d++) {
      const c = counts[d] ?? 0;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const h = sorted[i] ?? 0;
      const d = (h >>> shift) & (DIGITS - 1);
      const at = counts[d] ?? 0;
      spareOrder[at] = order[i] ?? 0;
      spareSorted[at] = h;
      counts[d] = at + 1;
    }
    [order, spareOrder] = [spareOrder, order];
    [sorted, spareSorted] = [spareSorted, sorted];
  }
  return { order, sorted };
}

/** FNV-1a over the UTF-16 code units, mixed so that the low bits differ for near keys. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}
