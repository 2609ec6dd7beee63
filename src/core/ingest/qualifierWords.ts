/**
 * The words that make a figure a bound, by the qualifier rules of data/README.md, in simplified
 * and traditional characters: a file from a source in traditional script (約, 超過, 餘) keeps its
 * bounds as one in simplified script does. Words that read the same in both scripts (以上, 近,
 * 左右, 多, 突破) are listed once.
 */
import type { Qualifier } from '../types';

/** Written before the number; longest first, so 大约 is not read as 约 with a stray 大. */
export const PREFIX_WORDS: readonly (readonly [string, Qualifier])[] = [
  ['超过', 'at_least'],
  ['超過', 'at_least'],
  ['突破', 'at_least'],
  ['大约', 'about'],
  ['大約', 'about'],
  ['约', 'about'],
  ['約', 'about'],
  ['近', 'at_most'],
];

/** Written after the number (or after its 万/亿). */
export const SUFFIX_WORDS: readonly (readonly [string, Qualifier])[] = [
  ['以上', 'at_least'],
  ['左右', 'about'],
  ['多', 'at_least'],
  ['余', 'at_least'],
  ['餘', 'at_least'],
];

/**
 * What a cell of a qualifier column may hold, lower-cased: the dataset's own codes or one of
 * the words. A `Map`, so that a cell such as "constructor" is no qualifier rather than a
 * property every object has.
 */
export const QUALIFIER_CELLS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['exact', 'exact'],
  ['at_least', 'at_least'],
  ['at_most', 'at_most'],
  ['about', 'about'],
  ['精确', 'exact'],
  ['精確', 'exact'],
  ...PREFIX_WORDS,
  ...SUFFIX_WORDS,
]);
