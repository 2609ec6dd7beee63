/**
 * Every message about an input file, in both languages. A problem is recorded as a code and
 * its parameters (the values it quotes), not as a sentence, so the notes above the map can
 * be worded again when the reader switches language. The English texts are the ones the
 * readers have always written; values copied from the data are quoted the same way in both.
 */
import type { Lang } from './lang';

type Render<P> = (p: P) => string;
interface Templates<P> {
  en: Render<P>;
  zh: Render<P>;
}
type None = Record<string, never>;

const both = <P = None>(en: Render<P>, zh: Render<P>): Templates<P> => ({ en, zh });
const q = (s: string): string => JSON.stringify(s);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a value of a metric's kind is called in the range message. */
export type ValueKindWord = 'share' | 'rate' | 'count' | 'amount';
const KIND_EN: Record<ValueKindWord, string> = {
  share: 'a share',
  rate: 'a rate',
  count: 'a count',
  amount: 'an amount',
};
const KIND_ZH: Record<ValueKindWord, string> = {
  share: '占比',
  rate: '比率',
  count: '数量',
  amount: '金额',
};

/** What a JSON value is, for a message about a value of the wrong shape. */
export type Shape = 'null' | 'array' | 'string' | 'number' | 'boolean' | 'object' | 'undefined';
export function shapeOf(v: unknown): Shape {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'bigint' ? 'number' : t === 'symbol' || t === 'function' ? 'object' : t;
}
const SHAPE_ZH: Record<Shape, string> = {
  null: '空值（null）',
  array: '数组',
  string: '字符串',
  number: '数',
  boolean: '布尔值',
  object: '对象',
  undefined: '缺失',
};
const isShape = (s: string): s is Shape => Object.hasOwn(SHAPE_ZH, s);
/** A shape word, or a quoted `type` value that is shown as it is. */
const shapeEn = (s: string): string =>
  !isShape(s) || s === 'null' ? s : s === 'array' ? 'an array' : `a ${s}`;
const shapeZh = (s: string): string => (isShape(s) ? `是${SHAPE_ZH[s]}` : `类型是 ${s}`);

/** What a GeoJSON part should have been. */
export type Expected = 'Feature' | 'geometry' | 'list';
const EXPECTED_ZH: Record<Expected, string> = {
  Feature: '要素（Feature）',
  geometry: '几何对象',
  list: '列表',
};

