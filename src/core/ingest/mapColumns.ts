/**
 * Which column is which, guessed from the header words and from what the cells hold, and shown
 * to the user with how sure the guess is and why, before anything is joined. Each role goes to
 * at most one column; a column the guess cannot place is `ignore`, never forced into a role.
 */
import { parseDate } from './parseDate';
import { parseValue } from './parseValue';
import { QUALIFIER_CELLS } from './qualifierWords';
import type { RawTable } from './readTable';

export const COLUMN_ROLES = [
  'region_code',
  'region_name',
  'parent',
  'date',
  'value',
  'metric',
  'universe',
  'qualifier',
  'source',
  'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export type Confidence = 'high' | 'medium' | 'low';

export interface ColumnGuess {
  role: ColumnRole;
  confidence: Confidence;
  /** What the guess rests on: the header's words, the cells, both, or nothing (ignored). */
  why: 'header' | 'content' | 'header_and_content' | 'none';
  /** Share of non-empty sampled cells that fit the role (0 when no cell does). */
  fit: number;
}

const HEADER_WORDS: Record<Exclude<ColumnRole, 'ignore'>, RegExp> = {
  region_code: /代码|编码|编号|区划码|adcode|\bcode\b|gb/i,
  region_name:
    /地区|地市|城市|区县|县区|市州|县市|地名|行政区|名称|region|name|city|county|prefecture|place/i,
  parent: /上级|所属|parent|province|省份/i,
  date: /日期|时间|截至|时点|date|day/i,
  value: /数值|值|率|比例|人数|数量|value|rate|count|amount|percent|%/i,
  metric: /指标|metric|indicator|variable/i,
  universe: /口径|范围|对象|类别|universe|scope|category/i,
  qualifier: /限定|qualifier|约数|bound/i,
  source: /来源|出处|链接|source|url|link/i,
};

const CODE = /^\d{6}(?:\d{3}|\d{6})?$/;
const SAMPLE = 200;

/**
 * @param isRegionName whether a cell names a known region (for the content check of names).
 */
export function mapColumns(table: RawTable, isRegionName: (s: string) => boolean): ColumnGuess[] {
  const fits = table.header.map((_, j) => contentFit(table, j, isRegionName));
  const scored: {
    col: number;
    role: Exclude<ColumnRole, 'ignore'>;
    score: number;
    header: boolean;
    fit: number;
  }[] = [];
  table.header.forEach((h, col) => {
    for (const role of Object.keys(HEADER_WORDS) as Exclude<ColumnRole, 'ignore'>[]) {
      const header = HEADER_WORDS[role].test(h);
      const fit = fits[col]?.[role] ?? 0;
      const score = (header ? 2 : 0) + (fit >= 0.8 ? 2 : fit >= 0.5 ? 1 : 0);
      // A role with no fitting cells at all is not given on the header alone, except for
      // free-text roles whose cells cannot be checked.
      const checkable =
        role !== 'metric' && role !== 'universe' && role !== 'source' && role !== 'parent';
      if (score > 0 && (!checkable || fit > 0)) scored.push({ col, role, score, header, fit });
    }
  });
  // Highest score first; ties go to the header match, then to the leftmost column.
  scored.sort((a, b) => b.score - a.score || Number(b.header) - Number(a.header) || a.col - b.col);
  const out: ColumnGuess[] = table.header.map(() => ({
    role: 'ignore',
    confidence: 'low',
    why: 'none',
    fit: 0,
  }));
  const taken = new Set<ColumnRole>();
  const placed = new Set<number>();
  for (const s of scored) {
    if (taken.has(s.role) || placed.has(s.col)) continue;
    taken.add(s.role);
    placed.add(s.col);
    const content = s.fit >= 0.5;
    out[s.col] = {
      role: s.role,
      confidence: s.score >= 4 ? 'high' : s.score >= 2 ? 'medium' : 'low',
      why: s.header && content ? 'header_and_content' : s.header ? 'header' : 'content',
      fit: s.fit,
    };
  }
  return out;
}

function contentFit(
  table: RawTable,
  col: number,
  isRegionName: (s: string) => boolean,
): Partial<Record<ColumnRole, number>> {
  let n = 0;
  const hits = { region_code: 0, region_name: 0, date: 0, value: 0, qualifier: 0 };
  for (const row of table.rows.slice(0, SAMPLE)) {
    const cell = row[col] ?? '';
    if (cell === '') continue;
    n += 1;
    if (CODE.test(cell)) hits.region_code += 1;
    else if (isRegionName(cell)) hits.region_name += 1;
    const d = parseDate(cell);
    const isDate = d.kind === 'date' || d.kind === 'needs_year';
    // An Excel serial is a number too: such a column fits both roles, and the header decides.
    if (isDate) hits.date += 1;
    if (!CODE.test(cell) && parseValue(cell).kind === 'number' && (!isDate || /^\d{5}$/.test(cell)))
      hits.value += 1;
    if (QUALIFIER_CELLS.has(cell.toLowerCase())) hits.qualifier += 1;
  }
  if (n === 0) return {};
  return {
    region_code: hits.region_code / n,
    region_name: hits.region_name / n,
    date: hits.date / n,
    value: hits.value / n,
    qualifier: hits.qualifier / n,
  };
}
