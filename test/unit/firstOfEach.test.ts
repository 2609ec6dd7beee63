import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstOfEach } from '../../src/core/firstOfEach';
import type { InputIssue } from '../../src/core/types';

const table = (keys: string[]) => ({
  rows: keys.map((k, i) => ({ k, i })),
  rowNumbers: keys.map((_, i) => i + 2),
});

describe('firstOfEach', () => {
  it('keeps a table without repeats as it was read, with no copy', () => {
    const read = table(['a', 'b', 'c']);
    const issues: InputIssue[] = [];
    const kept = firstOfEach(read, (r) => r.k, 'f.csv', 'id', issues);
    expect(kept.rows).toBe(read.rows);
    expect(issues).toEqual([]);
  });

  it('keeps the first row of a repeated key and names each repeat with the row it repeats', () => {
    const issues: InputIssue[] = [];
    const kept = firstOfEach(table(['a', 'b', 'a', 'a']), (r) => r.k, 'f.csv', 'id', issues);
    expect(kept.rows.map((r) => r.i)).toEqual([0, 1]);
    expect(kept.rowNumbers).toEqual([2, 3]);
    expect(issues.map((p) => [p.file, p.row, p.field])).toEqual([
      ['f.csv', 4, 'id'],
      ['f.csv', 5, 'id'],
    ]);
    expect(issues.every((p) => p.code === 'repeated-key' && p.params.first === 2)).toBe(true);
  });

  it('keeps exactly the first of each key, as a list of the keys seen would', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), (keys) => {
        const issues: InputIssue[] = [];
        const kept = firstOfEach(table(keys), (r) => r.k, 'f.csv', 'id', issues);
        const expected = keys.flatMap((k, i) => (keys.indexOf(k) === i ? [i] : []));
        expect(kept.rows.map((r) => r.i)).toEqual(expected);
        expect(issues.map((p) => p.row)).toEqual(
          keys.flatMap((k, i) => (keys.indexOf(k) === i ? [] : [i + 2])),
        );
      }),
    );
  });
});
