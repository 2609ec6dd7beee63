import { describe, it, expect } from 'vitest';
import { decodeText, looksLikeHtml } from '../../src/core/decodeText';
import { en } from './englishIssues';

const CSV = 'code,name\n520100,贵阳市\n';
const utf16 = (s: string, le: boolean): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
};
// 贵阳市 in GBK, as a spreadsheet on a Chinese Windows saves it.
const GBK_NAME = [0xb9, 0xf3, 0xd1, 0xf4, 0xca, 0xd0];
const gbk = new Uint8Array([...new TextEncoder().encode('code,name\n520100,'), ...GBK_NAME, 0x0a]);

describe('decodeText', () => {
  it('reads UTF-8 without a message', () => {
    expect(decodeText(new TextEncoder().encode(CSV), 'r.csv')).toEqual({ text: CSV, issue: null });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]);
    expect(decodeText(bytes, 'r.csv').text).toBe(CSV);
  });

  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads UTF-16 %s with its byte-order mark', (_, le) => {
    expect(decodeText(utf16(CSV, le), 'r.csv').text).toBe(CSV);
  });

  it('reads a GBK file as GBK, never as �, and says so naming the file', () => {
    const r = decodeText(gbk, 'regions.csv');
    expect(r.text).toBe(CSV);
    expect(r.text).not.toContain('\uFFFD');
    expect(r.issue).toMatchObject({ file: 'regions.csv', row: 0 });
    expect(en(r.issue)).toContain('GBK');
  });

  it('names bytes that are no text it knows instead of returning garbage', () => {
    const r = decodeText(new Uint8Array([0x61, 0xff, 0xff, 0xff, 0x80]), 'x.csv');
    expect(r.text).toBeNull();
    expect(en(r.issue)).toContain('neither UTF-8 nor GBK');
  });
});

describe('looksLikeHtml', () => {
  it.each(['<!DOCTYPE html>\n<html>', '  <html lang="zh">', '<head><title>x'])(
    'recognises an index page: %s',
    (s) => expect(looksLikeHtml(s)).toBe(true),
  );
  it.each([CSV, '{"type":"FeatureCollection"}', 'html,body\n1,2'])('passes data: %s', (s) =>
    expect(looksLikeHtml(s)).toBe(false),
  );
});
