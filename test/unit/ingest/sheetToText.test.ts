import { describe, it, expect } from 'vitest';
import { xlsx } from '../../xlsx';
import { readSheet } from 'read-excel-file/universal';
import { cellText, sheetToText } from '../../../src/core/ingest/sheetToText';
import { analyseText } from '../../../src/core/ingest/analyseImport';

describe('cellText', () => {
  it('writes a date cell as its ISO day, whatever the local time zone', () => {
    expect(cellText(new Date(Date.UTC(2020, 2, 1)))).toBe('2020-03-01');
  });

  it('keeps numbers in full and text as typed, and leaves empty cells empty', () => {
    expect(cellText(1524)).toBe('1524');
    expect(cellText(0.9604)).toBe('0.9604');
    expect(cellText('21.4万')).toBe('21.4万');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });
});

describe('sheetToText', () => {
  it('gives tab-separated rows of one width, quoting cells with tabs, quotes or line breaks', () => {
    const text = sheetToText([
      ['地区', '日期', '复工率'],
      ['遵义市', new Date(Date.UTC(2020, 2, 1)), 0.96],
      ['a\tb'],
    ]);
    expect(text.split('\n')).toEqual([
      '地区\t日期\t复工率',
      '遵义市\t2020-03-01\t0.96',
      '"a\tb"\t\t',
    ]);
  });
});

describe('an .xlsx file', () => {
  it('is read by the spreadsheet reader and mapped like a pasted table', async () => {
    // 43891 is 2020-03-01 in Excel's day count.
    const file = xlsx([
      ['地区', '日期', '复工率'],
      ['遵义市', { date: 43891 }, '96%'],
      ['贵阳市', { date: 43891 }, 100],
    ]);
    const text = sheetToText(await readSheet(file));
    expect(text.split('\n')).toEqual([
      '地区\t日期\t复工率',
      '遵义市\t2020-03-01\t96%',
      '贵阳市\t2020-03-01\t100',
    ]);
    const a = analyseText(
      text,
      'figures.xlsx',
      { overrides: new Map() },
      {
        regions: [],
        toSimplified: (s) => s,
        universeLabel: { zh: '', en: '' },
      },
    );
    expect(a.delimiter).toBe('\t');
    expect(a.table.rows).toHaveLength(2);
  });
});
