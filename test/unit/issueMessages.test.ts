import { describe, it, expect } from 'vitest';
import { ISSUE_CODES, issue, issueText, type IssueMessage } from '../../src/core/issueMessages';
import { formatIssue } from '../../src/core/formatIssue';
import { noteLines } from '../../src/core/noteLines';
import { parseObservations, COLUMNS } from '../../src/core/parseDataset';
import { checkBoundaries } from '../../src/core/geojsonCheck';
import { parseCsv } from '../../src/core/csv';
import { decodeText } from '../../src/core/decodeText';
import type { InputIssue } from '../../src/core/types';
import { csv } from './make';

/** One message of every code, with parameters of the right shape. */
const SAMPLES: Record<string, IssueMessage> = {
  'file-not-found': issue('file-not-found', {}),
  'bad-utf8-bom': issue('bad-utf8-bom', {}),
  'bad-utf16-bom': issue('bad-utf16-bom', { encoding: 'UTF-16LE' }),
  'read-as-gbk': issue('read-as-gbk', {}),
  'unknown-encoding': issue('unknown-encoding', {}),
  'data-folder-refused': issue('data-folder-refused', { text: 'https://evil.example/' }),
  'not-json': issue('not-json', { text: 'Unexpected token <' }),
  'not-parquet': issue('not-parquet', { text: 'parquet file invalid' }),
  'empty-file': issue('empty-file', {}),
  'repeated-column': issue('repeated-column', {}),
  'unnamed-column': issue('unnamed-column', {}),
  'csv-error': issue('csv-error', { text: 'Unable to auto-detect delimiting character' }),
  'field-count': issue('field-count', { count: 2, expected: 3 }),
  'bad-quoting': issue('bad-quoting', {}),
  'missing-column': issue('missing-column', {}),
  'unknown-column': issue('unknown-column', { file: 'x.csv', expected: 'a,b' }),
  empty: issue('empty', {}),
  'empty-number': issue('empty-number', {}),
  'not-plain-number': issue('not-plain-number', { text: '1,000' }),
  'not-finite': issue('not-finite', { text: '1e999' }),
  'below-min': issue('below-min', { text: '-1', min: 0 }),
  'not-above-min': issue('not-above-min', { text: '0', min: 0 }),
  'above-max': issue('above-max', { text: '91', max: 90 }),
  'not-one-of': issue('not-one-of', { text: '>=', allowed: 'exact, at_least' }),
  'bad-date': issue('bad-date', { text: '2020-02-30' }),
  'date-out-of-range': issue('date-out-of-range', {
    date: '9999-12-31',
    earliest: '2000-01-01',
    latest: '2100-12-31',
  }),
  'before-timeline': issue('before-timeline', { date: '2001-01-01', first: '2010-01-01', days: 9 }),
  'value-not-finite': issue('value-not-finite', { value: NaN }),
  'value-out-of-range': issue('value-out-of-range', {
    value: 120,
    min: 0,
    max: 100,
    kind: 'share',
    metric: 'work_rate',
  }),
  'bad-region-code': issue('bad-region-code', { text: '52 01' }),
  'bad-url': issue('bad-url', { text: 'javascript:x' }),
  'bad-id': issue('bad-id', { text: 'a b' }),
  'not-lower-case-id': issue('not-lower-case-id', { text: 'Firms' }),
  'unknown-code': issue('unknown-code', { text: '999999', file: 'regions.csv' }),
  'unknown-id': issue('unknown-id', { text: 's9', file: 'sources.csv' }),
  'repeated-key': issue('repeated-key', { text: 'o1', field: 'id', first: 2 }),
  'unit-differs': issue('unit-differs', { unit: 'pct', metric: 'work_rate', metricUnit: '%' }),
  'latest-without-bound': issue('latest-without-bound', { basis: 'stated' }),
  'latest-before-earliest': issue('latest-before-earliest', {
    latest: '2020-01-01',
    earliest: '2020-02-01',
  }),
  'wins-over-itself': issue('wins-over-itself', { text: 'o1' }),
  'not-same-cell': issue('not-same-cell', { over: 'o1', shown: 'o2' }),
  'already-loses': issue('already-loses', { text: 'o1' }),
  'unresolved-conflict': issue('unresolved-conflict', {
    figures: [
      { id: 'o1', row: 1 },
      { id: 'o2', row: 5 },
    ],
    file: 'precedence.csv',
  }),
  'not-feature-collection': issue('not-feature-collection', { what: 'array' }),
  'wrong-shape': issue('wrong-shape', { shape: 'null', expected: 'geometry' }),
  'not-polygon': issue('not-polygon', { text: '"Point"' }),
  'lacks-code-name': issue('lacks-code-name', {}),
  'not-position': issue('not-position', { text: '[1]' }),
  'position-not-finite': issue('position-not-finite', { text: '[null,1]' }),
  'longitude-out-of-range': issue('longitude-out-of-range', { value: 200 }),
  'latitude-out-of-range': issue('latitude-out-of-range', { value: 1e308 }),
};

