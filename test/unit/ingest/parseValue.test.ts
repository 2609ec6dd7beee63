import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseValue } from '../../../src/core/ingest/parseValue';

const num = (value: number, qualifier = 'exact', percent = false) => ({
  kind: 'number',
  value,
  qualifier,
  percent,
});

describe('values as people write them', () => {
  it('reads thousands separators, percentages and the 万/亿 multipliers exactly', () => {
    expect(parseValue('1,524')).toEqual(num(1524));
    expect(parseValue('96%')).toEqual(num(96, 'exact', true));
    expect(parseValue('21.4万')).toEqual(num(214000));
    expect(parseValue('9.03亿')).toEqual(num(903000000));
    expect(parseValue('0.5')).toEqual(num(0.5));
    expect(parseValue('-3.2%')).toEqual(num(-3.2, 'exact', true));
  });

  it('reads full-width digits, separators and percent signs', () => {
    expect(parseValue('１，５２４')).toEqual(num(1524));
    expect(parseValue('９６．５％')).toEqual(num(96.5, 'exact', true));
  });

  it('keeps a bound a bound, by the qualifier rules of data/README.md', () => {
    expect(parseValue('60%以上')).toEqual(num(60, 'at_least', true));
    expect(parseValue('超过1000')).toEqual(num(1000, 'at_least'));
    expect(parseValue('突破1万')).toEqual(num(10000, 'at_least'));
    expect(parseValue('4000多')).toEqual(num(4000, 'at_least'));
    expect(parseValue('2万多')).toEqual(num(20000, 'at_least'));
    expect(parseValue('300余')).toEqual(num(300, 'at_least'));
    expect(parseValue('近90%')).toEqual(num(90, 'at_most', true));
    expect(parseValue('约85%')).toEqual(num(85, 'about', true));
    expect(parseValue('85%左右')).toEqual(num(85, 'about', true));
  });

  it('reads a bound written in traditional characters as the same bound', () => {
    expect(parseValue('約85%')).toEqual(num(85, 'about', true));
    expect(parseValue('大約85%')).toEqual(num(85, 'about', true));
    expect(parseValue('超過1000')).toEqual(num(1000, 'at_least'));
    expect(parseValue('300餘')).toEqual(num(300, 'at_least'));
    expect(parseValue('21.4萬')).toEqual(num(214000));
    expect(parseValue('9.03億')).toEqual(num(903000000));
    expect(parseValue('約90%以上')).toMatchObject({
      kind: 'invalid',
      reason: 'conflicting_qualifiers',
    });
  });

  it('reads the usual ways of writing "no figure" as missing, never as 0', () => {
    for (const s of ['', '  ', '—', '-', 'N/A', 'n/a', '/', '——', '无', '無', '暂无', '暫無'])
      expect(parseValue(s)).toEqual({ kind: 'missing' });
  });

  it('refuses what is not a number instead of guessing', () => {
    expect(parseValue('abc')).toMatchObject({ kind: 'invalid', reason: 'not_a_number' });
    expect(parseValue('1,52')).toMatchObject({ kind: 'invalid', reason: 'bad_grouping' });
    expect(parseValue('约90%以上')).toMatchObject({
      kind: 'invalid',
      reason: 'conflicting_qualifiers',
    });
    expect(parseValue('多')).toMatchObject({ kind: 'invalid' });
    expect(parseValue('1e5')).toMatchObject({ kind: 'invalid' });
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = parseValue(s);
        return r.kind !== 'number' || Number.isFinite(r.value);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('reads back what it wrote: numbers with 万, 亿, % and thousands separators round-trip', () => {
    const group = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('', '万', '亿', '%'),
        fc.boolean(),
        (mantissa, decimals, suffix, grouped) => {
          const scale = 10n ** BigInt(decimals);
          const intPart = mantissa / scale;
          const frac = (mantissa % scale).toString().padStart(decimals, '0');
          const text = `${grouped ? group(intPart) : intPart}${decimals ? `.${frac}` : ''}${suffix}`;
          const exponent = suffix === '万' ? 4 : suffix === '亿' ? 8 : 0;
          const expected = Number(`${mantissa}e${exponent - decimals}`);
          expect(parseValue(text)).toEqual(num(expected, 'exact', suffix === '%'));
        },
      ),
    );
  });
});
