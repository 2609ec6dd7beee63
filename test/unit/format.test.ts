import { describe, it, expect } from 'vitest';
import {
  UNKNOWN,
  formatAge,
  formatDate,
  formatNumber,
  formatSource,
  formatValue,
} from '../../src/core/format';

describe('formatNumber in Chinese', () => {
  it('uses 万 from ten thousand: 109431 → 10.9万', () => {
    expect(formatNumber(109431, 'zh')).toBe('10.9万');
    expect(formatNumber(214000, 'zh')).toBe('21.4万');
    expect(formatNumber(450000, 'zh')).toBe('45万');
    expect(formatNumber(21400, 'zh')).toBe('2.14万');
    expect(formatNumber(11510000, 'zh')).toBe('1151万');
  });

  it('writes numbers under 万 plainly, without separators', () => {
    expect(formatNumber(1330, 'zh')).toBe('1330');
    expect(formatNumber(9999, 'zh')).toBe('9999');
    expect(formatNumber(45.6, 'zh')).toBe('45.6');
  });

  it('uses 亿 from a hundred million', () => {
    expect(formatNumber(125000000, 'zh')).toBe('1.25亿');
    expect(formatNumber(3.2e9, 'zh')).toBe('32亿');
  });

  it('appends the unit and reads 万/亿 units as multipliers', () => {
    expect(formatNumber(450000, 'zh', '人')).toBe('45万人');
    expect(formatNumber(45, 'zh', '万人')).toBe('45万人');
    expect(formatNumber(12.5, 'zh', '亿元')).toBe('12.5亿元');
    expect(formatNumber(1330, 'zh', '家')).toBe('1330家');
    expect(formatNumber(96, 'zh', '%')).toBe('96%');
  });
});

describe('formatNumber in English', () => {
  it('uses thousands separators: 109431 → 109,431', () => {
    expect(formatNumber(109431, 'en')).toBe('109,431');
    expect(formatNumber(1330, 'en')).toBe('1,330');
  });

  it('drops counting words, which the metric label already gives', () => {
    expect(formatNumber(450000, 'en', '人')).toBe('450,000');
    expect(formatNumber(45, 'en', '万人')).toBe('450,000');
    expect(formatNumber(1330, 'en', '家')).toBe('1,330');
  });

  it('writes yuan amounts in millions and billions', () => {
    expect(formatNumber(12.5, 'en', '亿元')).toBe('CNY 1.25 bn');
    expect(formatNumber(350, 'en', '万元')).toBe('CNY 3.5 m');
    expect(formatNumber(5000, 'en', '元')).toBe('CNY 5,000');
  });

  it('multiplies compound units and keeps the measure', () => {
    expect(formatNumber(1.2, 'en', '亿千瓦时')).toBe('120,000,000 kWh');
    expect(formatNumber(1.2, 'zh', '亿千瓦时')).toBe('1.2亿千瓦时');
    expect(formatNumber(300, 'en', '万吨/年')).toBe('3,000,000 t/yr');
  });

  it('keeps percent signs and up to two decimals', () => {
    expect(formatNumber(96.55, 'en', '%')).toBe('96.55%');
    expect(formatNumber(99.999, 'en', '%')).toBe('100%');
  });
});

describe('formatNumber: unknown', () => {
  it('an unknown number is a dash, never 0', () => {
    expect(formatNumber(NaN, 'zh')).toBe(UNKNOWN);
    expect(formatNumber(Infinity, 'en')).toBe(UNKNOWN);
  });
});

describe('formatValue', () => {
  it('a bound keeps its sign: ≥60%, ≤…', () => {
    expect(formatValue(60, 'at_least', '%', 'zh')).toBe('≥60%');
    expect(formatValue(60, 'at_least', '%', 'en')).toBe('≥60%');
    expect(formatValue(5, 'at_most', '%', 'zh')).toBe('≤5%');
  });

  it('an approximate figure says so: ≈45万人 / ≈450,000', () => {
    expect(formatValue(450000, 'about', '人', 'zh')).toBe('≈45万人');
    expect(formatValue(450000, 'about', '人', 'en')).toBe('≈450,000');
  });

  it('an exact figure has no sign', () => {
    expect(formatValue(96.5, 'exact', '%', 'zh')).toBe('96.5%');
  });

  it('an unknown value is a dash without a qualifier', () => {
    expect(formatValue(NaN, 'at_least', '%', 'zh')).toBe(UNKNOWN);
  });
});

describe('formatDate', () => {
  it('writes 2020年3月1日 and 1 Mar 2020', () => {
    expect(formatDate('2020-03-01', 'zh')).toBe('2020年3月1日');
    expect(formatDate('2020-03-01', 'en')).toBe('1 Mar 2020');
    expect(formatDate('2020-12-31', 'en')).toBe('31 Dec 2020');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatDate('', 'zh')).toBe('');
    expect(formatDate('2020-02-30', 'en')).toBe('2020-02-30');
  });
});

describe('formatAge', () => {
  it('says how many days before the day shown', () => {
    expect(formatAge(0, 'zh')).toBe('当天');
    expect(formatAge(3, 'zh')).toBe('3天前');
    expect(formatAge(0, 'en')).toBe('same day');
    expect(formatAge(1, 'en')).toBe('1 day earlier');
    expect(formatAge(12, 'en')).toBe('12 days earlier');
  });

  it('an impossible age is unknown', () => {
    expect(formatAge(-1, 'en')).toBe(UNKNOWN);
    expect(formatAge(NaN, 'zh')).toBe(UNKNOWN);
  });
});

describe('formatSource', () => {
  const src = {
    id: 's1',
    title: '贵州规上工业企业全面实现复工复产',
    publisher: '贵州日报',
    published: '2020-03-01',
    url: '',
    script: 'simplified',
    external: false,
    notes: '',
  } as const;

  it('cites publisher《title》 and the publication date', () => {
    expect(formatSource(src, 's1')).toBe('贵州日报《贵州规上工业企业全面实现复工复产》 2020-03-01');
  });

  it('leaves out a date that is not known, and falls back to the id for an unknown source', () => {
    expect(formatSource({ ...src, published: '' }, 's1')).toBe(
      '贵州日报《贵州规上工业企业全面实现复工复产》',
    );
    expect(formatSource(undefined, 's9')).toBe('s9');
  });
});
