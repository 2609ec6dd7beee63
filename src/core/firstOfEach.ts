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
 */
export function firstOfEach<T>(
  read: Kept<T>,
  key: (t: T) => string,
  file: string,
  field: string,
  issues: InputIssue[],
): Kept<T> {
  const seen = new Map<string, number>();
  let kept: Kept<T> | null = null;
  read.rows.forEach((item, i) => {
    const row = read.rowNumbers[i] ?? 0;
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, row);
      kept?.rows.push(item);
      kept?.rowNumbers.push(row);
      return;
    }
    issues.push({ file, row, field, ...issue('repeated-key', { text: k, field, first }) });
    kept ??= { rows: read.rows.slice(0, i), rowNumbers: read.rowNumbers.slice(0, i) };
  });
  return kept ?? { rows: read.rows, rowNumbers: read.rowNumbers };
}
