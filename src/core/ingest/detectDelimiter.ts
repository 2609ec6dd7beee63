/**
 * Which of `,` `;` and tab separates the fields. The delimiter is the one that splits the first
 * lines into the same number (more than one) of fields most consistently; quoted fields are
 * skipped so a comma inside "1,524" does not count. A paste from a spreadsheet is tab-separated.
 */
export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';'];

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Fields per line with that delimiter (the most common count in the sample). */
  fields: number;
  /** Share of sampled lines that have exactly `fields` fields. */
  consistency: number;
}

export function detectDelimiter(text: string, sampleLines = 50): DelimiterGuess {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, sampleLines);
  let best: DelimiterGuess = { delimiter: ',', fields: 1, consistency: 0 };
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countFields(l, d));
    const tally = new Map<number, number>();
    for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [c, n] of tally)
      if (c > 1 && (n > modeCount || (n === modeCount && c > mode))) [mode, modeCount] = [c, n];
    const consistency = lines.length === 0 ? 0 : modeCount / lines.length;
    if (mode > 1 && consistency > best.consistency)
      best = { delimiter: d, fields: mode, consistency };
  }
  return best;
}

function countFields(line: string, d: string): number {
  let n = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n += 1;
  }
  return n;
}
