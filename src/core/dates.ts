/**
 * Calendar days as integers. Everything runs in UTC so that a day never has
 * 23 or 25 hours and the result does not depend on where the browser is.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD; 2020-02-30 is rejected. */
export function isIsoDate(s: string): boolean {
  return !Number.isNaN(dayOf(s));
}

/** Days since 1970-01-01. Throws on anything that is not a valid date, so a bad date never turns into NaN silently. */
export function toDay(iso: string): number {
  const day = dayOf(iso);
  if (Number.isNaN(day))
    throw new RangeError(`not a valid date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return day;
}

// A dataset names its few hundred days millions of times (one per figure): each is worked
// out once. The bound keeps a stream of odd texts from growing the table without end.
const known = new Map<string, number>();
const KNOWN_LIMIT = 65_536;

/** Days since 1970-01-01 of a real calendar day written YYYY-MM-DD; NaN for anything else. */
export function dayOf(s: string): number {
  if (s.length !== 10) return NaN;
  let day = known.get(s);
  if (day === undefined) {
    day = workOutDay(s);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(s, day);
  }
  return day;
}

function workOutDay(s: string): number {
  const m = ISO_DATE.exec(s);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return NaN;
  // Date.UTC silently rolls 02-30 over into March; a round trip catches it.
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return NaN;
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function fromDay(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole day number: ${n}`);
  const t = new Date(n * MS_PER_DAY);
  const y = t.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`day ${n} is outside years 0000–9999`);
  const mm = String(t.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(t.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${mm}-${dd}`;
}

export function addDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n);
}

/** Whole days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return toDay(b) - toDay(a);
}