const HAN = /\p{Script=Han}/u;
const at = (m: IssueMessage, row = 12, field = 'value'): InputIssue => ({
  file: 'observations.csv',
  row,
  field,
  ...m,
});

describe('data messages in two languages', () => {
  it('the samples cover every message code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it.each(ISSUE_CODES)('%s has an English and a Chinese text, and they differ', (code) => {
    const m = SAMPLES[code]!;
    const en = issueText(m, 'en');
    const zh = issueText(m, 'zh');
    expect(en).not.toBe('');
    expect(en).not.toMatch(HAN);
    expect(zh).toMatch(HAN);
    expect(zh).not.toBe(en);
    expect(en).not.toContain('undefined');
    expect(zh).not.toContain('undefined');
  });

  it('a Chinese message names file, row and field', () => {
    expect(formatIssue(at(issue('above-max', { text: '120', max: 100 })), 'zh')).toBe(
      'observations.csv 第 12 行，字段 “value”：120 大于 100',
    );
  });

  it('a Chinese message about a whole file or header leaves out what it has not', () => {
    const file = { file: 'events.csv', row: 0, field: '', ...issue('file-not-found', {}) };
    expect(formatIssue(file, 'zh')).toBe('events.csv：找不到文件');
    const header = { file: 'x.csv', row: 0, field: 'evidence', ...issue('missing-column', {}) };
    expect(formatIssue(header, 'zh')).toBe('x.csv，字段 “evidence”：表头缺少这一列');
  });

  it('the English message keeps the words it always had', () => {
    expect(formatIssue(at(issue('bad-date', { text: '2020-02-30' }), 12, 'date'), 'en')).toBe(
      'observations.csv row 12, field "date": "2020-02-30" is not a valid date (YYYY-MM-DD)',
    );
  });

  it('values copied from the data appear unchanged in both languages', () => {
    const m = issue('not-one-of', { text: '以上', allowed: 'exact, at_least' });
    for (const lang of ['zh', 'en'] as const) {
      expect(issueText(m, lang)).toContain('"以上"');
      expect(issueText(m, lang)).toContain('exact, at_least');
    }
  });
});

describe('the readers give codes that word themselves in Chinese', () => {
  const observations = (value: string) => {
    const row = COLUMNS.observations.map((c) =>
      c === 'value' ? value : c === 'date' ? '2020-02-30' : '',
    );
    return parseObservations(csv([...COLUMNS.observations], [row]), 'observations.csv');
  };

  it('a bad date and an unreadable number in one row are both named in Chinese', () => {
    const lines = observations('1,000').issues.map((i) => formatIssue(i, 'zh'));
    expect(lines).toContain(
      'observations.csv 第 1 行，字段 “date”："2020-02-30" 不是有效日期（YYYY-MM-DD）',
    );
    expect(lines).toContain(
      'observations.csv 第 1 行，字段 “value”："1,000" 不是纯数字（不能带分隔符、单位或文字）',
    );
  });

  it('broken CSV quoting, bad GeoJSON and a GBK file are worded in Chinese', () => {
    const quoting = parseCsv('a,b\n"1,2\n3,4\n', 'x.csv').issues;
    expect(formatIssue(quoting[0]!, 'zh')).toMatch(/^x\.csv 第 1 行：引号没有闭合/);
    const geo = checkBoundaries({ type: 'FeatureCollection', features: [null] }, 'b.geojson');
    expect(formatIssue(geo.issues[0]!, 'zh')).toBe(
      'b.geojson，字段 “feature 0: feature”：是空值（null），不是要素（Feature）',
    );
    const gbk = decodeText(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), 'r.csv').issue;
    expect(formatIssue(gbk!, 'zh')).toContain('GBK');
    expect(formatIssue(gbk!, 'zh')).toMatch(HAN);
  });
});

describe('the notes above the map', () => {
  const problems = [{ param: 'date', value: '2020-13-45', reason: 'malformed' as const }];
  const issues = [at(issue('above-max', { text: '120', max: 100 }))];

  it('are worded again in the language switched to', () => {
    const lines = noteLines(problems, issues);
    expect(lines('en')).toEqual([
      'date: "2020-13-45" is not well-formed; using the default',
      'observations.csv row 12, field "value": 120 is above 100',
    ]);
    expect(lines('zh')).toEqual([
      'date：“2020-13-45” 格式不对；改用默认值',
      'observations.csv 第 12 行，字段 “value”：120 大于 100',
    ]);
    // Back again: nothing was fixed in the first language asked for.
    expect(lines('en')[1]).toBe('observations.csv row 12, field "value": 120 is above 100');
  });

  it('keep one line per problem in either language', () => {
    const many = Array.from({ length: 53 }, (_, i) => at(issue('empty', {}), i + 1, 'evidence'));
    const lines = noteLines([], many);
    expect(lines('zh')).toHaveLength(53);
    expect(lines('en')).toHaveLength(53);
  });
});
