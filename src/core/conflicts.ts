/**
 * Two figures for the same region, layer (metric × universe) and day cannot share one colour
 * without one of them winning. The winner is never chosen silently: precedence.csv names it
 * and says why, and the losers stay listed beside it.
 */
import { dayOf } from './dates';
import { issue, type IssueMessage } from './issueMessages';
import type { Conflict, ConflictLoser, InputIssue, Observation, Precedence } from './types';

export interface ConflictFiles {
  observations: string;
  precedence: string;
}

/** Region, metric, universe and day: the cell of a layer that a figure fills. */
export function cellKey(o: Observation): string {
  return `${o.region}|${o.metric}|${o.universe}|${o.date}`;
}

export function findConflicts(
  observations: readonly Observation[],
  precedence: readonly Precedence[],
  files: ConflictFiles,
): { conflicts: Conflict[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  // Only a precedence rule names figures by id: without rules the index is not built.
  const indexOf = precedence.length
    ? new Map(observations.map((o, i) => [o.id, i]))
    : new Map<string, number>();
  const groups = cellGroups(observations);
  const lostTo = new Map<number, { shown: number; rule: Precedence }>();
  for (const p of precedence) {
    const fail = (field: string, message: IssueMessage) =>
      issues.push({ file: files.precedence, row: p.row, field, ...message });
    const shown = indexOf.get(p.shown);
    const over = indexOf.get(p.over);
    if (shown === undefined)
      fail('shown', issue('unknown-id', { text: p.shown, file: files.observations }));
    if (over === undefined)
      fail('over', issue('unknown-id', { text: p.over, file: files.observations }));
    if (shown === undefined || over === undefined) continue;
    const a = observations[shown] as Observation;
    const b = observations[over] as Observation;
    if (shown === over) fail('over', issue('wins-over-itself', { text: p.over }));
    else if (cellKey(a) !== cellKey(b))
      fail('over', issue('not-same-cell', { over: p.over, shown: p.shown }));
    else if (lostTo.has(over)) fail('over', issue('already-loses', { text: p.over }));
    else lostTo.set(over, { shown, rule: p });
  }

  const conflicts: Conflict[] = [];
  for (const members of groups) {
    const winners = members.filter((i) => !lostTo.has(i));
    // Meanwhile the later row shows, as rows are appended as newer reports are found.
    const shown = winners[winners.length - 1] ?? (members[members.length - 1] as number);
    if (winners.length !== 1) {
      const figures = members.map((i) => {
        const o = observations[i] as Observation;
        return { id: o.id, row: o.row };
      });
      for (const i of winners.length ? winners : members) {
        const o = observations[i] as Observation;
        issues.push({
          file: files.observations,
          row: o.row,
          field: 'id',
          ...issue('unresolved-conflict', { figures, file: files.precedence }),
        });
      }
    }
    const others = members
      .filter((i) => i !== shown)
      .map((i): ConflictLoser => {
        const rule = lostTo.get(i)?.rule;
        return { obs: i, reasonZh: rule?.reasonZh ?? '', reasonEn: rule?.reasonEn ?? '' };
      });
    conflicts.push({ shown, others });
  }
  return { conflicts, issues };
}

/**
 * The figures that share a cell, as lists of indexes in row order; a cell with one figure is
 * left out. A cell is numbered (its place, i.e. region and layer, then its day) rather than
 * named by a joined text, and for a dataset of one stretch of days the first figure of each
 * cell is kept in one flat array: millions of figures then make no text, list or entry each.
 */
function cellGroups(observations: readonly Observation[]): number[][] {
  const { placeOf, places, firstDay, span } = placesAndDays(observations);
  const flat = places * span <= FLAT_LIMIT;
  const firstIn = flat ? new Int32Array(places * span).fill(-1) : null;
  const firstAt = flat ? null : new Map<number, number>();
  const shared = new Map<number, number[]>();
  observations.forEach((o, i) => {
    const place = placeOf[i] ?? 0;
    const day = dayOf(o.date);
    // A date that is not one is part of its place (the parser reported it already).
    const cell = Number.isNaN(day) ? place * span : place * span + (day - firstDay);
    const at = firstIn ? (firstIn[cell] ?? -1) : (firstAt?.get(cell) ?? -1);
    if (at === -1) {
      if (firstIn) firstIn[cell] = i;
      else firstAt?.set(cell, i);
      return;
    }
    const list = shared.get(cell);
    if (list) list.push(i);
    else shared.set(cell, [at, i]);
  });
  return [...shared.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

// A flat table of up to 16 million cells (64 MB) for the first figure of each; beyond that
// (many places over many years) a map holds only the cells that have one.
const FLAT_LIMIT = 1 << 24;

/** Each figure's place (region, metric and universe) as a number, and the span of its days. */
function placesAndDays(observations: readonly Observation[]) {
  const placeOf = new Int32Array(observations.length);
  const names = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  let prev: Observation | undefined;
  let place = 0;
  observations.forEach((o, i) => {
    const day = dayOf(o.date);
    const odd = Number.isNaN(day);
    // Files list a region's figures together: the place is looked up when it changes.
    if (
      !prev ||
      odd ||
      o.region !== prev.region ||
      o.metric !== prev.metric ||
      o.universe !== prev.universe
    ) {
      const name = `${o.region}|${o.metric}|${o.universe}${odd ? `|${o.date}` : ''}`;
      const known = names.get(name);
      place = known ?? names.size;
      if (known === undefined) names.set(name, place);
    }
    prev = odd ? undefined : o;
    placeOf[i] = place;
    if (!odd) {
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
  });
  const span = Number.isFinite(first) ? last - first + 1 : 1;
  return { placeOf, places: names.size, firstDay: Number.isFinite(first) ? first : 0, span };
}

/** Indexes of the figures that lose to another: the map never draws them. */
export function hiddenObservations(conflicts: readonly Conflict[]): Set<number> {
  const out = new Set<number>();
  for (const c of conflicts) for (const o of c.others) out.add(o.obs);
  return out;
}
