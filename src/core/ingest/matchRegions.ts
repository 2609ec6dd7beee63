/**
 * Which region each row of an uploaded file means, and how that was decided, most exact first:
 * the code; the exact name; the name without its administrative suffix (市/州/县/区/自治州…);
 * the name converted from traditional to simplified script; the parent, when a name such as
 * 城关镇 fits several regions. A name nothing fits gets suggestions by edit distance and stays
 * unmatched until the user picks one: nothing is joined by a guess, nothing is dropped unseen.
 * Names are matched once each, so a million rows cost as many lookups as there are names.
 */
import { editDistance } from './editDistance';
import { normaliseRegionName, toSimplified as tableToSimplified } from '../regionKey';
import type { Region } from '../types';

export type MatchHow = 'code' | 'exact' | 'suffix' | 'traditional' | 'parent' | 'override';
export const MATCH_HOWS: readonly MatchHow[] = [
  'code',
  'exact',
  'suffix',
  'traditional',
  'parent',
  'override',
];

export interface RegionKeyCells {
  code: string;
  name: string;
  parent: string;
}

export interface KeyMatch {
  /** The cells as written, e.g. `520100`, `貴陽市`, or `城关镇` under `织金县`. */
  cells: RegionKeyCells;
  code: string | null;
  how: MatchHow | null;
  /** Regions an ambiguous name could mean (empty unless ambiguous). */
  candidates: string[];
  /** Closest region codes by edit distance, for an unmatched name. */
  suggestions: string[];
  rows: number;
  /** Spreadsheet row of the first row with these cells. */
  firstRow: number;
}

export interface JoinReport {
  keys: KeyMatch[];
  /** For each table row, its index in `keys`. */
  rowKey: Int32Array;
  byHow: Record<MatchHow, number>;
  unmatchedKeys: number[];
  /** Region codes no row matched: the other side of the join. */
  regionsWithoutData: string[];
}

export interface MatchOptions {
  /** Traditional → simplified; opencc-js in the app, the built-in place-name table otherwise. */
  toSimplified?: (s: string) => string;
  /** A user's choice for a key (see `keyOf`), which wins over any rule. */
  overrides?: ReadonlyMap<string, string>;
}

const STAT_CODE = /^(\d{6})(?:\d{3}|\d{6})$/;

export function keyOf(cells: RegionKeyCells): string {
  return `${cells.code}\u0001${cells.name}\u0001${cells.parent}`;
}

export function matchRegions(
  rows: readonly RegionKeyCells[],
  refs: readonly number[],
  regions: readonly Region[],
  options: MatchOptions = {},
): JoinReport {
  const t2s = options.toSimplified ?? tableToSimplified;
  const index = buildIndex(regions);
  const keyIndex = new Map<string, number>();
  const keys: KeyMatch[] = [];
  const rowKey = new Int32Array(rows.length);
  rows.forEach((cells, i) => {
    const k = keyOf(cells);
    let at = keyIndex.get(k);
    if (at === undefined) {
      at = keys.length;
      keyIndex.set(k, at);
      const override = options.overrides?.get(k);
      const m = override
        ? { code: override, how: 'override' as const, candidates: [] }
        : matchOne(cells, index, t2s);
      keys.push({
        cells,
        ...m,
        suggestions: m.code === null ? suggest(cells.name, regions, t2s) : [],
        rows: 0,
        firstRow: refs[i] ?? i + 2,
      });
    }
    rowKey[i] = at;
    const km = keys[at];
    if (km) km.rows += 1;
  });
  const byHow = Object.fromEntries(MATCH_HOWS.map((h) => [h, 0])) as Record<MatchHow, number>;
  const unmatchedKeys: number[] = [];
  const used = new Set<string>();
  keys.forEach((k, i) => {
    if (k.code === null || k.how === null) unmatchedKeys.push(i);
    else {
      byHow[k.how] += k.rows;
      used.add(k.code);
    }
  });
  return {
    keys,
    rowKey,
    byHow,
    unmatchedKeys,
    regionsWithoutData: regions.map((r) => r.code).filter((c) => !used.has(c)),
  };
}

interface Index {
  codes: Set<string>;
  exact: Map<string, string[]>;
  loose: Map<string, string[]>;
  byCode: Map<string, Region>;
}

