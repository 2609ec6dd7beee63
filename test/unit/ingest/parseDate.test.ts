import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excelSerial, parseDate } from '../../../src/core/ingest/parseDate';

const day = (iso: string) => ({ kind: 'date', iso });

describe('dates as spreadsheets write them', () => {
  it('reads ISO, slashed, dotted, compact and Chinese forms of one day alike', () => {
    for (const s of [
      '2020-03-01',
      '2020/3/1',
      '2020.3.1',
      '20200301',
      '2020年3月1日',
      '２０２０年３月１日',
      '2020-03-01 00:00:00',
      '2020-03-01T08:00',
    ])
      expect(parseDate(s)).toEqual(day('2020-03-01'));
  });

  it('asks for the year of 3月1日 and uses the one supplied', () => {
    expect(parseDate('3月1日')).toEqual({ kind: 'needs_year', month: 3, day: 1 });
    expect(parseDate('3月1日', { year: 2020 })).toEqual(day('2020-03-01'));
    expect(parseDate('2月29日', { year: 2021 })).toMatchObject({
      kind: 'invalid',
      reason: 'no_such_day',
    });
  });

  it("reads Excel's serial day numbers (43891 is 2020-03-01)", () => {
    expect(parseDate('43891')).toEqual(day('2020-03-01'));
    expect(parseDate('43891.5')).toEqual(day('2020-03-01'));
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(parseDate('2020-02-30')).toMatchObject({ kind: 'invalid', reason: 'no_such_day' });
    expect(parseDate('2020-13-01')).toMatchObject({ kind: 'invalid' });
    expect(parseDate('next week')).toMatchObject({ kind: 'invalid', reason: 'not_a_date' });
    expect(parseDate('3/1/2020')).toMatchObject({ kind: 'invalid' });
    expect(parseDate('96')).toMatchObject({ kind: 'invalid' });
    expect(parseDate('')).toEqual({ kind: 'missing' });
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }),
        (s, year) => {
          expect(['date', 'missing', 'needs_year', 'invalid']).toContain(
            parseDate(s, { year }).kind,
          );
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('reads back every form it can be written in, for any day from 1930 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1930-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          for (const s of [
            iso,
            `${y}/${m}/${dd}`,
            `${y}年${m}月${dd}日`,
            iso.replace(/-/g, ''),
            String(excelSerial(iso)),
          ])
            expect(parseDate(s)).toEqual(day(iso));
          expect(parseDate(`${m}月${dd}日`, { year: y })).toEqual(day(iso));
        },
      ),
    );
  });
});