const CATALOGUE = {
  // Files as a whole
  'file-not-found': both(
    () => 'file not found',
    () => '找不到文件',
  ),
  'bad-utf8-bom': both(
    () => 'starts as UTF-8 but is not valid UTF-8',
    () => '以 UTF-8 标记开头，但不是有效的 UTF-8',
  ),
  'bad-utf16-bom': both<{ encoding: string }>(
    (p) => `starts as ${p.encoding} but is not valid`,
    (p) => `以 ${p.encoding} 标记开头，但不是有效的 ${p.encoding}`,
  ),
  'read-as-gbk': both(
    () => 'is encoded as GBK/GB18030, not UTF-8; it was read as GBK (save it as UTF-8)',
    () => '编码是 GBK/GB18030，不是 UTF-8；已按 GBK 读取（请另存为 UTF-8）',
  ),
  'unknown-encoding': both(
    () => 'is neither UTF-8 nor GBK text; save it as UTF-8',
    () => '既不是 UTF-8 也不是 GBK 文本；请另存为 UTF-8',
  ),
  'data-folder-refused': both<{ text: string }>(
    (p) =>
      `${q(p.text)} is not a folder of this site (only a relative path such as data/ is read); the shipped data is shown`,
    (p) => `${q(p.text)} 不是本站的文件夹（只读取 data/ 这样的相对路径）；显示的是内置数据`,
  ),
  'not-json': both<{ text: string }>(
    (p) => `not valid JSON (${p.text})`,
    (p) => `不是有效的 JSON（${p.text}）`,
  ),
  'not-parquet': both<{ text: string }>(
    (p) => `not a readable Parquet file (${p.text})`,
    (p) => `不是可读取的 Parquet 文件（${p.text}）`,
  ),
  // CSV structure
  'empty-file': both(
    () => 'the file is empty',
    () => '文件是空的',
  ),
  'repeated-column': both(
    () => 'the header names this column more than once',
    () => '表头不止一次列出这一列',
  ),
  'unnamed-column': both(
    () => 'the header has an empty column name',
    () => '表头有一列没有名称',
  ),
  'csv-error': both<{ text: string }>(
    (p) => p.text,
    (p) => `CSV 读取出错（${p.text}）`,
  ),
  'field-count': both<{ count: number; expected: number }>(
    (p) => `has ${plural(p.count, 'field')}, the header has ${p.expected}`,
    (p) => `有 ${p.count} 个字段，表头有 ${p.expected} 个`,
  ),
  'bad-quoting': both(
    () => 'a quote is not closed, or text follows a closing quote; the row is left out',
    () => '引号没有闭合，或闭合的引号后还有文字；此行未读入',
  ),
  'missing-column': both(
    () => 'the header lacks this column',
    () => '表头缺少这一列',
  ),
  'unknown-column': both<{ file: string; expected: string }>(
    (p) => `is not a column of ${p.file} (expected ${p.expected})`,
    (p) => `不是 ${p.file} 的列（应为 ${p.expected}）`,
  ),
  // One field
  empty: both(
    () => 'is empty',
    () => '是空的',
  ),
  'empty-number': both(
    () => 'is empty; a number is needed',
    () => '是空的；这里需要一个数',
  ),
  'not-plain-number': both<{ text: string }>(
    (p) => `${q(p.text)} is not a plain number (no separators, units or words)`,
    (p) => `${q(p.text)} 不是纯数字（不能带分隔符、单位或文字）`,
  ),
  'not-finite': both<{ text: string }>(
    (p) => `${q(p.text)} is not a finite number`,
    (p) => `${q(p.text)} 不是有限的数`,
  ),
  'below-min': both<{ text: string; min: number }>(
    (p) => `${p.text} is below ${p.min}`,
    (p) => `${p.text} 小于 ${p.min}`,
  ),
  'not-above-min': both<{ text: string; min: number }>(
    (p) => `${p.text} is not above ${p.min}`,
    (p) => `${p.text} 不大于 ${p.min}`,
  ),
  'above-max': both<{ text: string; max: number }>(
    (p) => `${p.text} is above ${p.max}`,
    (p) => `${p.text} 大于 ${p.max}`,
  ),
  'not-one-of': both<{ text: string; allowed: string }>(
    (p) => `${q(p.text)} is not one of ${p.allowed}`,
    (p) => `${q(p.text)} 不是 ${p.allowed} 之一`,
  ),
  'bad-date': both<{ text: string }>(
    (p) => `${q(p.text)} is not a valid date (YYYY-MM-DD)`,
    (p) => `${q(p.text)} 不是有效日期（YYYY-MM-DD）`,
  ),
  'date-out-of-range': both<{ date: string; earliest: string; latest: string }>(
    (p) => `${p.date} is outside ${p.earliest}…${p.latest}`,
    (p) => `${p.date} 不在 ${p.earliest}…${p.latest} 之内`,
  ),
  'before-timeline': both<{ date: string; first: string; days: number }>(
    (p) => `${p.date} is before ${p.first}: the timeline keeps its latest ${p.days} days`,
    (p) => `${p.date} 早于 ${p.first}：时间轴只保留最近 ${p.days} 天`,
  ),
  'value-not-finite': both<{ value: number }>(
    (p) => `${p.value} is not a finite number`,
    (p) => `${p.value} 不是有限的数`,
  ),
  'value-out-of-range': both<{
    value: number;
    min: number;
    max: number;
    kind: ValueKindWord;
    metric: string;
  }>(
    (p) =>
      `${p.value} is outside ${p.min}…${p.max}, the range of ${KIND_EN[p.kind]} (metric ${p.metric})`,
    (p) => `${p.value} 不在${KIND_ZH[p.kind]}的范围 ${p.min}…${p.max} 之内（指标 ${p.metric}）`,
  ),
  // Ids and references between the tables
  'bad-region-code': both<{ text: string }>(
    (p) => `${q(p.text)} is neither a six-digit code nor a lower-case id`,
    (p) => `${q(p.text)} 既不是六位代码，也不是小写 id`,
  ),
  'bad-url': both<{ text: string }>(
    (p) => `${q(p.text)} is not an http(s) address`,
    (p) => `${q(p.text)} 不是 http(s) 地址`,
  ),
  'bad-id': both<{ text: string }>(
    (p) => `${q(p.text)} may not contain spaces, commas, | or quotes`,
    (p) => `${q(p.text)} 不能含空格、逗号、| 或引号`,
  ),
  'not-lower-case-id': both<{ text: string }>(
    (p) => `${q(p.text)} is not a lower-case id (a–z, 0–9, _)`,
    (p) => `${q(p.text)} 不是小写 id（a–z、0–9、_）`,
  ),
  'unknown-code': both<{ text: string; file: string }>(
    (p) => `${q(p.text)} is not a code in ${p.file}`,
    (p) => `${p.file} 中没有代码 ${q(p.text)}`,
  ),
  'unknown-id': both<{ text: string; file: string }>(
    (p) => `${q(p.text)} is not an id in ${p.file}`,
    (p) => `${p.file} 中没有 id ${q(p.text)}`,
  ),
  'repeated-key': both<{ text: string; field: string; first: number }>(
    (p) => `${q(p.text)} repeats the ${p.field} of row ${p.first}`,
    (p) => `${q(p.text)} 与第 ${p.first} 行的 ${p.field} 重复`,
  ),
  'unit-differs': both<{ unit: string; metric: string; metricUnit: string }>(
    (p) => `${q(p.unit)} differs from the unit of metric ${p.metric} (${q(p.metricUnit)})`,
    (p) => `${q(p.unit)} 与指标 ${p.metric} 的单位（${q(p.metricUnit)}）不同`,
  ),
  'latest-without-bound': both<{ basis: string }>(
    (p) => `is only for date_basis not_before (here ${p.basis})`,
    (p) => `只用于 date_basis 为 not_before 的行（此处为 ${p.basis}）`,
  ),
  'latest-before-earliest': both<{ latest: string; earliest: string }>(
    (p) => `${p.latest} is before the earliest possible day ${p.earliest}`,
    (p) => `${p.latest} 早于最早可能的日期 ${p.earliest}`,
  ),
  // Which of two figures the map shows
  'wins-over-itself': both<{ text: string }>(
    (p) => `${q(p.text)} cannot win over itself`,
    (p) => `${q(p.text)} 不能优先于自身`,
  ),
  'not-same-cell': both<{ over: string; shown: string }>(
    (p) => `${p.over} and ${p.shown} are not for the same region, metric, universe and day`,
    (p) => `${p.over} 与 ${p.shown} 不是同一地区、指标、统计范围和日期的数字`,
  ),
  'already-loses': both<{ text: string }>(
    (p) => `${q(p.text)} already loses to another figure`,
    (p) => `${q(p.text)} 已让位于另一个数字`,
  ),
  'unresolved-conflict': both<{ figures: readonly { id: string; row: number }[]; file: string }>(
    (p) =>
      `${p.figures.map((f) => `${f.id} (row ${f.row})`).join(', ')} are figures for the same ` +
      `region, metric, universe and day; ${p.file} must say which one the map shows and why`,
    (p) =>
      `${p.figures.map((f) => `${f.id}（第 ${f.row} 行）`).join('、')} 是同一地区、指标、` +
      `统计范围和日期的数字；${p.file} 须说明地图显示哪一个及其理由`,
  ),
  // A GeoJSON feature
  'not-feature-collection': both<{ what: string }>(
    (p) => `is ${shapeEn(p.what)}, not a FeatureCollection with a features list`,
    (p) => `${shapeZh(p.what)}，不是带 features 列表的 FeatureCollection`,
  ),
  'wrong-shape': both<{ shape: Shape; expected: Expected }>(
    (p) => `is ${shapeEn(p.shape)}, not a ${p.expected}`,
    (p) => `${shapeZh(p.shape)}，不是${EXPECTED_ZH[p.expected]}`,
  ),
  'not-polygon': both<{ text: string }>(
    (p) => `${p.text} is not Polygon or MultiPolygon`,
    (p) => `${p.text} 不是 Polygon 或 MultiPolygon`,
  ),
  'lacks-code-name': both(
    () => 'lacks a text code and name',
    () => '缺少文本形式的 code 和 name',
  ),
  'not-position': both<{ text: string }>(
    (p) => `${p.text} is not a [longitude, latitude] pair of numbers`,
    (p) => `${p.text} 不是由两个数组成的 [经度, 纬度]`,
  ),
  'position-not-finite': both<{ text: string }>(
    (p) => `${p.text} is not finite`,
    (p) => `${p.text} 不是有限的数`,
  ),
  'longitude-out-of-range': both<{ value: number }>(
    (p) => `longitude ${p.value} is outside −180…180`,
    (p) => `经度 ${p.value} 不在 −180…180 之内`,
  ),
  'latitude-out-of-range': both<{ value: number }>(
    (p) => `latitude ${p.value} is outside −90…90`,
    (p) => `纬度 ${p.value} 不在 −90…90 之内`,
  ),
};

export type IssueCode = keyof typeof CATALOGUE;
export const ISSUE_CODES = Object.keys(CATALOGUE) as IssueCode[];
type ParamsOf<C extends IssueCode> = (typeof CATALOGUE)[C] extends Templates<infer P> ? P : never;

/** A problem as a code and the values its sentence quotes; worded only when shown. */
export type IssueMessage = { [C in IssueCode]: { code: C; params: ParamsOf<C> } }[IssueCode];

export function issue<C extends IssueCode>(code: C, params: ParamsOf<C>): IssueMessage {
  return { code, params } as IssueMessage;
}

/** The sentence of a message in one language, without the file, row and field. */
export function issueText(m: IssueMessage, lang: Lang): string {
  const render = CATALOGUE[m.code][lang] as Render<IssueMessage['params']>;
  return render(m.params);
}
