import { describe, expect, it } from 'vitest';
import {
  countReplacements,
  decodeBytes,
  detectEncoding,
} from '../../../src/core/ingest/decodeBytes';
import { detectDelimiter } from '../../../src/core/ingest/detectDelimiter';
import { readTable } from '../../../src/core/ingest/readTable';
import { dateColumns, detectLayout, reshapeWide } from '../../../src/core/ingest/reshapeWide';
import { mapColumns } from '../../../src/core/ingest/mapColumns';

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
// 地区,复工率\n贵阳市,96%\n in GB18030, as Excel in China saves "CSV".
const GBK = hex('b5d8c7f82cb8b4b9a4c2ca0a' + 'b9f3d1f4cad02c3936250a');

describe('encodings as files arrive from Chinese offices', () => {
  it('takes a byte-order mark at its word: UTF-8, UTF-16 LE and BE', () => {
    expect(detectEncoding(hex('efbbbf41'))).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(hex('fffe4100'))).toMatchObject({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(hex('feff0041'))).toMatchObject({ encoding: 'utf-16be', bom: true });
  });

  it('reads UTF-8 without a mark as UTF-8, and bytes that are not UTF-8 as GB18030', () => {
    expect(detectEncoding(new TextEncoder().encode('地区,复工率\n贵阳市,96%'))).toMatchObject({
      encoding: 'utf-8',
      bom: false,
    });
    const guess = detectEncoding(GBK);
    expect(guess).toEqual({ encoding: 'gb18030', bom: false, why: 'not_utf8' });
    expect(decodeBytes(GBK, guess.encoding)).toBe('地区,复工率\n贵阳市,96%\n');
  });

  it('recognises UTF-16 without a mark by its zero bytes', () => {
    const le = new Uint8Array([...'a,b\n1,2\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(detectEncoding(le).encoding).toBe('utf-16le');
    expect(decodeBytes(le, 'utf-16le')).toBe('a,b\n1,2\n');
  });

  it('drops the mark when decoding and counts what a wrong choice could not decode', () => {
    expect(decodeBytes(hex('efbbbf41'), 'utf-8')).toBe('A');
    expect(countReplacements(decodeBytes(GBK, 'utf-8'))).toBeGreaterThan(0);
  });
});

describe('delimiters and layouts', () => {
  it('finds comma, semicolon and tab by consistent field counts, ignoring commas inside quotes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n4,5,6').delimiter).toBe(',');
    expect(detectDelimiter('a;b\n"1,5";2\n3;4').delimiter).toBe(';');
    expect(detectDelimiter('地区\t日期\t复工率\n贵阳\t2020-03-01\t1,524').delimiter).toBe('\t');
  });

  it('numbers rows as a spreadsheet does and pads short rows with empty cells', () => {
    const t = readTable('\n地区,值\n贵阳,1\n\n遵义\n', ',');
    expect(t.header).toEqual(['地区', '值']);
    expect(t.rows).toEqual([
      ['贵阳', '1'],
      ['遵义', ''],
    ]);
    expect(t.refs.map((r) => r.row)).toEqual([3, 5]);
  });

  it('calls a table wide when two or more header cells are days, and reshapes it keeping each cell’s row and column', () => {
    const t = readTable('地区,2020-03-01,3月2日\n贵阳,90%,95%\n遵义,—,80%', ',');
    expect(detectLayout(t.header)).toBe('wide');
    expect(detectLayout(['地区', '日期', '值'])).toBe('long');
    const long = reshapeWide(t, dateColumns(t.header));
    expect(long.header).toEqual(['地区', 'date', 'value']);
    expect(long.rows).toEqual([
      ['贵阳', '2020-03-01', '90%'],
      ['贵阳', '3月2日', '95%'],
      ['遵义', '2020-03-01', '—'],
      ['遵义', '3月2日', '80%'],
    ]);
    expect(long.refs[3]).toEqual({ row: 3, column: '3月2日' });
  });
});

describe('column mapping', () => {
  const names = new Set(['贵阳市', '遵义市']);
  const isName = (s: string) => names.has(s);

  it('places each column by its header and its cells, and says how sure it is and why', () => {
    const t = readTable(
      '区划代码,地区,日期,复工率,来源\n520100,贵阳市,2020/3/1,96%,x\n520300,遵义市,2020/3/2,"1,524",y',
      ',',
    );
    const g = mapColumns(t, isName);
    expect(g.map((c) => c.role)).toEqual(['region_code', 'region_name', 'date', 'value', 'source']);
    expect(g[0]).toMatchObject({ confidence: 'high', why: 'header_and_content' });
    expect(g[4]).toMatchObject({ confidence: 'medium', why: 'header' });
  });

  it('finds roles from the cells alone when the header says nothing, and leaves the rest ignored', () => {
    const t = readTable('a,b,c,d\n贵阳市,2020-03-01,96%,备注\n遵义市,2020-03-02,90%,备注', ',');
    expect(mapColumns(t, isName).map((c) => [c.role, c.why])).toEqual([
      ['region_name', 'content'],
      ['date', 'content'],
      ['value', 'content'],
      ['ignore', 'none'],
    ]);
  });

  it('gives each role to one column only', () => {
    const t = readTable('值,数值\n1,2\n3,4', ',');
    expect(mapColumns(t, isName).map((c) => c.role)).toEqual(['value', 'ignore']);
  });
});
