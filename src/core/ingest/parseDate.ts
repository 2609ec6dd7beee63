/**
 * A day as spreadsheets from Chinese offices write it: `2020-03-01`, `2020/3/1`, `2020.3.1`,
 * `20200301`, `2020年3月1日`, `3月1日` (the year supplied by the user, since the file does not
 * say it), and Excel's serial day numbers when a date cell is exported as a number. Anything
 * else is refused with a reason: a day is never guessed.
 */
import { toHalfWidth } from './toHalfWidth';

export type ParsedDate =
  | { kind: 'date'; iso: string }
  | { kind: 'missing' }
  | { kind: 'needs_year'; month: number; day: number }
  | { kind: 'invalid'; reason: 'not_a_date' | 'no_such_day' };

export interface DateOptions {
  /** The year for dates written without one (`3月1日`). */
  year?: number;
}

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YMD_CJK = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const MD_CJK = /^(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
// Excel counts from 1899-12-30 once past its phantom 1900-02-29; serials below 10000 (before
// 1927) are far more likely counts than days, so they are not read as dates.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function parseDate(raw: string, options: DateOptions = {}): ParsedDate {
  const s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (s === '' || s === '-' || s === '—' || s.toLowerCase() === 'n/a') return { kind: 'missing' };
  // A timestamp's time of day is dropped: the map works in days.
  const dayPart = s.replace(/[T ]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '');
  const m = YMD.exec(dayPart) ?? YMD_CJK.exec(dayPart) ?? COMPACT.exec(dayPart);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  const md = MD_CJK.exec(dayPart);
  if (md) {
    const month = Number(md[1]);
    const day = Number(md[2]);
    if (options.year === undefined) {
      if (!validDay(2000, month, day)) return { kind: 'invalid', reason: 'no_such_day' };
      return { kind: 'needs_year', month, day };
    }
    return ymd(options.year, month, day);
  }
  if (SERIAL.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial >= 10_000 && serial <= 2_958_465) {
      return {
        kind: 'date',
        iso: new Date(EXCEL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10),
      };
    }
  }
  return { kind: 'invalid', reason: 'not_a_date' };
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function ymd(year: number, month: number, day: number): ParsedDate {
  if (year < 1000 || !validDay(year, month, day)) return { kind: 'invalid', reason: 'no_such_day' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** The Excel serial number of an ISO day (for tests and for writing files Excel reads back). */
export function excelSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / DAY_MS);
}