function buildIndex(regions: readonly Region[]): Index {
  const exact = new Map<string, string[]>();
  const loose = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, code: string) => {
    if (k === '') return;
    const list = m.get(k);
    if (!list) m.set(k, [code]);
    else if (!list.includes(code)) list.push(code);
  };
  for (const r of regions) {
    for (const n of [r.name, r.short, r.nameEn, ...r.aliases]) {
      add(exact, n.trim(), r.code);
      add(loose, normaliseRegionName(n), r.code);
    }
  }
  return {
    codes: new Set(regions.map((r) => r.code)),
    exact,
    loose,
    byCode: new Map(regions.map((r) => [r.code, r])),
  };
}

type Match = { code: string | null; how: MatchHow | null; candidates: string[] };

function matchOne(cells: RegionKeyCells, index: Index, t2s: (s: string) => string): Match {
  const code = cells.code.trim();
  const six = STAT_CODE.exec(code)?.[1] ?? code;
  if (six !== '' && index.codes.has(six)) return { code: six, how: 'code', candidates: [] };
  const name = cells.name.trim();
  if (name === '') return { code: null, how: null, candidates: [] };

  const simplified = t2s(name);
  const isTraditional = simplified !== name;
  // A traditional spelling is reported as one even where a region lists it among its aliases
  // (the shipped regions list 遵義市): the report says how the name differs from ours.
  const stages: [MatchHow, string[]][] = isTraditional
    ? [
        [
          'traditional',
          index.exact.get(simplified) ??
            index.exact.get(name) ??
            index.loose.get(normaliseRegionName(simplified)) ??
            [],
        ],
      ]
    : [
        ['exact', index.exact.get(name) ?? []],
        ['suffix', index.loose.get(normaliseRegionName(name)) ?? []],
      ];
  for (const [how, found] of stages) {
    if (found.length === 1) return { code: found[0] ?? null, how, candidates: [] };
    if (found.length > 1) return byParent(found, cells.parent, index, t2s);
  }
  return qualifiedName(simplified, index, t2s);
}

/** Of several regions a name fits, the one whose parent the row names. */
function byParent(
  found: string[],
  parent: string,
  index: Index,
  t2s: (s: string) => string,
): Match {
  const p = parent.trim();
  if (p !== '') {
    const fits = found.filter((c) => parentFits(index.byCode.get(c), p, index, t2s));
    if (fits.length === 1) return { code: fits[0] ?? null, how: 'parent', candidates: [] };
  }
  return { code: null, how: null, candidates: found };
}

function parentFits(
  r: Region | undefined,
  written: string,
  index: Index,
  t2s: (s: string) => string,
): boolean {
  if (!r || r.parent === '') return false;
  if (written === r.parent) return true;
  const key = normaliseRegionName(t2s(written));
  return parentNames(r, index).some((n) => n === written || normaliseRegionName(n) === key);
}

/**
 * The names a region's parent goes by. A parent outside the regions is known by the one name
 * the region carries, or by none: an empty name would fit any cell that keys to nothing, a
 * dash for "none" among them.
 */
function parentNames(r: Region, index: Index): string[] {
  const parent = index.byCode.get(r.parent);
  if (parent) return [parent.name, parent.short, ...parent.aliases];
  return r.parentName ? [r.parentName] : [];
}

/** `织金县城关镇`: a name written after its parent's, in one cell. */
function qualifiedName(name: string, index: Index, t2s: (s: string) => string): Match {
  const chars = [...name];
  for (let cut = 2; cut <= chars.length - 2; cut += 1) {
    const head = chars.slice(0, cut).join('');
    const tail = chars.slice(cut).join('');
    const found = index.exact.get(tail) ?? index.loose.get(normaliseRegionName(tail)) ?? [];
    if (found.length === 0) continue;
    const m = byParent(found, head, index, t2s);
    if (m.code !== null) return m;
  }
  return { code: null, how: null, candidates: [] };
}

function suggest(name: string, regions: readonly Region[], t2s: (s: string) => string): string[] {
  const key = normaliseRegionName(t2s(name.trim()));
  if (key === '') return [];
  const limit = Math.max(1, Math.floor([...key].length / 2));
  return regions
    .map((r) => ({
      code: r.code,
      d: Math.min(...[r.name, r.short].map((n) => editDistance(key, normaliseRegionName(n)))),
    }))
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((s) => s.code);
}
