/**
 * The rows of a CSV file one at a time, each as its fields in column order. A file without
 * quote marks and with one kind of line end (every large file a statistics office exports,
 * and the bench's 2.6 million rows) is cut here in one pass, with no object per row and with
 * repeated field texts shared: a date or a region code is kept once, not once per row. Any
 * other file is read by papaparse (`parseCsv`). Both give the same header, rows, row
 * numbers and messages.
 */
import { parseCsv } from './csv';
import { issue } from './issueMessages';
import type { InputIssue } from './types';

export interface CsvRows {
  header: string[];
  /**
   * Problems of the header and of rows left out (wrong field count, broken quoting), in row
   * order; complete once `forEach` has run.
   */
  issues: InputIssue[];
  /**
   * Calls `each` for every well-formed row with its fields by column and its 1-based data
   * row (blank lines are not counted). The fields array is reused: copy what is kept. The
   * rows are walked once (a large source lets go of its data as it goes).
   */
  forEach(each: (fields: readonly string[], row: number) => void): void;
}

// A column stops sharing its texts once it has this many different ones (an id column).
const MAX_SHARED = 4096;

export function csvRows(text: string, file: string): CsvRows {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (simple(clean) && splitRows(clean, file)) || paparseRows(clean, file);
}

/** No quote marks, and line ends all `\n` or all `\r\n`: what papaparse would cut the same. */
function simple(text: string): boolean {
  if (text.includes('"')) return false;
  if (!text.includes('\r')) return true;
  return !/\r(?!\n)|(?<!\r)\n/.test(text);
}

function splitRows(text: string, file: string): CsvRows | null {
  const eol = text.includes('\r') ? '\r\n' : '\n';
  const firstEnd = text.indexOf(eol);
  const headerLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  // A file starting with a blank line, or empty: papaparse's own rules apply.
  if (blank(headerLine)) return null;
  const head = parseCsv(headerLine, file);
  const issues = [...head.issues];
  const start = firstEnd === -1 ? text.length : firstEnd + eol.length;
  return {
    header: head.header,
    issues,
    forEach(each) {
      lineCutter(file, head.header.length, eol, issues, each)(text, start, text.length);
    },
  };
}

/**
 * Cuts the lines of `text` between `start` and `stop` into rows, counting rows on from the
 * last call: a whole file is cut in one call, a file still arriving in one call per piece.
 * The last line may lack its line end.
 */
function lineCutter(
  file: string,
  width: number,
  eol: string,
  issues: InputIssue[],
  each: (fields: readonly string[], row: number) => void,
): (text: string, start: number, stop: number) => void {
  const fields: string[] = new Array<string>(width).fill('');
  const shared = Array.from({ length: width }, () => createShared());
  let row = 0;
  return (text, start, stop) => {
    let pos = start;
    while (pos < stop) {
      let end = text.indexOf(eol, pos);
      if (end === -1 || end > stop) end = stop;
      const line = pos;
      pos = end + eol.length;
      const c = text.charCodeAt(line);
      if (end === line || ((c === 44 || c <= 32 || c > 127) && blank(text.slice(line, end))))
        continue;
      row++;
      let count = 0;
      let from = line;
      for (;;) {
        let comma = from;
        const last = count < width ? (fields[count] as string) : null;
        const after = last === null ? -1 : from + last.length;
        if (
          last !== null &&
          after <= end &&
          (after === end || text.charCodeAt(after) === 44) &&
          text.startsWith(last, from)
        ) {
          // The same text as this column's field in the row before (a region, a metric, a
          // source repeat row after row): compared at once, not walked character by character.
          comma = after;
        } else {
          // One pass over a field's characters finds its end and the hash it is shared by.
          let hash = 0;
          for (
            let c = text.charCodeAt(comma);
            comma < end && c !== 44;
            c = text.charCodeAt(++comma)
          )
            hash = (Math.imul(hash, 31) + c) | 0;
          if (count < width) fields[count] = (shared[count] as Shared)(text, from, comma, hash);
        }
        count++;
        if (comma === end) break;
        from = comma + 1;
      }
      if (count !== width) {
        issues.push({ file, row, field: '', ...issue('field-count', { count, expected: width }) });
        continue;
      }
      each(fields, row);
    }
  };
}

type Shared = (text: string, from: number, to: number, hash: number) => string;

/**
 * The text of `text` from `from` to `to`, the same string each time it repeats. It is looked
 * up by a hash of its characters (worked out as the field is cut), so a repeat makes no new
 * string at all; a column with too many different texts (an id) stops being looked up and is
 * cut as it comes.
 */
