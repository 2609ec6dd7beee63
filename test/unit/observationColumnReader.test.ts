import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { observationColumnReader } from '../../src/core/observationColumnReader';
import {
  WORD_FIELDS,
  observationDecoder,
  observationEncoder,
} from '../../src/core/observationColumns';
import { COLUMNS, observationReader } from '../../src/core/parseDataset';
import type { ReadResult } from '../../src/core/readRows';
import type { Observation } from '../../src/core/types';
import { OBSERVATION_ROW } from './make';

const HEADER = COLUMNS.observations;
type Row = Partial<Record<(typeof HEADER)[number], string>>;

const GOOD: Row = OBSERVATION_ROW;

// A column the reader must not read (another of a name already read) holds `ignored`.
const fieldsOf = (header: readonly string[], row: Row) =>
  header.map((h, i) =>
    header.indexOf(h) < i ? 'ignored' : (row[h as keyof Row] ?? GOOD[h as keyof Row] ?? ''),
  );

/** Rows read by `observationReader`, as the page reads a file. */
function onPage(header: readonly string[], rows: Row[]): ReadResult<Observation> {
  const reader = observationReader('observations.csv');
  reader.header(header);
  rows.forEach((r, i) => reader.row(fieldsOf(header, r), i + 1));
  return reader.result([]);
}

/** The same rows read into column batches of `capacity`, as a worker does, and decoded. */
function inColumns(header: readonly string[], rows: Row[], capacity = 3, trialRows?: number) {
  const encoder = observationEncoder(capacity);
  const decode = observationDecoder();
  const got: ReadResult<Observation> = { rows: [], issues: [], rowNumbers: [] };
  const send = () => {
    const batch = encoder.take();
    if (batch) decode(structuredClone(batch), got.rows, got.rowNumbers);
  };
  const reader = observationColumnReader(
    'observations.csv',
    encoder,
    () => {
      if (encoder.size === capacity) send();
    },
    trialRows,
  );
  reader.header(header);
  // One array for every row, as the file's cutter hands them over.
  const fields: string[] = [];
  rows.forEach((r, i) => {
    fields.splice(0, fields.length, ...fieldsOf(header, r));
    reader.row(fields, i + 1);
  });
  send();
  const end = reader.result([]);
  return { ...got, issues: end.issues, kept: end.rows };
}

function expectSame(header: readonly string[], rows: Row[], capacity?: number, trial?: number) {
  const page = onPage(header, rows);
  const columns = inColumns(header, rows, capacity, trial);
  expect(columns.rows).toEqual(page.rows);
  expect(columns.rowNumbers).toEqual(page.rowNumbers);
  expect(columns.issues).toEqual(page.issues);
  // The observations are in the batches only: the reader holds none itself.
  expect(columns.kept).toEqual([]);
}

describe('observationColumnReader', () => {
  it('reads each column into the field of its name', () => {
    // A different text in every column, each one the column's rules accept.
    const text: Row = {
      ...Object.fromEntries(WORD_FIELDS.map(([, column]) => [column, `t_${column}`])),
      date: '2020-03-02',
      date_basis: 'not_before',
      date_latest: '2020-03-20',
      qualifier: 'about',
      value: '80.5',
      denominator: '452',
    };
    const { rows } = inColumns(HEADER, [text]);
    expect(rows).toHaveLength(1);
    for (const [field, column] of WORD_FIELDS) {
      expect(rows[0]?.[field]).toBe(text[column as keyof Row]);
    }
    expect([rows[0]?.value, rows[0]?.denominator]).toEqual([80.5, 452]);
  });

  it('gives the observations, row numbers and problems that observationReader gives', () => {
    const rows: Row[] = [
      {},
      { id: 'o2', date: '2020-03-02' },
      { id: 'o3', value: 'lots' },
      { id: 'o4', date: '2020-02-30' },
      // A text that failed is refused again in a later row, and named again.
      { id: 'o5', value: 'lots' },
      { id: 'o6', qualifier: 'maybe', region: '' },
      { id: 'o 7' },
      { id: '' },
      { id: ' o9 ', region: ' 520100 ', value: ' 80.5' },
      { id: 'o10', denominator: '452', scope: '规模以上工业企业' },
      { id: 'o11', denominator: '0' },
      { id: 'o12', date_basis: 'not_before', date_latest: '2020-03-20' },
      { id: 'o13' },
      { id: 'o14', value: '9999-12-31', date: '9999-12-31' },
    ];
    expectSame(HEADER, rows);
    expect(onPage(HEADER, rows).issues.length).toBeGreaterThan(5);
  });

  it('reads columns in any order, and the first of two with one name, as the page does', () => {
    const header = [...HEADER].reverse().concat(['value', 'region', 'notes']);
    const rows: Row[] = [{}, { id: 'o2', value: '81' }, { id: 'o3' }, { id: 'o4', value: '81' }];
    expectSame(header, rows);
  });

  it('reads no row of a file that lacks a column, and says so once', () => {
    const header = HEADER.filter((c) => c !== 'evidence');
    const page = onPage(header, [{}, { id: 'o2' }]);
    expect(page.issues.map((i) => [i.row, i.field])).toEqual([[0, 'evidence']]);
    expectSame(header, [{}, { id: 'o2' }]);
  });

  it('reads a file whose rows mostly bring new texts the same, before and after it stops looking them up', () => {
    // A phrase of its own in every row: after the trial rows, every row is only checked.
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({
      id: `o${i}`,
      evidence: `第${i}句`,
      value: i === 20 ? 'lots' : String(i),
    }));
    expectSame(HEADER, rows, 4, 8);
    const repeated = Array.from({ length: 30 }, (_, i) => ({ id: `o${i}` }));
    expectSame(HEADER, repeated, 4, 8);
  });

  it('reads any rows as observationReader does (property)', () => {
    // Few texts per column, so that texts repeat as they do in a large file: mostly good
    // ones, so that most rows pass, and now and then one that fails its check.
    const pools: Record<string, [string, string]> = {
      id: ['o1|o2|x', 'o 3|'],
      region: ['520100|520200|520300', '|  520100'],
      date: ['2020-03-01|2020-03-02|2020-03-03', '2020-02-30|3/1|9999-12-31'],
      date_basis: ['stated|stated|not_before', 'guess'],
      date_latest: ['|2020-03-20', 'soon'],
      metric: ['work_rate|reopening_rate', ''],
      universe: ['projects|above_scale_industry', ''],
      value: ['80|80.5|96', '1,524|1e308|'],
      qualifier: ['exact|at_least|about', 'roughly'],
      denominator: ['|452', '0|-1'],
      source: ['s1|s2', ''],
      evidence: ['复工率|复产率', ''],
    };
    const pick = (texts: string) => fc.constantFrom(...texts.split('|'));
    const row = fc.record(
      Object.fromEntries(
        Object.entries(pools).map(([k, [good, bad]]) => [
          k,
          fc.oneof({ arbitrary: pick(good), weight: 12 }, { arbitrary: pick(bad), weight: 1 }),
        ]),
      ) as Record<keyof Row, fc.Arbitrary<string>>,
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 80 }),
        (rows, n, trial) => expectSame(HEADER, rows, n, trial),
      ),
      { numRuns: 150 },
    );
  });
});
