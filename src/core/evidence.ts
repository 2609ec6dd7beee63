/**
 * Does the quoted phrase actually say the number in the data? The data check
 * runs this on every observation without a derivation, so a value typed wrong
 * or copied from the wrong sentence is caught. Sources write the same figure
 * many ways: 21.4萬, 214,000, 34.8511万人, 45.6%, 45.6 percent, 九成.
 */

// Longest first, so 万亿 is not read as 万.
const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['百万', 1e6],
  ['百萬', 1e6],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
  ['千', 1e3],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['成', 10],
];

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

// A number followed by one of these is a date or a time, not a figure.
const DATE_WORDS = /^(?:年|月|日|号|號|时|時)/;

const NUMBER = /[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;

/** Every figure the phrase states, each both as written and multiplied by its 万/亿/成. */
export function numbersIn(evidence: string): number[] {
  // Full-width digits and points only; the full-width comma separates clauses.
  const text = evidence.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10),
  );
  const found: number[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const after = text.slice(start + m[0].length).replace(/^\s+/, '');
    if (DATE_WORDS.test(after)) continue;
    // In 80-90% or 2020-03-01 the dash joins two numbers; it is not a minus.
    const joined = /\d$/.test(text.slice(0, start));
    const digits = m[0].replace(/,/g, '').replace('−', '-');
    const n = Number(joined ? digits.replace(/^-/, '') : digits);
    if (!Number.isFinite(n)) continue;
    found.push(n);
    const mult = MULTIPLIERS.find(([word]) => after.startsWith(word));
    if (mult) found.push(n * mult[1]);
  }
  // 九成 = 90%: the one Chinese-numeral form common in these reports.
  for (const m of text.matchAll(/([零一二两兩三四五六七八九十])成/g)) {
    const d = CHINESE_DIGITS[m[1] ?? ''];
    if (d !== undefined) found.push(d * 10);
  }
  return found;
}

function unitFactor(unit: string | undefined): number {
  if (!unit) return 1;
  if (unit.startsWith('万亿')) return 1e12;
  if (unit.startsWith('亿') || unit.startsWith('億')) return 1e8;
  if (unit.startsWith('万') || unit.startsWith('萬')) return 1e4;
  return 1;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * True when the phrase states `value` exactly (no rounding: 10.9万 is 109000,
 * not 109431). With a unit like 万人 the value 34.8511 also matches 348511.
 */
export function evidenceContainsValue(evidence: string, value: number, unit?: string): boolean {
  if (!Number.isFinite(value)) return false;
  const factor = unitFactor(unit);
  const wanted = factor === 1 ? [value] : [value, value * factor];
  return numbersIn(evidence).some((n) => wanted.some((w) => same(n, w)));
}