function createShared(): Shared {
  let known: Map<number, string[]> | null = new Map();
  let size = 0;
  return (text, from, to, hash) => {
    if (!known || to === from) return text.slice(from, to);
    const bucket = known.get(hash);
    if (bucket)
      for (const s of bucket) if (s.length === to - from && text.startsWith(s, from)) return s;
    const s = text.slice(from, to);
    if (++size > MAX_SHARED) known = null;
    else if (bucket) bucket.push(s);
    else known.set(hash, [s]);
    return s;
  };
}

/** Where rows go as a file is read: its header and the header's problems first, then each row. */
export interface RowSink {
  header(header: readonly string[], issues: InputIssue[]): void;
  /** A row's fields by column (the array is reused: copy what is kept) and its 1-based row. */
  row(fields: readonly string[], row: number): void;
}

/** Where a piece of a file leaves the streamed reading: the file is then read whole. */
export type StreamEnd = 'read-whole';

/**
 * A CSV read piece by piece as it arrives, into the same rows, row numbers and messages as
 * `csvRows` gives for the whole text. Only what `csvRows` cuts itself is read so (no quote
 * marks, one kind of line end): `push` or `end` answer 'read-whole' at the first sign of
 * anything else, and the caller then reads the whole file as before.
 */
export function csvStream(
  file: string,
  sink: RowSink,
): { push(piece: string): StreamEnd | null; end(): StreamEnd | null } {
  let carry = '';
  let started = false;
  let eol = '\n';
  let cut: ReturnType<typeof lineCutter> | null = null;
  const head = (text: string): boolean => {
    const headerLine = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (blank(headerLine) || headerLine.includes('\r')) return false;
    eol = headerLine.length < text.length ? '\r\n' : '\n';
    const parsed = parseCsv(headerLine, file);
    sink.header(parsed.header, parsed.issues);
    cut = lineCutter(file, parsed.header.length, eol, parsed.issues, sink.row);
    return true;
  };
  // A line end of the other kind, or a lone \r; one at the very end may be half of a \r\n.
  const mixed = (text: string, from = 0): boolean => {
    if (eol === '\n') return text.includes('\r', from);
    const other = /\r(?!\n)|(?<!\r)\n/g;
    other.lastIndex = from;
    const m = other.exec(text);
    return m !== null && !(m.index === text.length - 1 && text.endsWith('\r'));
  };
  return {
    push(piece) {
      if (piece.includes('"')) return 'read-whole';
      let text = piece;
      // Where this piece's rows start. Only a line cut in two is joined: the piece is cut where
      // it lies, since joining it to what came before copies all of it (a megabyte a piece).
      let from = 0;
      if (carry !== '' && started) {
        const firstEnd = text.indexOf('\n');
        if (firstEnd === -1) {
          carry += text;
          return null;
        }
        const line = carry + text.slice(0, firstEnd + 1);
        carry = '';
        if (mixed(line)) return 'read-whole';
        cut?.(line, 0, line.length);
        from = firstEnd + 1;
      }
      if (!started) {
        text = carry + piece;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        const firstEnd = text.indexOf('\n');
        if (firstEnd === -1) {
          carry = text;
          return null;
        }
        started = true;
        if (!head(text.slice(0, firstEnd))) return 'read-whole';
        text = text.slice(firstEnd + 1);
      }
      if (mixed(text, from)) return 'read-whole';
      const last = text.lastIndexOf(eol);
      const stop = last < from ? from : last + eol.length;
      cut?.(text, from, stop);
      carry = text.slice(stop);
      return null;
    },
    end() {
      if (!started) {
        started = true;
        const text = carry.charCodeAt(0) === 0xfeff ? carry.slice(1) : carry;
        carry = '';
        if (!head(text)) return 'read-whole';
        return null;
      }
      // What is left is the last line, without its line end: a \r here stands alone.
      if (carry.endsWith('\r') || mixed(carry)) return 'read-whole';
      cut?.(carry, 0, carry.length);
      carry = '';
      return null;
    },
  };
}

/** Papaparse's blank line when skipping them greedily: nothing but delimiters and spaces. */
function blank(line: string): boolean {
  return line.split(',').join('').trim() === '';
}

function paparseRows(text: string, file: string): CsvRows {
  const table = parseCsv(text, file);
  return {
    header: table.header,
    issues: table.issues,
    forEach(each) {
      table.records.forEach((record, i) => {
        each(
          table.header.map((h) => record[h] ?? ''),
          table.rows[i] ?? i + 1,
        );
      });
    },
  };
}
