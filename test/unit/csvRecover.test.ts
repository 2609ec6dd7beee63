import { describe, it, expect } from 'vitest';
import { parseCsv } from '../../src/core/csv';
import { en } from './englishIssues';

describe('broken CSV quoting', () => {
  it('keeps every valid row after an unclosed quote and reports the broken row once', () => {
    const t = parseCsv('a,b,c\n1,2,3\n4,"5,6\n7,8,9\n10,11,12\n', 'obs.csv');
    expect(t.records).toEqual([
      { a: '1', b: '2', c: '3' },
      { a: '7', b: '8', c: '9' },
      { a: '10', b: '11', c: '12' },
    ]);
    expect(t.rows).toEqual([1, 3, 4]);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ file: 'obs.csv', row: 2 });
    expect(en(t.issues[0])).toContain('quote');
  });

  it('reports two broken rows each with its own row number', () => {
    const t = parseCsv('a,b\n"x"y,1\n2,3\n4,"oops\n5,6\n', 'x.csv');
    expect(t.issues.map((i) => i.row)).toEqual([1, 3]);
    expect(t.records).toEqual([
      { a: '2', b: '3' },
      { a: '5', b: '6' },
    ]);
    expect(t.rows).toEqual([2, 4]);
  });

  it('still joins a quoted field that spans lines when another row is broken', () => {
    const t = parseCsv('a,b\n"multi\nline",1\n"bad"x,2\n3,4\n', 'x.csv');
    expect(t.records).toEqual([
      { a: 'multi\nline', b: '1' },
      { a: '3', b: '4' },
    ]);
    expect(t.issues.map((i) => i.row)).toEqual([2]);
  });

  it('reports a wrong field count in a file with broken quoting once, by its row', () => {
    const t = parseCsv('a,b\n1\n"x\n2,3\n', 'x.csv');
    expect(t.issues.map((i) => [i.row, en(i).slice(0, 5)])).toEqual([
      [1, 'has 1'],
      [2, 'a quo'],
    ]);
    expect(t.records).toEqual([{ a: '2', b: '3' }]);
  });
});
