import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editRows } from '../../src/core/editRows';

describe('editRows', () => {
  it('gives back the very array when every row comes back as it was', () => {
    const rows = [{ n: 1 }, { n: 2 }];
    expect(editRows(rows, (r) => r)).toBe(rows);
  });

  it('leaves out a row edited to null and keeps the rows on both sides in order', () => {
    const rows = [1, 2, 3, 4];
    expect(editRows(rows, (r) => (r === 2 ? null : r))).toEqual([1, 3, 4]);
    expect(rows).toEqual([1, 2, 3, 4]);
  });

  it('puts a changed row in place of the old one', () => {
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const out = editRows(rows, (r) => (r.n === 2 ? { n: 20 } : r));
    expect(out.map((r) => r.n)).toEqual([1, 20, 3]);
    expect(out[0]).toBe(rows[0]);
  });

  it('gives what a map and a filter would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), (numbers) => {
        const rows = numbers.map((n) => ({ n }));
        const edit = (r: { n: number }) => (r.n < 0 ? null : r.n === 0 ? { n: 100 } : r);
        const expected = rows.map(edit).filter((r) => r !== null);
        expect(editRows(rows, edit)).toEqual(expected);
      }),
    );
  });
});
