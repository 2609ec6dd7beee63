import { unionBounds, type Bounds, type MapModel } from './mapModel';
import type { Region } from './types';

/** One far-away area of a composed map: the rows it shows and the extent it frames. */
export interface InsetGroup {
  /** The code of the province the rows belong to: stable, and unique in a composition. */
  key: string;
  /** Rows drawn in the inset (provinces, never drawn, left out). */
  rows: number[];
  /** The polygon rows among them, largest first: the ones an inset is named after. */
  named: number[];
  bounds: Bounds;
}

/**
 * A map of far-apart study areas as a cartographer composes it: one main panel on the area
 * with the most regions, and an inset for each other area.
 */
export interface Composition {
  main: Bounds;
  mainRows: number[];
  insets: InsetGroup[];
}

/** More insets than this would crowd the main panel out: the map then shows everything at once. */
export const MAX_INSETS = 6;

/** The province a region lies in: its topmost ancestor, or the first two digits of a GB code. */
function provinceOf(region: Region, byCode: ReadonlyMap<string, Region>): string {
  let r = region;
  const seen = new Set<string>();
  while (r.parent && !seen.has(r.code)) {
    seen.add(r.code);
    const up = byCode.get(r.parent);
    if (!up) return /^\d{6}$/.test(r.parent) ? r.parent.slice(0, 2) + '0000' : r.parent;
    r = up;
  }
  return /^\d{6}$/.test(r.code) ? r.code.slice(0, 2) + '0000' : r.code;
}

const area = (b: Bounds) => (b[2] - b[0]) * (b[3] - b[1]);

/** Whether two extents share any ground. */
function overlaps(a: Bounds, b: Bounds): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * The composed map for a model, or null when one panel shows it better: everything lies in one
 * area, or in more areas than insets fit. The main area is the province with the most drawn
 * regions; every other area gets an inset, at a scale where its regions read, unless it
 * overlaps the main area, which then frames it too.
 */
export function composeMap(model: MapModel): Composition | null {
  const byCode = new Map(model.dataset.regions.map((r) => [r.code, r]));
  const groups = new Map<string, number[]>();
  model.rows.forEach((region, row) => {
    if (region.level === 'province') return;
    const key = provinceOf(region, byCode);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  });
  if (groups.size < 2 || groups.size > MAX_INSETS + 1) return null;

  const polygonCount = (rows: number[]) => rows.filter((r) => r < model.features.length).length;
  const extent = (rows: number[]) => unionBounds(rows.map((r) => model.rowBounds[r]!));
  const ordered = [...groups].sort(
    ([ka, a], [kb, b]) =>
      polygonCount(b) - polygonCount(a) || b.length - a.length || (ka < kb ? -1 : 1),
  );
  const [mainKey, firstRows] = ordered[0]!;
  const mainRows = [...firstRows];
  let main = extent(mainRows);
  const insets: InsetGroup[] = [];
  for (const [key, rows] of ordered) {
    if (key === mainKey) continue;
    const bounds = extent(rows);
    if (overlaps(main, bounds)) {
      mainRows.push(...rows);
      main = extent(mainRows);
      continue;
    }
    const named = rows
      .filter((r) => r < model.features.length)
      .sort((a, b) => area(model.rowBounds[b]!) - area(model.rowBounds[a]!) || a - b);
    insets.push({ key, rows, named: named.length ? named : [rows[0]!], bounds });
  }
  if (!insets.length) return null;
  // North to south, as the areas lie on the map.
  insets.sort((a, b) => b.bounds[3] - a.bounds[3] || a.bounds[0] - b.bounds[0]);
  return { main, mainRows: mainRows.sort((a, b) => a - b), insets };
}
