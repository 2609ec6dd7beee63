import { describe, it, expect } from 'vitest';
import { addDays, daysBetween, fromDay, isIsoDate, toDay } from '../../src/core/dates';

describe('dates', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('1969-12-31')).toBe(-1);
    expect(toDay('2020-03-01')).toBe(18322);
  });

  it('turns a day number back into the same ISO date', () => {
    for (const iso of ['2020-01-01', '2020-02-29', '2020-12-31', '2022-10-15', '1999-12-31']) {
      expect(fromDay(toDay(iso))).toBe(iso);
    }
  });

  it('accepts real calendar days only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2020-02-30')).toBe(false);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-04-31')).toBe(false);
    expect(isIsoDate('2020-13-01')).toBe(false);
    expect(isIsoDate('2020-00-10')).toBe(false);
    expect(isIsoDate('2020-01-00')).toBe(false);
  });

  it('accepts only the YYYY-MM-DD spelling', () => {
    expect(isIsoDate('2020-3-1')).toBe(false);
    expect(isIsoDate('2020/03/01')).toBe(false);
    expect(isIsoDate('2020-03-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2020-03-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('refuses to turn an invalid date into a number', () => {
    expect(() => toDay('2020-02-30')).toThrow(RangeError);
    expect(() => toDay('soon')).toThrow(/not a valid date/);
  });

  it('adds days across month, leap-day and year ends', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-29', 1)).toBe('2020-03-01');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2020-03-01', 0)).toBe('2020-03-01');
  });

  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2020-02-01', '2020-03-01')).toBe(29);
    expect(daysBetween('2020-03-01', '2020-02-01')).toBe(-29);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
  });

  it('does not depend on the local time zone (no 23- or 25-hour days)', () => {
    // 2020-03-08 is a DST change in many zones; UTC arithmetic ignores it.
    expect(daysBetween('2020-03-07', '2020-03-09')).toBe(2);
    expect(daysBetween('2020-10-31', '2020-11-02')).toBe(2);
  });

  it('refuses fractional day numbers', () => {
    expect(() => fromDay(1.5)).toThrow(RangeError);
  });
});
