import { describe, it, expect } from 'vitest';
import {
  createRegionIndex,
  normaliseRegionName,
  shortRegionName,
  toSimplified,
} from '../../src/core/regionKey';
import { region } from './make';

describe('normaliseRegionName', () => {
  it('drops the administrative suffix 市/州/地区/县/区/新区/盟/省', () => {
    expect(normaliseRegionName('贵阳市')).toBe('贵阳');
    expect(normaliseRegionName('黔南州')).toBe('黔南');
    expect(normaliseRegionName('毕节地区')).toBe('毕节');
    expect(normaliseRegionName('平塘县')).toBe('平塘');
    expect(normaliseRegionName('观山湖区')).toBe('观山湖');
    expect(normaliseRegionName('贵安新区')).toBe('贵安');
    expect(normaliseRegionName('锡林郭勒盟')).toBe('锡林郭勒');
    expect(normaliseRegionName('贵州省')).toBe('贵州');
  });

  it('the long and short forms of one place meet on one key', () => {
    for (const [a, b] of [
      ['贵阳市', '贵阳'],
      ['黔南州', '黔南'],
      ['贵州省', '贵州'],
      ['滕州市', '滕州'],
      ['铜仁地区', '铜仁市'],
      ['贵安新区', '贵安'],
    ] as const) {
      expect(normaliseRegionName(a), `${a} ~ ${b}`).toBe(normaliseRegionName(b));
    }
  });

  it('keeps a suffix that would leave a single character: 贵州 is not 贵, 滕州 is not 滕', () => {
    expect(normaliseRegionName('贵州')).toBe('贵州');
    expect(normaliseRegionName('滕州市')).toBe('滕州');
    expect(normaliseRegionName('盘州')).toBe('盘州');
  });

  it('strips only one suffix, so a name ending in 州 keeps it after 市 goes', () => {
    expect(normaliseRegionName('盘州市')).toBe('盘州');
  });

  it('reduces a full autonomous-prefecture name to its place name', () => {
    expect(normaliseRegionName('黔西南布依族苗族自治州')).toBe('黔西南');
    expect(normaliseRegionName('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(normaliseRegionName('黔南布依族苗族自治州')).toBe('黔南');
    expect(normaliseRegionName('黔西南布依族苗族自治州')).toBe(normaliseRegionName('黔西南州'));
  });

  it('reduces autonomous counties and regions with several nationalities', () => {
    expect(normaliseRegionName('威宁彝族回族苗族自治县')).toBe('威宁');
    expect(normaliseRegionName('三都水族自治县')).toBe('三都');
    expect(normaliseRegionName('广西壮族自治区')).toBe('广西');
    expect(normaliseRegionName('新疆维吾尔自治区')).toBe('新疆');
    expect(normaliseRegionName('宁夏回族自治区')).toBe('宁夏');
    expect(normaliseRegionName('内蒙古自治区')).toBe('内蒙古');
  });

  it('never strips a nationality name that is part of the place name itself', () => {
    expect(normaliseRegionName('六盘水市')).toBe('六盘水');
    expect(normaliseRegionName('赤水市')).toBe('赤水');
    expect(normaliseRegionName('白云区')).toBe('白云');
  });

  it('reads traditional characters as simplified', () => {
    expect(normaliseRegionName('貴陽市')).toBe('贵阳');
    expect(normaliseRegionName('大慶市')).toBe('大庆');
    expect(normaliseRegionName('棗莊市')).toBe('枣庄');
    expect(normaliseRegionName('畢節市')).toBe('毕节');
    expect(normaliseRegionName('銅仁市')).toBe('铜仁');
    expect(normaliseRegionName('黔東南苗族侗族自治州')).toBe('黔东南');
    expect(normaliseRegionName('貴港市')).toBe('贵港');
    expect(normaliseRegionName('邵陽市')).toBe('邵阳');
    expect(normaliseRegionName('遵義市')).toBe('遵义');
    expect(normaliseRegionName('興義市')).toBe('兴义');
    expect(normaliseRegionName('貴安新區')).toBe('贵安');
    expect(normaliseRegionName('廣西壯族自治區')).toBe('广西');
    expect(normaliseRegionName('黑龍江省')).toBe('黑龙江');
  });

  it('the traditional table maps each character to a different simplified one, and leaves others alone', () => {
    expect(toSimplified('慶貴陽畢銅東縣區烏寧興龍豐雲廣灣門陸鄉鎮莊棗紅')).toBe(
      '庆贵阳毕铜东县区乌宁兴龙丰云广湾门陆乡镇庄枣红',
    );
    expect(toSimplified('遵南滕黔贵阳')).toBe('遵南滕黔贵阳');
  });

  it('ignores spaces and full-width forms', () => {
    expect(normaliseRegionName(' 贵 阳 市 ')).toBe('贵阳');
    expect(normaliseRegionName('贵阳市\u3000')).toBe('贵阳');
  });

  it('reduces English names: case, accents, apostrophes and suffix words', () => {
    expect(normaliseRegionName('Guiyang City')).toBe('guiyang');
    expect(normaliseRegionName('guiyang')).toBe('guiyang');
    expect(normaliseRegionName("Gui'an New Area")).toBe('guian');
    expect(normaliseRegionName('Guìyáng')).toBe('guiyang');
    expect(normaliseRegionName('Qianxinan Buyei and Miao Autonomous Prefecture')).toBe('qianxinan');
    expect(normaliseRegionName('Qiandongnan Miao and Dong Autonomous Prefecture')).toBe(
      'qiandongnan',
    );
    expect(normaliseRegionName('Inner Mongolia Autonomous Region')).toBe('innermongolia');
    expect(normaliseRegionName('Daqing')).toBe('daqing');
  });
});

describe('shortRegionName', () => {
  it('writes an autonomous area as people do: place name and kind, without its peoples', () => {
    expect(shortRegionName('黔东南苗族侗族自治州')).toBe('黔东南州');
    expect(shortRegionName('威宁彝族回族苗族自治县')).toBe('威宁县');
    expect(shortRegionName('三都水族自治县')).toBe('三都县');
    expect(shortRegionName('鄂伦春自治旗')).toBe('鄂伦春旗');
  });

  it('writes an autonomous region by its place name alone', () => {
    expect(shortRegionName('广西壮族自治区')).toBe('广西');
    expect(shortRegionName('新疆维吾尔自治区')).toBe('新疆');
  });

  it('leaves any other name as it is, 六盘水市 with its 水 included', () => {
    expect(shortRegionName('六盘水市')).toBe('六盘水市');
    expect(shortRegionName('南明区')).toBe('南明区');
    expect(shortRegionName('')).toBe('');
  });
});

describe('createRegionIndex', () => {
  const regions = [
    region('520000', '贵州省', { short: '贵州', nameEn: 'Guizhou', level: 'province' }),
    region('520100', '贵阳市', { short: '贵阳', nameEn: 'Guiyang', aliases: ['筑城'] }),
    region('522300', '黔西南布依族苗族自治州', { short: '黔西南州', nameEn: 'Qianxinan' }),
    region('520500', '毕节市', { short: '毕节', nameEn: 'Bijie', aliases: ['毕节地区'] }),
    region('370481', '滕州市', { short: '滕州', nameEn: 'Tengzhou', level: 'county' }),
    region('230600', '大庆市', { short: '大庆', nameEn: 'Daqing' }),
  ];
  const index = createRegionIndex(regions);

  it('resolves a code to itself', () => {
    expect(index.resolve('520100')).toBe('520100');
    expect(index.resolve(' 520100 ')).toBe('520100');
  });

  it('resolves a 12-digit statistical code by its first six digits', () => {
    expect(index.resolve('520100000000')).toBe('520100');
  });

  it('resolves the official, short and English names', () => {
    expect(index.resolve('黔西南布依族苗族自治州')).toBe('522300');
    expect(index.resolve('黔西南州')).toBe('522300');
    expect(index.resolve('Qianxinan')).toBe('522300');
    expect(index.resolve('qianxinan')).toBe('522300');
    expect(index.resolve('TENGZHOU')).toBe('370481');
  });

  it('resolves aliases', () => {
    expect(index.resolve('筑城')).toBe('520100');
    expect(index.resolve('毕节地区')).toBe('520500');
  });

  it('resolves loose spellings through the normalised form', () => {
    expect(index.resolve('黔西南')).toBe('522300');
    expect(index.resolve('貴陽')).toBe('520100');
    expect(index.resolve('大慶市')).toBe('230600');
    expect(index.resolve('Guiyang City')).toBe('520100');
    expect(index.resolve('贵州')).toBe('520000');
  });

  it('resolves nothing for an unknown key or an empty one', () => {
    expect(index.resolve('遵义市')).toBeNull();
    expect(index.resolve('')).toBeNull();
    expect(index.resolve('999999')).toBeNull();
    expect(index.ambiguous('遵义市')).toEqual([]);
  });

  it('refuses to guess when a key fits two regions, and says which', () => {
    const twins = createRegionIndex([
      region('520100', '贵阳市'),
      region('520199', '贵阳县'),
      region('530000', '云南省'),
    ]);
    expect(twins.resolve('贵阳')).toBeNull();
    expect(twins.ambiguous('贵阳').sort()).toEqual(['520100', '520199']);
    expect(twins.resolve('贵阳市')).toBe('520100');
    expect(twins.ambiguous('贵阳市')).toEqual([]);
  });

  it('an exact name wins over a looser match to another region', () => {
    const idx = createRegionIndex([
      region('111111', '铜仁', { short: '铜仁' }),
      region('520600', '铜仁市', { short: '铜仁市' }),
    ]);
    expect(idx.resolve('铜仁')).toBe('111111');
    expect(idx.resolve('铜仁市')).toBe('520600');
  });

  it('a code wins over a name that happens to look like a code', () => {
    const idx = createRegionIndex([region('520100', '贵阳市'), region('520200', '520100')]);
    expect(idx.resolve('520100')).toBe('520100');
  });
});
