import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { csvRows } from '../../src/core/csvRows';
import { parseCsv } from '../../src/core/csv';

/** What papaparse makes of a text: the header, each kept row's fields and number, the issues. */
function byPapaparse(text: string) {
  const t = parseCsv(text, 'f.csv');
  return {
    header: t.header,
    rows: t.records.map((r, i) => [t.rows[i], ...t.header.map((h) => r[h] ?? '')]),
    issues: t.issues,
  };
}

function byCsvRows(text: string) {
  const t = csvRows(text, 'f.csv');
  const rows: (string | number | undefined)[][] = [];
  t.forEach((fields, row) => rows.push([row, ...fields]));
  return { header: t.header, rows, issues: t.issues };
}

// Text made of the pieces that decide how a line is cut: delimiters, both line ends, spaces
// (ASCII, ideographic, no-break) and Chinese; most texts are cut here, and those with a
// quote mark or a lone carriage return go to papaparse.
const piece = fc.constantFrom(
  'a',
  'b1',
  '中',
  ',',
  ',',
  '\n',
  '\n',
  '\r\n',
  ' ',
  '\u3000',
  '\u00a0',
);
const rare = fc.constantFrom('"', '\r');
const csvText = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 60 }).map((p) => p.join('')) },
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(piece, rare), { maxLength: 60 }).map((p) => p.join('')),
  },
);

describe('csvRows', () => {
  it('cuts any text into the header, rows, row numbers and issues papaparse gives', () => {
    // papaparse warns on the console about repeated header names, which random text has.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(csvText, (text) => {
        expect(byCsvRows(text)).toEqual(byPapaparse(text));
      }),
      { numRuns: 3000 },
    );
    vi.restoreAllMocks();
  });

  it('counts rows without the blank lines, as papaparse does', () => {
    const got = byCsvRows('a,b\n1,2\n\n , \n,\n3,4\n');
    expect(got.rows).toEqual([
      [1, '1', '2'],
      [2, '3', '4'],
    ]);
  });

  it('reports a row of the wrong width once, with its number, and keeps the others', () => {
    const got = byCsvRows('a,b\r\n1,2\r\n1,2,3\r\n4,5\r\n');
    expect(got.rows).toEqual([
      [1, '1', '2'],
      [3, '4', '5'],
    ]);
    expect(got.issues).toHaveLength(1);
    expect(got.issues[0]).toMatchObject({ row: 2, field: '' });
  });

  it('keeps one copy of a text that repeats down a column', () => {
    const lines = ['code,date'];
    for (let i = 0; i < 50; i++) lines.push(`520100,2020-03-0${(i % 9) + 1}`);
    const dates: string[] = [];
    csvRows(lines.join('\n'), 'f.csv').forEach((f) => dates.push(f[1]!));
    // Equal strings are indistinguishable in JavaScript; the shared copies are what the
    // heap bench measures. Here: the texts are right and in order.
    expect(dates.slice(0, 10)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `2020-03-0${i + 1}`),
      '2020-03-01',
    ]);
  });

  it('skips a byte order mark before the header', () => {
    expect(byCsvRows('\uFEFFa,b\n1,2').header).toEqual(['a', 'b']);
  });
});
