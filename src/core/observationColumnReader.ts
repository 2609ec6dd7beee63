/**
 * Observations read from their rows straight into column batches (`observationEncoder`), for
 * a large file read off the page. Every rule of `observationReader` reads one field, so a text
 * that passed in one row passes in every row: a row is checked and made into an observation
 * only when one of its texts is new to its column. Any other row goes into the batch as the
 * numbers its texts were given before, with only its id, which no other row shares, checked
 * again. In a file of a million rows over a few thousand regions and days, nearly every row is
 * such a row.
 */
import { COLUMNS, isId, observationReader } from './parseDataset';
import { WORD_FIELDS, type ObservationEncoder } from './observationColumns';
import type { RowReader } from './readRows';
import type { Observation } from './types';

// Texts remembered per column; past this a column's new texts are checked row by row again.
const MAX_KNOWN = 1 << 16;
// A file whose rows mostly bring new texts (a phrase of its own for every figure) gains
// nothing from looking them up: if fewer than half of its first TRIAL_ROWS rows were found
// that way, the rest are only checked, as observationReader checks them.
const TRIAL_ROWS = 1 << 16;

/** What a known text of a column stands for: its number in a word list, or its value. */
type Known = Map<string, number>;

/**
 * Reads rows in `file` into `encoder`, calling `added` after each observation it adds. Its
 * `result` gives the problems and no rows: those are in the batches.
 */
export function observationColumnReader(
  file: string,
  encoder: ObservationEncoder,
  added: () => void,
  trialRows = TRIAL_ROWS,
): RowReader<Observation> {
  let checked: Observation | null = null;
  const rows = observationReader(file, (o) => {
    checked = o;
  });
  /** The observation the last row checked made, if it passed. */
  const passed = (): Observation | null => {
    const o = checked;
    checked = null;
    return o;
  };
  const words = WORD_FIELDS.map((): Known => new Map());
  const values: Known = new Map();
  const denominators: Known = new Map();
  // Where each column is in the file's header; null while some column is missing.
  let at: { id: number; value: number; denominator: number; words: number[] } | null = null;
  let tried = 0;
  let found = 0;
  let looking = true;
  const codes = new Uint32Array(WORD_FIELDS.length);
  // Rows come sorted: most fields hold the very text of the row before, and keep its number.
  const lastText: (string | undefined)[] = WORD_FIELDS.map(() => undefined);

  /** Adds the row from what its texts stood for before; false when one of them is new. */
  const known = (fields: readonly string[], row: number, where: NonNullable<typeof at>) => {
    const id = (fields[where.id] ?? '').trim();
    if (id === '' || !isId(id)) return false;
    for (let f = 0; f < codes.length; f++) {
      const text = fields[where.words[f] ?? 0] ?? '';
      if (text === lastText[f]) continue;
      const code = words[f]?.get(text);
      if (code === undefined) return false;
      codes[f] = code;
      lastText[f] = text;
    }
    const value = values.get(fields[where.value] ?? '');
    const denominator = denominators.get(fields[where.denominator] ?? '');
    if (value === undefined || denominator === undefined) return false;
    encoder.addCoded(row, id, value, denominator, codes);
    return true;
  };

  /**
   * Remembers what each text of a row that passed stands for. A column with texts of its own in
   * most rows (a quoted phrase per figure) stops learning when full, and costs no more.
   */
  const learn = (fields: readonly string[], o: Observation, where: NonNullable<typeof at>) => {
    const remember = (map: Known, text: string, meaning: () => number) => {
      if (map.size < MAX_KNOWN && !map.has(text)) map.set(text, meaning());
    };
    WORD_FIELDS.forEach(([field], f) => {
      const text = fields[where.words[f] ?? 0] ?? '';
      remember(words[f] as Known, text, () => encoder.code(f, o[field]));
    });
    remember(values, fields[where.value] ?? '', () => o.value);
    remember(denominators, fields[where.denominator] ?? '', () => o.denominator ?? NaN);
  };

  return {
    header(header) {
      rows.header(header);
      // The first column of a name is the one read, as in `observationReader`.
      const index = (name: string) => header.indexOf(name);
      const missing = COLUMNS.observations.some((c) => index(c) === -1);
      at = missing
        ? null
        : {
            id: index('id'),
            value: index('value'),
            denominator: index('denominator'),
            words: WORD_FIELDS.map(([, column]) => index(column)),
          };
    },
    row(fields, row) {
      if (at && looking) {
        tried++;
        if (known(fields, row, at)) {
          found++;
          added();
          return;
        }
        if (tried === trialRows && found < tried / 2) looking = false;
      }
      rows.row(fields, row);
      const o = passed();
      if (!o || !at) return;
      encoder.add(o);
      if (looking) learn(fields, o, at);
      added();
    },
    result: (fileIssues) => rows.result(fileIssues),
  };
}
