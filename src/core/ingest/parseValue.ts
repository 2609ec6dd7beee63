/**
 * A figure as people type it into a spreadsheet: `1,524`, `96%`, `21.4万`, `9.03亿`, full-width
 * digits, and the wording that makes it a bound (`60%以上`, `超过`, `近`, `约`, `左右`, `4000多`),
 * in simplified or traditional characters (qualifierWords.ts).
 * The qualifier rules are those of data/README.md; anything else that is not a plain number is
 * refused with a reason rather than guessed, and the usual ways of writing "no figure" are
 * recognised as missing so that an unknown stays unknown instead of becoming 0.
 */
import type { Qualifier } from '../types';
import { PREFIX_WORDS, SUFFIX_WORDS } from './qualifierWords';
import { toHalfWidth } from './toHalfWidth';

export type ParsedValue =
  | { kind: 'number'; value: number; qualifier: Qualifier; percent: boolean }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: InvalidValueReason };

export type InvalidValueReason = 'not_a_number' | 'bad_grouping' | 'conflicting_qualifiers';

const MISSING = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '–',
  '/',
  'n/a',
  'na',
  '#n/a',
  'null',
  '无',
  '無',
  '暂无',
  '暫無',
  '…',
  '...',
]);

// Traditional forms too: a figure from a source in traditional script keeps its size.
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['万', 4],
  ['萬', 4],
  ['亿', 8],
  ['億', 8],
]);
const NUMBER = /^([+-]?)(\d+(?:,\d+)*)?(?:\.(\d+))?$/;

export function parseValue(raw: string): ParsedValue {
  let s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };

  const qualifiers = new Set<Qualifier>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [word, q] of PREFIX_WORDS)
      if (s.startsWith(word)) {
        s = s.slice(word.length);
        qualifiers.add(q);
        changed = true;
      }
    for (const [word, q] of SUFFIX_WORDS)
      if (s.endsWith(word)) {
        s = s.slice(0, -word.length);
        qualifiers.add(q);
        changed = true;
      }
  }
  if (qualifiers.size > 1) return { kind: 'invalid', reason: 'conflicting_qualifiers' };

  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  let exponent = 0;
  for (let shift = MULTIPLIERS.get(s.slice(-1)); shift !== undefined;) {
    exponent += shift;
    s = s.slice(0, -1);
    shift = MULTIPLIERS.get(s.slice(-1));
  }
  // 4000多 and 2万多: the 多 may sit after the multiplier as well.
  const m = NUMBER.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined))
    return { kind: 'invalid', reason: 'not_a_number' };
  const intPart = m[2] ?? '0';
  if (intPart.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(intPart))
    return { kind: 'invalid', reason: 'bad_grouping' };
  const value = shiftDecimal(`${m[1] ?? ''}${intPart.replace(/,/g, '')}`, m[3] ?? '', exponent);
  const qualifier: Qualifier = [...qualifiers][0] ?? 'exact';
  return { kind: 'number', value, qualifier, percent };
}

/** `21.4` × 10⁴ by moving the decimal point in the text, so 21.4万 is 214000 and not 214000.00000000003. */
function shiftDecimal(intDigits: string, fraction: string, exponent: number): number {
  const moved = fraction.slice(0, exponent).padEnd(exponent, '0');
  const rest = fraction.slice(exponent);
  return Number(`${intDigits}${moved}${rest ? `.${rest}` : ''}`);
}
