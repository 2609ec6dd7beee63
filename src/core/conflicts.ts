/**
 * Two figures for the same region, layer (metric × universe) and day cannot share one colour
 * without one of them winning. The winner is never chosen silently: precedence.csv names it
 * and says why, and the losers stay listed beside it.
 */
import { quote } from './readRows';
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
  const indexOf = new Map(observations.map((o, i) => [o.id, i]));
  const groups = new Map<string, number[]>();
  observations.forEach((o, i) => {
    const key = cellKey(o);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });

  const lostTo = new Map<number, { shown: number; rule: Precedence }>();
  for (const p of precedence) {
    const fail = (field: string, message: string) =>
      issues.push({ file: files.precedence, row: p.row, field, message });
    const shown = indexOf.get(p.shown);
    const over = indexOf.get(p.over);
    if (shown === undefined)
      fail('shown', `${quote(p.shown)} is not an id in ${files.observations}`);
    if (over === undefined) fail('over', `${quote(p.over)} is not an id in ${files.observations}`);
    if (shown === undefined || over === undefined) continue;
    const a = observations[shown] as Observation;
    const b = observations[over] as Observation;
    if (shown === over) fail('over', `${quote(p.over)} cannot win over itself`);
    else if (cellKey(a) !== cellKey(b))
      fail(
        'over',
        `${p.over} and ${p.shown} are not for the same region, metric, universe and day`,
      );
    else if (lostTo.has(over)) fail('over', `${quote(p.over)} already loses to another figure`);
    else lostTo.set(over, { shown, rule: p });
  }

  const conflicts: Conflict[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const winners = members.filter((i) => !lostTo.has(i));
    // Meanwhile the later row shows, as rows are appended as newer reports are found.
    const shown = winners[winners.length - 1] ?? (members[members.length - 1] as number);
    if (winners.length !== 1) {
      const ids = members.map((i) => describe(observations[i] as Observation)).join(', ');
      for (const i of winners.length ? winners : members) {
        const o = observations[i] as Observation;
        issues.push({
          file: files.observations,
          row: o.row,
          field: 'id',
          message:
            `${ids} are figures for the same region, metric, universe and day; ` +
            `${files.precedence} must say which one the map shows and why`,
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

function describe(o: Observation): string {
  return `${o.id} (row ${o.row})`;
}

/** Indexes of the figures that lose to another: the map never draws them. */
export function hiddenObservations(conflicts: readonly Conflict[]): Set<number> {
  const out = new Set<number>();
  for (const c of conflicts) for (const o of c.others) out.add(o.obs);
  return out;
}
