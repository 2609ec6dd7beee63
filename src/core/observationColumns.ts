/**
 * Observations as columns, to pass from the thread that reads a large file to the page in
 * batches of typed arrays: the page makes each observation once, from numbers and from texts
 * it already holds, instead of cutting the text itself or receiving a copy of every object.
 * A text that repeats (a region code, a date, a metric) crosses once, the first time it is
 * met; after that a row carries only its number in that field's list of texts.
 */
import type { DateBasis, Observation, Qualifier } from './types';

/**
 * The fields carried as a number into a list of the field's texts, each with the column of
 * observations.csv it is read from.
 */
export const WORD_FIELDS = [
  ['region', 'region'],
  ['date', 'date'],
  ['dateBasis', 'date_basis'],
  ['dateLatest', 'date_latest'],
  ['metric', 'metric'],
  ['universe', 'universe'],
  ['subset', 'subset'],
  ['qualifier', 'qualifier'],
  ['unit', 'unit'],
  ['scope', 'scope'],
  ['source', 'source'],
  ['evidence', 'evidence'],
  ['derivation', 'derivation'],
] as const satisfies readonly (readonly [keyof Observation, string])[];
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
  /**
   * The number of `text` in the list of WORD_FIELDS[field]'s texts, which it joins when new:
   * the same number in every later batch.
   */
  code(field: number, text: string): number;
  /**
   * An observation given as its numbers: `codes` holds one per WORD_FIELDS entry, from
   * `code`, and `denominator` is NaN where there is none.
   */
  addCoded(
    row: number,
    id: string,
    value: number,
    denominator: number,
    codes: ArrayLike<number>,
  ): void;
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
  const code = (f: number, text: string): number => {
    if (text === lastText[f]) return lastCode[f] ?? 0;
    const known = codes[f] as Map<string, number>;
    let c = known.get(text);
    if (c === undefined) {
      c = known.size;
      known.set(text, c);
      (newWords[f] as string[]).push(text);
    }
    lastText[f] = text;
    lastCode[f] = c;
    return c;
  };
  const start = (row: number, id: string, value: number, denominator: number): number => {
    if (n === capacity) throw new RangeError('batch full: take() it first');
    cols.rows[n] = row;
    ids.push(id);
    cols.values[n] = value;
    cols.denominators[n] = denominator;
    return n * WIDTH;
  };
  return {
    add(o) {
      const at = start(o.row, o.id, o.value, o.denominator ?? NaN);
      // A row with a text new to its column comes here (observationColumnReader adds the rest
      // by their numbers), so a loop over the fields costs little.
      WORD_FIELDS.forEach(([field], f) => {
        cols.words[at + f] = code(f, o[field]);
      });
      n++;
    },
    code,
    addCoded(row, id, value, denominator, given) {
      const at = start(row, id, value, denominator);
      for (let f = 0; f < WIDTH; f++) cols.words[at + f] = given[f] ?? 0;
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
    const { words, values, denominators, ids, rows } = batch;
    // Each field's list read once a batch, and each place in a row written as a number, in
    // WORD_FIELDS's order: at millions of rows this loop is most of the page's work while a
    // large file arrives, and it took twice as long looking each field's list up per row.
    const [
      region = [],
      date = [],
      basis = [],
      latest = [],
      metric = [],
      universe = [],
      subset = [],
      qualifier = [],
      unit = [],
      scope = [],
      source = [],
      evidence = [],
      derivation = [],
    ] = texts;
    const n = rows.length;
    for (let i = 0; i < n; i++) {
      const row = rows[i] ?? 0;
      const denominator = denominators[i] ?? NaN;
      const w = i * WIDTH;
      // The same fields in the same order as a row read from text, so both share one shape.
      into.push({
        row,
        id: ids[i] ?? '',
        region: region[words[w] ?? 0] ?? '',
        date: date[words[w + 1] ?? 0] ?? '',
        dateBasis: (basis[words[w + 2] ?? 0] ?? '') as DateBasis,
        dateLatest: latest[words[w + 3] ?? 0] ?? '',
        metric: metric[words[w + 4] ?? 0] ?? '',
        universe: universe[words[w + 5] ?? 0] ?? '',
        subset: subset[words[w + 6] ?? 0] ?? '',
        value: values[i] ?? NaN,
        qualifier: (qualifier[words[w + 7] ?? 0] ?? '') as Qualifier,
        unit: unit[words[w + 8] ?? 0] ?? '',
        denominator: Number.isNaN(denominator) ? null : denominator,
        scope: scope[words[w + 9] ?? 0] ?? '',
        source: source[words[w + 10] ?? 0] ?? '',
        evidence: evidence[words[w + 11] ?? 0] ?? '',
        derivation: derivation[words[w + 12] ?? 0] ?? '',
      });
      rowNumbers.push(row);
    }
  };
}
