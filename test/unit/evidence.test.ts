import { describe, it, expect } from 'vitest';
import { evidenceContainsValue, numbersIn } from '../../src/core/evidence';

describe('evidenceContainsValue', () => {
  it('reads 万 and its traditional form 萬: 21.4萬 ⇔ 214000', () => {
    expect(evidenceContainsValue('返岗人数达21.4萬人', 214000)).toBe(true);
    expect(evidenceContainsValue('返岗21.4万人', 214000)).toBe(true);
    expect(evidenceContainsValue('10.9万', 109000)).toBe(true);
  });

  it('a rounded phrase does not prove an unrounded value: 10.9万 is not 109431', () => {
    expect(evidenceContainsValue('10.9万', 109431)).toBe(false);
  });

  it('reads the figure as written, too, when the unit is 万', () => {
    expect(evidenceContainsValue('34.8511万人', 348511)).toBe(true);
    expect(evidenceContainsValue('34.8511万人', 34.8511, '万人')).toBe(true);
    expect(evidenceContainsValue('348511人', 34.8511, '万人')).toBe(true);
  });

  it('reads 亿/億 and 万亿', () => {
    expect(evidenceContainsValue('营收1.2亿元', 120000000)).toBe(true);
    expect(evidenceContainsValue('營收1.2億元', 120000000)).toBe(true);
    expect(evidenceContainsValue('营收1.2亿元', 1.2, '亿元')).toBe(true);
    expect(evidenceContainsValue('1.5万亿元', 1.5e12)).toBe(true);
  });

  it('reads thousands separators: 1,151', () => {
    expect(evidenceContainsValue('已复工1,151家', 1151)).toBe(true);
    expect(evidenceContainsValue('共12,345,678人', 12345678)).toBe(true);
  });

  it('reads percentages and decimals: 45.6%, 45.6 percent', () => {
    expect(evidenceContainsValue('复工率为45.6%', 45.6)).toBe(true);
    expect(evidenceContainsValue('a rate of 45.6 percent', 45.6)).toBe(true);
    expect(evidenceContainsValue('复工率达96%以上', 96)).toBe(true);
  });

  it('reads full-width digits', () => {
    expect(evidenceContainsValue('复工率９６．５％', 96.5)).toBe(true);
  });

  it('reads 成 as tens of percent: 九成 and 8成', () => {
    expect(evidenceContainsValue('复工率超过九成', 90)).toBe(true);
    expect(evidenceContainsValue('复工率超过8成', 80)).toBe(true);
  });

  it('reads English million and thousand', () => {
    expect(evidenceContainsValue('2.1 million workers returned', 2100000)).toBe(true);
  });

  it('a figure that is not in the phrase is not found', () => {
    expect(evidenceContainsValue('复工率为45.6%', 45)).toBe(false);
    expect(evidenceContainsValue('复工率为45.6%', 46.5)).toBe(false);
    expect(evidenceContainsValue('已复工1,151家', 151)).toBe(false);
  });

  it('a day, month or year in the phrase is not taken for the figure', () => {
    expect(evidenceContainsValue('截至3月1日复工率为90%', 3)).toBe(false);
    expect(evidenceContainsValue('截至3月1日复工率为90%', 1)).toBe(false);
    expect(evidenceContainsValue('2020年复工', 2020)).toBe(false);
  });

  it('a dash between two numbers is a range, not a minus', () => {
    expect(evidenceContainsValue('复工率80-90%', 90)).toBe(true);
    expect(evidenceContainsValue('增速为-5.2%', -5.2)).toBe(true);
  });

  it('a full-width comma separates clauses, not thousands', () => {
    expect(evidenceContainsValue('复工434家，445家', 434445)).toBe(false);
    expect(evidenceContainsValue('复工434家，445家', 445)).toBe(true);
  });

  it('NaN is never in any phrase', () => {
    expect(evidenceContainsValue('NaN', NaN)).toBe(false);
  });
});

describe('numbersIn', () => {
  it('lists each figure as written and multiplied', () => {
    expect(numbersIn('452家企业中有434家，占96%，返岗2.5万人')).toEqual([452, 434, 96, 2.5, 25000]);
  });
});
