/** Ids repeat by mistake in hand-edited tables: the first row wins and every repeat is named. */
import { issue } from './issueMessages';
import type { ReadResult } from './readRows';
import type { InputIssue } from './types';

/** The rows kept, each with its 1-based data row in the file. */
export type Kept<T> = Omit<ReadResult<T>, 'issues'>;

/**
 * Keeps the first row for each key; a repeat is reported against the row it repeats. A table
 * without repeats (the usual case, and millions of rows in a large file) is returned as it
 * was read, with no copy.
 *
 * The keys seen are held in an open-addressed table of row indexes, not a `Map` of strings: at
 * millions of rows a `Map` grows by copying itself over and over, and its entries are what the
 * garbage collector then walks.
 */
export function firstOfEach<T>(
  read: Kept<T>,
  key: (t: T) => string,
  file: string,
  field: string,
  issues: InputIssue[],
): Kept<T> {
  const { rows } = read;
  // At most half full, so that a probe meets an empty slot within a few steps.
  const size = 2 ** Math.max(4, Math.ceil(Math.log2(rows.length * 2 + 1)));
  const mask = size - 1;
  // Each slot is a row index and its key's hash side by side: a probe that meets another
  // key compares two numbers in one cache line, and only a likely repeat reads the row it
  // points to (at millions of rows, a read from anywhere in memory).
  const slots = new Int32Array(size * 2).fill(-1);
  let kept: Kept<T> | null = null;
  rows.forEach((item, i) => {
    const row = read.rowNumbers[i] ?? 0;
    const k = key(item);
    const h = hashOf(k);
    let at = h & mask;
    for (;;) {
      const held = slots[2 * at] ?? -1;
      if (held === -1) break;
      if (slots[2 * at + 1] === h && key(rows[held] as T) === k) {
        const first = read.rowNumbers[held] ?? 0;
        issues.push({ file, row, field, ...issue('repeated-key', { text: k, field, first }) });
        kept ??= { rows: rows.slice(0, i), rowNumbers: read.rowNumbers.slice(0, i) };
        return;
      }
      at = (at + 1) & mask;
    }
    slots[2 * at] = i;
    slots[2 * at + 1] = h;
    kept?.rows.push(item);
    kept?.rowNumbers.push(row);
  });
  return kept ?? { rows, rowNumbers: read.rowNumbers };
}

/** FNV-1a over the UTF-16 code units, mixed so that the low bits differ for near keys. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}
