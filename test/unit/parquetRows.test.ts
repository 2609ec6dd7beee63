import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetRows } from '../../src/core/parquetRows';
import { COLUMNS, parseObservations } from '../../src/core/parseDataset';
import { formatEn } from './englishIssues';

const HEADER = COLUMNS.observations;
const row = (over: Partial<Record<string, string>>, i: number): string[] => {
  const base: Record<string, string> = {
    id: `o${i}`,
    region: '520100',
    date: `2020-03-${String((i % 28) + 1).padStart(2, '0')}`,
    date_basis: 'stated',
    metric: 'work_rate',
    universe: 'above_scale_industry',
    value: String(90 + (i % 10) / 2),
    qualifier: 'exact',
    unit: '%',
    source: 's1',
    evidence: '复工率',
    ...over,
  };
  return HEADER.map((h) => base[h] ?? '');
};

// Good rows and rows with the problems a reader must name: a bad date, an empty value, an
// unknown qualifier.
const ROWS = [
  ...Array.from({ length: 40 }, (_, i) => row({}, i)),
  row({ date: '2020-02-30' }, 40),
  row({ value: '' }, 41),
  row({ qualifier: 'roughly' }, 42),
];

function csv(rows: string[][]): string {
  return [HEADER.join(','), ...rows.map((r) => r.join(','))].join('\n');
}

/** The same table as Parquet, in row groups of `groupSize`, the value column as numbers. */
function parquet(rows: string[][], groupSize = 16): ArrayBuffer {
  return parquetWriteBuffer({
    rowGroupSize: groupSize,
    columnData: HEADER.map((name, c) =>
      name === 'value'
        ? {
            name,
            data: rows.map((r) => (r[c] === '' ? null : Number(r[c]))),
            type: 'DOUBLE' as const,
          }
        : { name, data: rows.map((r) => r[c] ?? ''), type: 'STRING' as const },
    ),
  });
}

describe('parquetRows', () => {
  it('gives the same figures and the same messages as the CSV twin, row for row', async () => {
    const fromCsv = parseObservations(csv(ROWS), 'observations.csv');
    const fromParquet = parseObservations(
      await parquetRows(parquet(ROWS), 'observations.csv'),
      'observations.csv',
    );
    expect(fromParquet).toEqual(fromCsv);
    expect(fromCsv.rows).toHaveLength(40);
    expect(fromCsv.issues.map((i) => [i.row, i.field])).toEqual([
      [41, 'date'],
      [42, 'value'],
      [43, 'qualifier'],
    ]);
  });

  it('reads every row group in order', async () => {
    const rows = await parquetRows(parquet(ROWS, 5), 'o.parquet');
    const ids: string[] = [];
    rows.forEach((fields, n) => ids.push(`${n}:${fields[0]}`));
    expect(ids).toEqual(ROWS.map((r, i) => `${i + 1}:${r[0]}`));
  });

  it('a file that is not Parquet is named, with no rows', async () => {
    const bytes = new TextEncoder().encode('id,region\no1,520100\n').buffer;
    const rows = await parquetRows(bytes, 'observations.parquet');
    expect(rows.header).toEqual([]);
    expect(rows.issues).toHaveLength(1);
    expect(formatEn(rows.issues[0]!)).toMatch(
      /^observations\.parquet: not a readable Parquet file/,
    );
  });
});
