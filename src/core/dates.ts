/**
 * Calendar days as integers. Everything runs in UTC so that a day never has
 * 23 or 25 hours and the result does not depend on where the browser is.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD; 2020-02-30 is rejected. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Date.UTC silently rolls 02-30 over into March; a round trip catches it.
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01. Throws on anything that is not a valid date, so a bad date never turns into NaN silently. */
export function toDay(iso: string): number {
  if (!isIsoDate(iso))
    throw new RangeError(`not a valid date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const y = Number(iso.slice(0, 4));
  const mo = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const fixed = y < 100 ? new Date(ms).setUTCFullYear(y) : ms;
  return Math.round(fixed / MS_PER_DAY);
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
