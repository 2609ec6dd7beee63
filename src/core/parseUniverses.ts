/**
 * The tables that say what figures count and which figure wins: universes.csv, subsets.csv
 * and precedence.csv. Each maps 1:1 onto a type in `types.ts`.
 */
import { readRows, type ReadResult } from './readRows';
import { issue, type IssueMessage } from './issueMessages';
import type { Precedence, Subset, Universe } from './types';

// Universe and subset ids go into layer ids (`metric.universe`) and URLs: lower-case words only.
const UNIVERSE_ID = /^[a-z][a-z0-9_]*$/;

export const UNIVERSE_COLUMNS = ['id', 'label_zh', 'label_en', 'notes'] as const;
export const SUBSET_COLUMNS = ['id', 'label_zh', 'label_en'] as const;
export const PRECEDENCE_COLUMNS = ['shown', 'over', 'reason_zh', 'reason_en'] as const;

function checkUniverseId(
  id: string,
  problem: (field: string, message: IssueMessage) => void,
): string {
  if (id !== '' && !UNIVERSE_ID.test(id)) problem('id', issue('not-lower-case-id', { text: id }));
  return id;
}

export function parseUniverses(text: string, file = 'universes.csv'): ReadResult<Universe> {
  return readRows(text, file, UNIVERSE_COLUMNS, (f) => ({
    id: checkUniverseId(f.text('id', true), f.problem),
    labelZh: f.text('label_zh', true),
    labelEn: f.text('label_en', true),
    notes: f.text('notes'),
  }));
}

export function parseSubsets(text: string, file = 'subsets.csv'): ReadResult<Subset> {
  return readRows(text, file, SUBSET_COLUMNS, (f) => ({
    id: checkUniverseId(f.text('id', true), f.problem),
    labelZh: f.text('label_zh', true),
    labelEn: f.text('label_en', true),
  }));
}

export function parsePrecedence(text: string, file = 'precedence.csv'): ReadResult<Precedence> {
  return readRows(text, file, PRECEDENCE_COLUMNS, (f) => ({
    row: f.row,
    shown: f.text('shown', true),
    over: f.text('over', true),
    // A rule without a reason is a silent winner by another name.
    reasonZh: f.text('reason_zh', true),
    reasonEn: f.text('reason_en', true),
  }));
}
