/** Ids repeat by mistake in hand-edited tables: the first row wins and every repeat is named. */
import { issue } from './issueMessages';
import type { ReadResult } from './readRows';
import type { InputIssue } from './types';

export interface Rowed<T> {
  item: T;
  row: number;
}

/** Keeps the first row for each key; a repeat is reported against the row it repeats. */
export function firstOfEach<T>(
  read: ReadResult<T>,
  key: (t: T) => string,
  file: string,
  field: string,
  issues: InputIssue[],
): Rowed<T>[] {
  const seen = new Map<string, number>();
  const out: Rowed<T>[] = [];
  read.rows.forEach((item, i) => {
    const row = read.rowNumbers[i] ?? 0;
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) {
      issues.push({
        file,
        row,
        field,
        ...issue('repeated-key', { text: k, field, first }),
      });
      return;
    }
    seen.set(k, row);
    out.push({ item, row });
  });
  return out;
}
