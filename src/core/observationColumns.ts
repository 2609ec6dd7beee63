/**
 * Observations as columns, to pass from the thread that reads a large file to the page in
 * batches of typed arrays: the page makes each observation once, from numbers and from texts
 * it already holds, instead of cutting the text itself or receiving a copy of every object.
 * A text that repeats (a region code, a date, a metric) crosses once, the first time it is
 * met; after that a row carries only its number in that field's list of texts.
 */
import type { DateBasis, Observation, Qualifier } from './types';

/** The fields carried as a number into a list of the field's texts. */
const WORD_FIELDS = [
  'region',
  'date',
  'dateBasis',
  'dateLatest',
  'metric',
  'universe',
  'subset',
  'qualifier',
  'unit',
  'scope',
  'source',
  'evidence',
  'derivation',
] as const;
const WIDTH = WORD_FIELDS.length;

export interface ObservationBatch {
  /** 1-based data row of each observation. */
  rows: Int32Array;
  ids: string[];
  values: Float64Array;
  /** NaN where the observation gives no denominator. */
  denominators: Float64Array;
  /** Row by row, one number per field of WORD_FIELDS into that field's list of texts. */
  words: Uint32Array;
  /** The texts each field met for the first time in this batch, in the order they were met. */
  newWords: string[][];
}

/** The buffers of a batch, to post it without copying them. */
export function batchBuffers(b: ObservationBatch): ArrayBuffer[] {
  return [b.rows, b.values, b.denominators, b.words].map((a) => a.buffer as ArrayBuffer);
}

type Columns = Pick<ObservationBatch, 'rows' | 'values' | 'denominators' | 'words'>;

/** Room for `n` observations, or the first `n` of `c` copied out. */
function columns(n: number, c?: Columns): Columns {
  return c
    ? {
        rows: c.rows.slice(0, n),
        values: c.values.slice(0, n),
        denominators: c.denominators.slice(0, n),
        words: c.words.slice(0, n * WIDTH),
      }
    : {
        rows: new Int32Array(n),
        values: new Float64Array(n),
        denominators: new Float64Array(n),
        words: new Uint32Array(n * WIDTH),
      };
}

export interface ObservationEncoder {
  add(o: Observation): void;
  readonly size: number;
  /** The observations added since the last call, or null when there are none. */
  take(): ObservationBatch | null;
}

/** `capacity`: the rows a batch holds before `add` must be followed by `take`. */
export function observationEncoder(capacity: number): ObservationEncoder {
  const codes = WORD_FIELDS.map(() => new Map<string, number>());
  // Rows of a large file come sorted: a field usually holds the same text as the row before.
  const lastText: (string | null)[] = WORD_FIELDS.map(() => null);
  const lastCode = new Uint32Array(WIDTH);
  let newWords: string[][] = WORD_FIELDS.map(() => []);
  let n = 0;
  let ids: string[] = [];
  let cols = columns(capacity);
  const code = (f: number, text: string): void => {
    let c: number | undefined;
    if (text === lastText[f]) c = lastCode[f] ?? 0;
    else {
      const known = codes[f] as Map<string, number>;
      c = known.get(text);
      if (c === undefined) {
        c = known.size;
        known.set(text, c);
        (newWords[f] as string[]).push(text);
      }
      lastText[f] = text;
      lastCode[f] = c;
    }
    cols.words[n * WIDTH + f] = c;
  };
  return {
    add(o) {
      if (n === capacity) throw new RangeError('batch full: take() it first');
      cols.rows[n] = o.row;
      ids.push(o.id);
      cols.values[n] = o.value;
      cols.denominators[n] = o.denominator ?? NaN;
      // Field by field, in WORD_FIELDS order: a loop over names would look each one up.
      code(0, o.region);
      code(1, o.date);
      code(2, o.dateBasis);
      code(3, o.dateLatest);
      code(4, o.metric);
      code(5, o.universe);
      code(6, o.subset);
      code(7, o.qualifier);
      code(8, o.unit);
      code(9, o.scope);
      code(10, o.source);
      code(11, o.evidence);
      code(12, o.derivation);
      n++;
    },
    get size() {
      return n;
    },
    take() {
      if (n === 0) return null;
      // A full batch hands its arrays over whole and new ones are made; a part one is copied.
      const full = n === capacity;
      const batch: ObservationBatch = { ...(full ? cols : columns(n, cols)), ids, newWords };
      if (full) cols = columns(capacity);
      n = 0;
      ids = [];
      newWords = WORD_FIELDS.map(() => []);
      return batch;
    },
  };
}

/** The page's side: batches back into observations, in the order they were added. */
export function observationDecoder(): (
  batch: ObservationBatch,
  into: Observation[],
  rowNumbers: number[],
) => void {
  const texts: string[][] = WORD_FIELDS.map(() => []);
  return (batch, into, rowNumbers) => {
    batch.newWords.forEach((added, f) => {
      for (const t of added) (texts[f] as string[]).push(t);
    });
    const word = (i: number, f: number): string =>
      texts[f]?.[batch.words[i * WIDTH + f] ?? 0] ?? '';
    const n = batch.rows.length;
    for (let i = 0; i < n; i++) {
      const row = batch.rows[i] ?? 0;
      const denominator = batch.denominators[i] ?? NaN;
      // The same fields in the same order as a row read from text, so both share one shape.
      into.push({
        row,
        id: batch.ids[i] ?? '',
        region: word(i, 0),
        date: word(i, 1),
        dateBasis: word(i, 2) as DateBasis,
        dateLatest: word(i, 3),
        metric: word(i, 4),
        universe: word(i, 5),
        subset: word(i, 6),
        value: batch.values[i] ?? NaN,
        qualifier: word(i, 7) as Qualifier,
        unit: word(i, 8),
        denominator: Number.isNaN(denominator) ? null : denominator,
        scope: word(i, 9),
        source: word(i, 10),
        evidence: word(i, 11),
        derivation: word(i, 12),
      });
      rowNumbers.push(row);
    }
  };
}
