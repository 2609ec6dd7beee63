/**
 * Two figures for the same region, layer (metric × universe) and day cannot share one colour
 * without one of them winning. The winner is never chosen silently: precedence.csv names it
 * and says why, and the losers stay listed beside it.
 */
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
  for (const members of groups.values()) {
    if (members.length < 2) continue;
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

/** Indexes of the figures that lose to another: the map never draws them. */
export function hiddenObservations(conflicts: readonly Conflict[]): Set<number> {
  const out = new Set<number>();
  for (const c of conflicts) for (const o of c.others) out.add(o.obs);
  return out;
}
