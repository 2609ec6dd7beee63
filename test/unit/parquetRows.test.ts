import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetRows } from '../../src/core/parquetRows';
import { COLUMNS, observationReader, parseObservations } from '../../src/core/parseDataset';
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

/** What a sink is given: the header, and each row with its number. */
async function collect(bytes: ArrayBuffer, file: string) {
  let header: readonly string[] | null = null;
  const rows: string[] = [];
  const broken = await parquetRows(bytes, file, {
    header: (h) => (header = [...h]),
    row: (fields, n) => rows.push(`${n}:${fields[0]}`),
  });
  return { header, rows, broken };
}

describe('parquetRows', () => {
  it('gives the same figures and the same messages as the CSV twin, row for row', async () => {
    const fromCsv = parseObservations(csv(ROWS), 'observations.csv');
    const reader = observationReader('observations.csv');
    expect(await parquetRows(parquet(ROWS), 'observations.csv', reader)).toBeNull();
    expect(reader.result([])).toEqual(fromCsv);
    expect(fromCsv.rows).toHaveLength(40);
    expect(fromCsv.issues.map((i) => [i.row, i.field])).toEqual([
      [41, 'date'],
      [42, 'value'],
      [43, 'qualifier'],
    ]);
  });

  it.each([5, 16, 1000])('reads every row group in order (groups of %i rows)', async (size) => {
    const got = await collect(parquet(ROWS, size), 'o.parquet');
    expect(got.header).toEqual([...HEADER]);
    expect(got.rows).toEqual(ROWS.map((r, i) => `${i + 1}:${r[0]}`));
    expect(got.broken).toBeNull();
  });

  it('a file that is not Parquet is named, with no header and no rows', async () => {
    const bytes = new TextEncoder().encode('id,region\no1,520100\n').buffer;
    const got = await collect(bytes, 'observations.parquet');
    expect(got.header).toBeNull();
    expect(got.rows).toEqual([]);
    expect(formatEn(got.broken!)).toMatch(/^observations\.parquet: not a readable Parquet file/);
  });
});
