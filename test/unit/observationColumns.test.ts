import { describe, expect, it } from 'vitest';
import {
  batchBuffers,
  observationDecoder,
  observationEncoder,
  type ObservationBatch,
} from '../../src/core/observationColumns';
import { COLUMNS, observationReader, parseObservations } from '../../src/core/parseDataset';
import type { Observation } from '../../src/core/types';

const HEADER = COLUMNS.observations;

function csv(rows: Record<string, string>[]): string {
  return [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => r[h] ?? '').join(','))].join('\n');
}

// Figures of two regions over several days, with what varies between rows of a real file: a
// bound, a denominator, a range of dates, a subset, a figure with its own evidence.
const TABLE = Array.from({ length: 23 }, (_, i) => ({
  id: `o${i}`,
  region: i < 12 ? '520100' : '520300',
  date: `2020-03-${String((i % 12) + 1).padStart(2, '0')}`,
  date_basis: i === 5 ? 'not_before' : 'stated',
  date_latest: i === 5 ? '2020-03-20' : '',
  metric: 'work_rate',
  universe: i % 7 === 0 ? 'projects' : 'above_scale_industry',
  subset: i === 9 ? 'key' : '',
  value: String(80 + i / 2),
  qualifier: i === 3 ? 'at_least' : 'exact',
  unit: '%',
  denominator: i === 4 ? '452' : '',
  scope: i === 4 ? '规模以上工业企业' : '',
  source: i % 2 === 0 ? 's1' : 's2',
  evidence: i === 8 ? '复工率达到84%' : '复工率',
  derivation: i === 10 ? 'ratio' : '',
}));

const read = (): Observation[] => parseObservations(csv(TABLE), 'observations.csv').rows;

/** Encodes in batches of `capacity`, posting each through a structured clone as a worker does. */
function roundTrip(observations: Observation[], capacity: number) {
  const encoder = observationEncoder(capacity);
  const batches: ObservationBatch[] = [];
  const take = () => {
    const b = encoder.take();
    if (b) batches.push(structuredClone(b, { transfer: batchBuffers(b) }));
  };
  for (const o of observations) {
    encoder.add(o);
    if (encoder.size === capacity) take();
  }
  take();
  const decode = observationDecoder();
  const rows: Observation[] = [];
  const rowNumbers: number[] = [];
  for (const b of batches) decode(b, rows, rowNumbers);
  return { rows, rowNumbers, batches };
}

describe('observation columns', () => {
  it('give back every observation as it was read, field for field, in order', () => {
    const observations = read();
    expect(observations).toHaveLength(23);
    for (const capacity of [1, 5, 23, 64]) {
      const { rows, rowNumbers } = roundTrip(observations, capacity);
      expect(rows).toEqual(observations);
      expect(rowNumbers).toEqual(observations.map((o) => o.row));
    }
  });

  it('keep a missing denominator missing and a stated one as stated', () => {
    const { rows } = roundTrip(read(), 4);
    expect(rows[4]?.denominator).toBe(452);
    expect(rows[3]?.denominator).toBeNull();
  });

  it('send a repeated text once, the first time it is met', () => {
    const { batches } = roundTrip(read(), 10);
    const sent = (field: number) => batches.flatMap((b) => b.newWords[field] ?? []);
    // region, date: two codes; twelve days.
    expect(sent(0)).toEqual(['520100', '520300']);
    expect(sent(1)).toHaveLength(12);
    // metric: one text over 23 rows and three batches.
    expect(sent(4)).toEqual(['work_rate']);
  });

  it('hand a full batch over whole and copy only the part of one that is not', () => {
    const encoder = observationEncoder(2);
    const [a, b, c] = read();
    encoder.add(a as Observation);
    encoder.add(b as Observation);
    expect(() => encoder.add(c as Observation)).toThrow(RangeError);
    const full = encoder.take();
    expect(full?.rows).toHaveLength(2);
    expect(full?.words).toHaveLength(2 * 13);
    encoder.add(c as Observation);
    const part = encoder.take();
    expect(part?.rows).toHaveLength(1);
    expect(part?.rows.buffer.byteLength).toBe(4);
    expect(encoder.take()).toBeNull();
  });
});

describe('observationReader with keep', () => {
  it('hands each kept row on as it is read, holds none, and still names every problem', () => {
    const kept: [string, number][] = [];
    const reader = observationReader('observations.csv', (o, row) => kept.push([o.id, row]));
    reader.header(HEADER);
    const fields = (over: Record<string, string>) =>
      HEADER.map((h) => ({ ...TABLE[0], ...over })[h as keyof (typeof TABLE)[0]] ?? '');
    reader.row(fields({ id: 'a' }), 1);
    reader.row(fields({ id: 'b', value: 'lots' }), 2);
    reader.row(fields({ id: 'c' }), 3);
    const result = reader.result([]);
    expect(kept).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.field])).toEqual([[2, 'value']]);
  });
});
