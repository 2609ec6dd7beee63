import { describe, it, expect } from 'vitest';
import { parseCsv } from '../../src/core/csv';
import { en, english } from './englishIssues';

describe('parseCsv', () => {
  it('reads a header and records', () => {
    const t = parseCsv('a,b\n1,2\n3,4\n', 'x.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
    expect(t.rows).toEqual([1, 2]);
    expect(t.issues).toEqual([]);
  });

  it('strips a byte-order mark so the first column keeps its name', () => {
    const t = parseCsv('\uFEFFcode,name\n520100,贵阳市\n', 'regions.csv');
    expect(t.header).toEqual(['code', 'name']);
    expect(t.records[0]?.code).toBe('520100');
  });

  it('trims header names', () => {
    expect(parseCsv(' a , b\n1,2\n', 'x.csv').header).toEqual(['a', 'b']);
  });

  it('skips blank and whitespace-only lines without counting them as rows', () => {
    const t = parseCsv('a,b\n1,2\n\n   \n3,4\n', 'x.csv');
    expect(t.records).toHaveLength(2);
    expect(t.rows).toEqual([1, 2]);
    expect(t.issues).toEqual([]);
  });

  it('handles CRLF line ends', () => {
    const t = parseCsv('a,b\r\n1,2\r\n', 'x.csv');
    expect(t.records).toEqual([{ a: '1', b: '2' }]);
  });

  it('keeps quoted commas, quotes and newlines inside a field', () => {
    const t = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n', 'x.csv');
    expect(t.records).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
    expect(t.issues).toEqual([]);
  });

  it('reports a row with too few fields by file and 1-based data row, and leaves it out', () => {
    const t = parseCsv('a,b,c\n1,2,3\n4,5\n6,7,8\n', 'obs.csv');
    expect(t.records).toHaveLength(2);
    expect(t.rows).toEqual([1, 3]);
    expect(english(t.issues)).toEqual([
      { file: 'obs.csv', row: 2, field: '', message: 'has 2 fields, the header has 3' },
    ]);
  });

  it('reports a row with too many fields and leaves it out', () => {
    const t = parseCsv('a,b\n1,2,3\n', 'x.csv');
    expect(t.records).toEqual([]);
    expect(t.issues).toHaveLength(1);
    expect(english(t.issues)[0]).toMatchObject({
      file: 'x.csv',
      row: 1,
      message: 'has 3 fields, the header has 2',
    });
  });

  it('reports each field-count problem once, not once from papaparse and again from the count', () => {
    expect(parseCsv('a,b\n1\n', 'x.csv').issues).toHaveLength(1);
  });

  it('reports an unterminated quote against the row it breaks', () => {
    const t = parseCsv('a,b\n1,2\n3,"oops\n', 'x.csv');
    expect(t.records).toEqual([{ a: '1', b: '2' }]);
    expect(t.issues.some((i) => i.row === 2 && /quote/i.test(en(i)))).toBe(true);
  });

  it('reports a repeated column name in the header', () => {
    const t = parseCsv('a,a,b\n1,2,3\n', 'x.csv');
    expect(english(t.issues)).toContainEqual({
      file: 'x.csv',
      row: 0,
      field: 'a',
      message: 'the header names this column more than once',
    });
  });

  it('reports an empty file', () => {
    const t = parseCsv('', 'x.csv');
    expect(t.records).toEqual([]);
    expect(english(t.issues)).toEqual([
      { file: 'x.csv', row: 0, field: '', message: 'the file is empty' },
    ]);
  });

  it('gives a header-only file no records and no issues', () => {
    const t = parseCsv('a,b\n', 'x.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([]);
    expect(t.issues).toEqual([]);
  });
});
