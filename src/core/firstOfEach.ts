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
 * `firstOfEach` for rows that arrive in batches: `take` checks the rows added to `read` since
 * its last call, so a large file's keys are checked while the rest of it still arrives, not
 * all at once after it; `end` checks any rows left. `expected` sizes the table for that many
 * rows; it grows past them.
 *
 * The keys seen are held in an open-addressed table of row indexes, not a `Map` of strings: at
 * millions of rows a `Map` grows by copying itself over and over, and its entries are what the
 * garbage collector then walks.
 */
export function firstOfEachAsRead<T>(
  key: (t: T) => string,
  file: string,
  field: string,
  expected = 0,
): { take(read: Kept<T>): void; end(read: Kept<T>): { kept: Kept<T>; repeats: InputIssue[] } } {
  // At most half full, so that a probe meets an empty slot within a few steps.
  let size = tableSize(expected);
  // Each slot is a row index and its key's hash side by side: a probe that meets another
  // key compares two numbers in one cache line, and only a likely repeat reads the row it
  // points to (at millions of rows, a read from anywhere in memory).
  let slots = new Int32Array(size * 2).fill(-1);
  let held = 0;
  let next = 0;
  let kept: Kept<T> | null = null;
  const repeats: InputIssue[] = [];

  /** The slot where `hash` goes, or where the row holding `k` already is. */
  const probe = (rows: readonly T[], k: string | null, hash: number): number => {
    const mask = size - 1;
    let at = hash & mask;
    for (;;) {
      const index = slots[2 * at] ?? -1;
      if (index === -1) return at;
      if (k !== null && slots[2 * at + 1] === hash && key(rows[index] as T) === k) return at;
      at = (at + 1) & mask;
    }
  };
  const grow = (rows: readonly T[]) => {
    const old = slots;
    size *= 2;
    slots = new Int32Array(size * 2).fill(-1);
    for (let s = 0; s < old.length; s += 2) {
      const index = old[s] ?? -1;
      if (index === -1) continue;
      const at = probe(rows, null, old[s + 1] ?? 0);
      slots[2 * at] = index;
      slots[2 * at + 1] = old[s + 1] ?? 0;
    }
  };

  const take = (read: Kept<T>) => {
    const { rows } = read;
    for (; next < rows.length; next++) {
      const item = rows[next] as T;
      const row = read.rowNumbers[next] ?? 0;
      const k = key(item);
      const hash = hashOf(k);
      const at = probe(rows, k, hash);
      const index = slots[2 * at] ?? -1;
      if (index !== -1) {
        const first = read.rowNumbers[index] ?? 0;
        repeats.push({ file, row, field, ...issue('repeated-key', { text: k, field, first }) });
        kept ??= { rows: rows.slice(0, next), rowNumbers: read.rowNumbers.slice(0, next) };
        continue;
      }
      slots[2 * at] = next;
      slots[2 * at + 1] = hash;
      kept?.rows.push(item);
      kept?.rowNumbers.push(row);
      if (++held * 2 > size) grow(rows);
    }
  };
  return {
    take,
    end(read) {
      take(read);
      return { kept: kept ?? { rows: read.rows, rowNumbers: read.rowNumbers }, repeats };
    },
  };
}

const tableSize = (rows: number) => 2 ** Math.max(4, Math.ceil(Math.log2(rows * 2 + 1)));

/** FNV-1a over the UTF-16 code units, mixed so that the low bits differ for near keys. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}
