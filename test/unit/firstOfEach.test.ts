import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstOfEach, firstOfEachAsRead } from '../../src/core/firstOfEach';
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

describe('firstOfEachAsRead', () => {
  it('keeps and names what firstOfEach does, whatever batches the rows arrive in', () => {
    fc.assert(
      fc.property(
        // Keys from a few dozen, and a table sized for fewer rows than come: it grows, and
        // most repeats arrive after it has.
        fc.array(fc.nat(60).map(String), { minLength: 30, maxLength: 300 }),
        fc.array(fc.nat(300), { maxLength: 6, size: 'max' }),
        fc.nat(8),
        (keys, cuts, expected) => {
          const whole: InputIssue[] = [];
          const once = firstOfEach(table(keys), (r) => r.k, 'f.csv', 'id', whole);
          // The rows arrive in the same arrays, a batch at a time, as a worker's batches do.
          const all = table(keys);
          const read = { rows: [] as typeof all.rows, rowNumbers: [] as number[] };
          const check = firstOfEachAsRead<(typeof all.rows)[number]>(
            (r) => r.k,
            'f.csv',
            'id',
            expected,
          );
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            read.rows.push(...all.rows.slice(read.rows.length, cut));
            read.rowNumbers.push(...all.rowNumbers.slice(read.rowNumbers.length, cut));
            check.take(read);
          }
          read.rows.push(...all.rows.slice(read.rows.length));
          read.rowNumbers.push(...all.rowNumbers.slice(read.rowNumbers.length));
          const { kept, repeats } = check.end(read);
          expect(kept).toEqual(once);
          expect(repeats).toEqual(whole);
        },
      ),
    );
  });

  it('tells keys apart whose hashes collide, in short runs and in long ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(40).map(String), { maxLength: 120, size: 'max' }),
        fc.constantFrom(
          () => 0,
          (k: string) => k.length,
          (k: string) => k.charCodeAt(0) & 3,
        ),
        (keys, hash) => {
          const whole: InputIssue[] = [];
          const once = firstOfEach(table(keys), (r) => r.k, 'f.csv', 'id', whole);
          const read = table(keys);
          const check = firstOfEachAsRead<{ k: string }>((r) => r.k, 'f.csv', 'id', 0, hash);
          const { kept, repeats } = check.end(read);
          expect(kept).toEqual(once);
          expect(repeats).toEqual(whole);
        },
      ),
    );
  });

  it('grows its list of hashes past the rows it expected, and keeps a table without repeats uncopied', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `o${i}`);
    const read = table(keys);
    const { kept, repeats } = firstOfEachAsRead<{ k: string }>((r) => r.k, 'f.csv', 'id', 4).end(
      read,
    );
    expect(kept.rows).toBe(read.rows);
    expect(repeats).toEqual([]);
  });
});
