import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { csvRows, csvStream } from '../../src/core/csvRows';
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

/** The same text fed to the stream in pieces cut at `cuts`; null when the stream gave up. */
function byStream(text: string, cuts: number[]) {
  const rows: (string | number | undefined)[][] = [];
  let header: readonly string[] = [];
  let issues: unknown[] = [];
  const stream = csvStream('f.csv', {
    header(h, i) {
      header = h;
      issues = i;
    },
    row: (fields, row) => rows.push([row, ...fields]),
  });
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...at, text.length]) {
    if (stream.push(text.slice(from, to))) return null;
    from = to;
  }
  if (stream.end()) return null;
  return { header: [...header], rows, issues };
}

describe('csvStream', () => {
  it('cuts a text fed in any pieces into what papaparse gives, or leaves it to be read whole', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const got = byStream(text, cuts);
        if (got) expect(got).toEqual(byPapaparse(text));
      }),
      { numRuns: 3000 },
    );
    vi.restoreAllMocks();
  });

  it.each([
    { eol: '\n', what: 'without quote marks or carriage returns' },
    { eol: '\r\n', what: 'with Windows line ends' },
  ])('reads a file $what as it arrives, whatever the pieces', ({ eol }) => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b1', '中', ',', eol, ' '), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (pieces, cuts) => {
          const text = `x,y${eol}${pieces.join('')}`;
          expect(byStream(text, cuts)).toEqual(byPapaparse(text));
        },
      ),
    );
  });

  it('reads a file with Windows line ends as it arrives, even with a \\r\\n cut in two', () => {
    const text = 'a,b\r\n1,2\r\n3,4\r\n';
    expect(byStream(text, [10, 11])).toEqual(byPapaparse(text));
    expect(byStream(text, [4, 5, 9])?.rows).toEqual([
      [1, '1', '2'],
      [2, '3', '4'],
    ]);
  });

  it('leaves a quoted field, a lone carriage return and an empty file to be read whole', () => {
    expect(byStream('a,b\n"1",2\n', [6])).toBeNull();
    expect(byStream('a,b\r\n1\r2\r\n', [])).toBeNull();
    expect(byStream('a,b\n1,2\r\n', [])).toBeNull();
    expect(byStream('', [])).toBeNull();
    // The last line arrives in pieces with no line end among them.
    expect(byStream('a,b\r\n1,2\r\n3\r4,5', [11, 13])).toBeNull();
  });
});

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

  it('reads a field that begins like the one above it, or ends it, as its own text', () => {
    const text = 'a,b\nab,1\na,12\nabc,1\nab,\n,ab\nab,ab\nab,a';
    const expected = byPapaparse(text);
    expect(byCsvRows(text)).toEqual(expected);
    for (const size of [1, 2, 3, 7]) {
      const rows: (string | number)[][] = [];
      const stream = csvStream('f.csv', {
        header: () => undefined,
        row: (fields, row) => rows.push([row, ...fields]),
      });
      for (let at = 0; at < text.length; at += size) stream.push(text.slice(at, at + size));
      stream.end();
      expect(rows).toEqual(expected.rows);
    }
  });

  it('skips a byte order mark before the header', () => {
    expect(byCsvRows('\uFEFFa,b\n1,2').header).toEqual(['a', 'b']);
  });
});
